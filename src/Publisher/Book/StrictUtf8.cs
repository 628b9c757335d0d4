using System.Buffers;
using System.Text.Unicode;
using Publisher.Diagnostics;

namespace Publisher.Book;

/// <summary>
/// Decodes a text file as strict UTF-8: a leading byte-order mark is removed, and the first invalid byte is
/// reported as PUB108 with its line and column (columns count characters, not bytes).
/// </summary>
internal static class StrictUtf8
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>The decoded text, or null after reporting where the first invalid byte is.</summary>
    public static string? Decode(byte[] bytes, string relativePath, DiagnosticBag diagnostics)
    {
        var content = bytes.AsSpan();
        if (content.StartsWith(ByteOrderMark))
        {
            content = content[ByteOrderMark.Length..];
        }

        var buffer = new char[content.Length];
        var status = Utf8.ToUtf16(content, buffer, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return new string(buffer, 0, charsWritten);
        }

        var (line, column) = TextPosition.After(buffer.AsSpan(0, charsWritten));
        diagnostics.Error(
            DiagnosticCodes.InvalidUtf8,
            $"the file is not valid UTF-8: byte 0x{content[bytesRead]:X2} at byte offset {bytesRead + (bytes.Length - content.Length)} cannot start or continue a character",
            new SourceLocation(relativePath, line, column),
            "save the file as UTF-8 in your editor (it may be in Windows-1252 or Latin-1)");
        return null;
    }
}
