using System.Buffers;
using System.Text;
using SkiaSharp;

namespace Publisher.Pdf.Export;

/// <summary>
/// Writes the operators of one PDF content stream, one small method per operator. Coordinates are PDF's (origin at
/// the bottom left, y up); callers convert. Marked-content operators (<see cref="BeginMarkedContent"/>,
/// <see cref="BeginArtifact"/>, <see cref="BeginActualText"/>) let a tagger wrap any run of operators. Numbers are
/// written the same on every machine (invariant, fixed precision), so the same page always gives the same bytes.
/// </summary>
internal sealed class ContentStream
{
    private readonly ArrayBufferWriter<byte> _bytes = new(16 * 1024);
    private SKColor? _fill;
    private SKColor? _stroke;
    private float _lineWidth = 1;
    private string? _font;
    private float _fontSize;
    private int _markedDepth;

    /// <summary>The stream's bytes so far (uncompressed).</summary>
    public ReadOnlySpan<byte> Bytes => _bytes.WrittenSpan;

    /// <summary>How many marked-content sequences are open.</summary>
    public int MarkedContentDepth => _markedDepth;

    // Graphics state

    /// <summary>q: saves the graphics state. Colours and line width are forgotten, as Q restores them.</summary>
    public void SaveState() => Operator("q"u8);

    /// <summary>Q: restores the graphics state saved by the matching <see cref="SaveState"/>.</summary>
    public void RestoreState()
    {
        Operator("Q"u8);
        // The restored state is unknown here, so the next colour or width is written again.
        _fill = null;
        _stroke = null;
        _lineWidth = -1;
        _font = null;
    }

    /// <summary>cm: concatenates a matrix to the current transformation.</summary>
    public void Transform(float a, float b, float c, float d, float e, float f)
    {
        Number(a); Number(b); Number(c); Number(d); Number(e); Number(f);
        Operator("cm"u8);
    }

    /// <summary>rg: the colour of fills and text (opaque RGB; alpha is not expressed here).</summary>
    public void SetFillColor(SKColor color)
    {
        if (_fill == color)
        {
            return;
        }

        _fill = color;
        Color(color);
        Operator("rg"u8);
    }

    /// <summary>RG: the colour of strokes.</summary>
    public void SetStrokeColor(SKColor color)
    {
        if (_stroke == color)
        {
            return;
        }

        _stroke = color;
        Color(color);
        Operator("RG"u8);
    }

    /// <summary>w: the width of strokes.</summary>
    public void SetLineWidth(float width)
    {
        if (_lineWidth == width)
        {
            return;
        }

        _lineWidth = width;
        Number(width);
        Operator("w"u8);
    }

    // Paths

    /// <summary>re f: fills a rectangle given by its bottom-left corner and size.</summary>
    public void FillRectangle(float x, float y, float width, float height)
    {
        Number(x); Number(y); Number(width); Number(height);
        Operator("re"u8);
        Operator("f"u8);
    }

    /// <summary>m l S: strokes a straight line.</summary>
    public void StrokeLine(float x1, float y1, float x2, float y2)
    {
        Number(x1); Number(y1);
        Operator("m"u8);
        Number(x2); Number(y2);
        Operator("l"u8);
        Operator("S"u8);
    }

    /// <summary>re W n: intersects the clip with a rectangle.</summary>
    public void ClipRectangle(float x, float y, float width, float height)
    {
        Number(x); Number(y); Number(width); Number(height);
        Operator("re"u8);
        Operator("W"u8);
        Operator("n"u8);
    }

    // XObjects

    /// <summary>Do: paints an image or form XObject named in the page's resources.</summary>
    public void PaintXObject(string resourceName)
    {
        Name(resourceName);
        Operator("Do"u8);
    }

    // Text

    /// <summary>BT: begins a text object; the text matrix starts at the identity.</summary>
    public void BeginText() => Operator("BT"u8);

    /// <summary>ET: ends a text object.</summary>
    public void EndText() => Operator("ET"u8);

    /// <summary>Tf: the font (a resource name) and size. Part of the graphics state, so it outlives ET.</summary>
    public void SetFont(string resourceName, float size)
    {
        if (ReferenceEquals(_font, resourceName) && _fontSize == size)
        {
            return;
        }

        _font = resourceName;
        _fontSize = size;
        Name(resourceName);
        Number(size);
        Operator("Tf"u8);
    }

    /// <summary>Td: moves to the start of the next line, relative to the start of the current one.</summary>
    public void MoveText(float x, float y)
    {
        Number(x); Number(y);
        Operator("Td"u8);
    }

    /// <summary>
    /// TJ: shows two-byte glyph codes with position adjustments. <paramref name="adjustments"/>[i] is written before
    /// glyph i, in thousandths of the font size, positive moving left (PDF's sign), with one decimal; zero is omitted.
    /// </summary>
    public void ShowGlyphs(ReadOnlySpan<ushort> glyphs, ReadOnlySpan<float> adjustments)
    {
        Raw("["u8);
        var inString = false;
        for (var i = 0; i < glyphs.Length; i++)
        {
            var adjustment = adjustments[i];
            if (adjustment != 0)
            {
                if (inString)
                {
                    Raw(">"u8);
                    inString = false;
                }

                Fixed(adjustment, 1);
            }

            if (!inString)
            {
                Raw("<"u8);
                inString = true;
            }

            Hex4(glyphs[i]);
        }

        if (inString)
        {
            Raw(">"u8);
        }

        Raw("]"u8);
        Operator("TJ"u8);
    }

    // Marked content: what a tagger wraps around the operators of one structure element.

    /// <summary>/Tag &lt;&lt;/MCID n&gt;&gt; BDC: begins content that belongs to structure element part <paramref name="mcid"/>.</summary>
    public void BeginMarkedContent(string tag, int mcid)
    {
        Name(tag);
        Raw("<</MCID "u8);
        Integer(mcid);
        Raw(">>"u8);
        Operator("BDC"u8);
        _markedDepth++;
    }

    /// <summary>
    /// /Artifact BMC, or /Artifact &lt;&lt;/Type /<paramref name="type"/>&gt;&gt; BDC: begins content that is not part of
    /// the text (running heads and folios are of type Pagination, rules and backgrounds of type Layout).
    /// </summary>
    public void BeginArtifact(string? type = null)
    {
        Name("Artifact");
        if (type is null)
        {
            Operator("BMC"u8);
        }
        else
        {
            Raw("<</Type "u8);
            Name(type);
            Raw(">>"u8);
            Operator("BDC"u8);
        }

        _markedDepth++;
    }

    /// <summary>/Span &lt;&lt;/ActualText (...)&gt;&gt; BDC: the enclosed glyphs stand for <paramref name="text"/> when copied.</summary>
    public void BeginActualText(ReadOnlySpan<char> text)
    {
        Raw("/Span<</ActualText<FEFF"u8);
        foreach (var c in text)
        {
            Hex4(c);
        }

        Raw(">>>"u8);
        Operator("BDC"u8);
        _markedDepth++;
    }

    /// <summary>EMC: ends the innermost marked-content sequence.</summary>
    public void EndMarkedContent()
    {
        if (_markedDepth == 0)
        {
            throw new InvalidOperationException("EMC without an open marked-content sequence");
        }

        _markedDepth--;
        Operator("EMC"u8);
    }

    // Tokens

    private void Operator(ReadOnlySpan<byte> op)
    {
        Raw(op);
        Raw("\n"u8);
    }

    private void Name(string name)
    {
        var span = _bytes.GetSpan(name.Length + 2);
        span[0] = (byte)'/';
        // Resource names are ours: ASCII letters and digits, nothing to escape.
        var length = Encoding.ASCII.GetBytes(name, span[1..]);
        span[1 + length] = (byte)' ';
        _bytes.Advance(length + 2);
    }

    private void Color(SKColor color)
    {
        Fixed(color.Red / 255f, 4);
        Fixed(color.Green / 255f, 4);
        Fixed(color.Blue / 255f, 4);
    }

    /// <summary>A coordinate or size: three decimals, a thousandth of a point.</summary>
    private void Number(float value) => Fixed(value, 3);

    private void Integer(int value)
    {
        var span = _bytes.GetSpan(12);
        value.TryFormat(span, out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        span[written] = (byte)' ';
        _bytes.Advance(written + 1);
    }

    /// <summary>Writes <paramref name="value"/> rounded to <paramref name="decimals"/> places, without trailing zeros, and a space.</summary>
    private void Fixed(float value, int decimals)
    {
        var scale = decimals switch { 1 => 10L, 3 => 1000L, 4 => 10000L, _ => throw new ArgumentOutOfRangeException(nameof(decimals)) };
        var scaled = (long)Math.Round((double)value * scale, MidpointRounding.AwayFromZero);
        var span = _bytes.GetSpan(24);
        var at = 0;
        if (scaled < 0)
        {
            span[at++] = (byte)'-';
            scaled = -scaled;
        }

        var whole = scaled / scale;
        var fraction = scaled % scale;
        whole.TryFormat(span[at..], out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        at += written;
        if (fraction != 0)
        {
            span[at++] = (byte)'.';
            for (var digit = scale / 10; digit > 0 && fraction != 0; digit /= 10)
            {
                span[at++] = (byte)('0' + fraction / digit);
                fraction %= digit;
            }
        }

        span[at++] = (byte)' ';
        _bytes.Advance(at);
    }

    private void Hex4(int value)
    {
        var span = _bytes.GetSpan(4);
        span[0] = HexDigit(value >> 12);
        span[1] = HexDigit(value >> 8);
        span[2] = HexDigit(value >> 4);
        span[3] = HexDigit(value);
        _bytes.Advance(4);
    }

    private static byte HexDigit(int value) => (byte)"0123456789ABCDEF"[value & 0xF];

    private void Raw(ReadOnlySpan<byte> bytes) => _bytes.Write(bytes);
}
