using System.Security.Cryptography;
using System.Text;

namespace Publisher.Book;

/// <summary>
/// The identifier of a book whose book.yml names none: a name-based UUID (version 5 layout) hashed from the
/// title and authors, so the same book always gets the same identifier and readers keep their place.
/// </summary>
internal static class BookIdentifier
{
    // A fixed namespace for Publisher's book identifiers (itself a random UUID chosen once).
    private static readonly Guid Namespace = new("4f1d6c2e-8b0a-4d53-9a71-3c5e2b9f0d84");

    public static string Derive(string title, IReadOnlyList<string> authors)
    {
        var name = string.Join('\n', [title.Trim(), .. authors.Select(a => a.Trim())]);
        return $"urn:uuid:{NameBasedUuid(Namespace, name)}";
    }

    private static Guid NameBasedUuid(Guid namespaceId, string name)
    {
        var namespaceBytes = namespaceId.ToByteArray(bigEndian: true);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var hash = SHA1.HashData([.. namespaceBytes, .. nameBytes]);
        var uuid = hash.AsSpan(0, 16).ToArray();
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x50); // version 5
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(uuid, bigEndian: true);
    }
}
