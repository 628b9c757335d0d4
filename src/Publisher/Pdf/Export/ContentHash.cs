using System.Security.Cryptography;

namespace Publisher.Pdf.Export;

/// <summary>A hash of every stream written into the PDF: the second half of its file identifier, which names this exact content.</summary>
internal sealed class ContentHash
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>The bytes added so far.</summary>
    public int Length { get; private set; }

    public void Add(ReadOnlySpan<byte> data)
    {
        _hash.AppendData(data);
        Length += data.Length;
    }

    /// <summary>The first 16 bytes of the hash.</summary>
    public byte[] Finish()
    {
        var hash = _hash.GetHashAndReset()[..16];
        _hash.Dispose();
        return hash;
    }
}
