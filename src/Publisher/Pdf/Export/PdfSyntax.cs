using System.Globalization;
using System.Text;

namespace Publisher.Pdf.Export;

/// <summary>
/// PDF object syntax (ISO 32000-1, 7.3) written as text, for the objects we write ourselves rather than through
/// PDFsharp's object model (the structure tree's thousands of small dictionaries; see <see cref="LateObjects"/>).
/// Tokens are separated where the syntax needs it; text strings are literal when printable ASCII, else UTF-16 hex.
/// </summary>
internal sealed class PdfSyntax
{
    private readonly StringBuilder _text = new(128);

    /// <summary>A name, such as <c>/S</c> or <c>/P</c>; <paramref name="name"/> is plain ASCII without the slash.</summary>
    public PdfSyntax Name(string name)
    {
        _text.Append('/').Append(name);
        return this;
    }

    public PdfSyntax Integer(int value)
    {
        Separate();
        _text.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>A reference to object <paramref name="number"/>, generation 0.</summary>
    public PdfSyntax Reference(int number)
    {
        Separate();
        _text.Append(number.ToString(CultureInfo.InvariantCulture)).Append(" 0 R");
        return this;
    }

    /// <summary>A text string (ISO 32000-1, 7.9.2.2).</summary>
    public PdfSyntax Text(string text)
    {
        if (text.All(c => c is >= ' ' and < '\u007f'))
        {
            _text.Append('(');
            foreach (var c in text)
            {
                if (c is '(' or ')' or '\\')
                {
                    _text.Append('\\');
                }

                _text.Append(c);
            }

            _text.Append(')');
            return this;
        }

        _text.Append("<FEFF");
        foreach (var c in text)
        {
            _text.Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        _text.Append('>');
        return this;
    }

    /// <summary>Delimiters and keywords as they are: <c>&lt;&lt;</c>, <c>[</c>, <c>null</c>...</summary>
    public PdfSyntax Raw(string syntax)
    {
        if (syntax.Length > 0 && char.IsAsciiLetter(syntax[0]))
        {
            Separate();
        }

        _text.Append(syntax);
        return this;
    }

    /// <summary>The text <paramref name="other"/> holds, as it is.</summary>
    public PdfSyntax Append(PdfSyntax other)
    {
        _text.Append(other._text);
        return this;
    }

    public byte[] ToBytes() => Encoding.ASCII.GetBytes(_text.ToString());

    public override string ToString() => _text.ToString();

    /// <summary>A space before a number or keyword, unless a delimiter already ends the text.</summary>
    private void Separate()
    {
        if (_text.Length > 0 && _text[^1] is not ('[' or '(' or '<' or ' '))
        {
            _text.Append(' ');
        }
    }
}
