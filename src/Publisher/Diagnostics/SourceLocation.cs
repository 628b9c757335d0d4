namespace Publisher.Diagnostics;

/// <summary>A place in an input file: the path relative to the book folder (forward slashes), 1-based line and column.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>Formats the location as <c>file(line,col)</c>, the form compilers and editors understand.</summary>
    public override string ToString() => Line > 0 ? $"{File}({Line},{Column})" : File;
}
