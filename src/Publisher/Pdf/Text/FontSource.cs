namespace Publisher.Pdf.Text;

/// <summary>A font file a book brings: a single face (TrueType or OpenType), named for messages.</summary>
internal sealed record FontSource(string Name, byte[] Data);
