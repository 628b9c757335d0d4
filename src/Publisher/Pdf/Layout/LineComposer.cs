using System.Text;
using Publisher.Pdf.Text;
using SkiaSharp;

namespace Publisher.Pdf.Layout;

/// <summary>
/// Turns the pieces of one line into page items: places them (justified, left, centred or right), merges
/// neighbouring pieces of one style into one glyph run with real space glyphs (so copied text has its spaces),
/// and adds backgrounds, strike-through lines, underlines, link areas and anchors.
/// </summary>
internal static class LineComposer
{
    /// <summary>
    /// The most a justified line stretches its spaces, as a part of their width (2: three times as wide). The line
    /// breaker avoids such lines; when nothing else is possible (a short line before a URL that cannot be broken)
    /// the line is set flush left instead, as a typesetter would rather than open holes in it.
    /// </summary>
    private const float MaxJustifyStretch = 2f;

    public static TextLine Compose(List<TextPiece> pieces, LineSpan span, float width, TextAlignment alignment, TextStyle baseStyle, float leading)
    {
        var natural = span.Hyphenated ? pieces[span.End - 1].HyphenWidth : 0;
        var totalGlue = 0f;
        for (var i = span.Start; i < span.End; i++)
        {
            natural += pieces[i].Width;
            if (i < span.End - 1)
            {
                natural += pieces[i].Glue;
                totalGlue += pieces[i].Glue;
            }
        }

        // Justified lines stretch or shrink every space in proportion to its width (the line breaker allowed for
        // both); a justified last line only shrinks, when it must. Other lines keep natural spaces.
        var gluePerPoint = 0f;
        var x = 0f;
        var slack = Math.Max(0, width - natural);
        switch (alignment)
        {
            case TextAlignment.Justify when totalGlue > 0 && (!span.IsLast || natural > width):
                gluePerPoint = (width - natural) / totalGlue;
                if (gluePerPoint > MaxJustifyStretch)
                {
                    gluePerPoint = 0; // holes wider than three spaces read worse than one ragged line: flush left
                }

                break;
            case TextAlignment.Center:
                x = slack / 2;
                break;
            case TextAlignment.Right:
                x = slack;
                break;
        }

        var (height, baseline) = Metrics(pieces, span, baseStyle, leading);
        var backgrounds = new List<PageItem>();
        var texts = new List<PageItem>();
        var extras = new List<PageItem>();
        var run = new RunBuilder();
        LinkArea? link = null;

        for (var i = span.Start; i < span.End; i++)
        {
            var piece = pieces[i];
            var style = piece.Style;
            var isLastOnLine = i == span.End - 1;
            var glue = isLastOnLine ? 0 : piece.Glue * (1 + gluePerPoint);

            if (piece.AnchorName is not null)
            {
                extras.Add(new AnchorItem(piece.AnchorName, new SKPoint(x, 0)));
            }

            if (style.Background is { } tint && piece.Width > 0)
            {
                var font = style.Font;
                backgrounds.Add(new RectItem(
                    new SKRect(x - 1.5f, baseline - font.Ascent * style.Size * 0.9f, x + piece.Width + 1.5f, baseline + font.Descent * style.Size * 0.9f),
                    tint));
            }

            if (piece.Image is not null)
            {
                run.Flush(texts);
                var top = baseline - piece.ImageHeight;
                texts.Add(new ImageItem(new SKRect(x, top, x + piece.Width, baseline), PageImage.For(piece.Image)));
            }
            else
            {
                var runX = x;
                foreach (var glyphRun in WordShape(pieces, i, span).Runs)
                {
                    run.Append(glyphRun, style, runX, baseline - style.Rise, texts);
                    runX += glyphRun.Advance * style.Size;
                }

                if (glue > 0)
                {
                    run.AppendSpace(style, x + piece.Width, baseline - style.Rise, texts);
                }

                if (isLastOnLine && span.Hyphenated)
                {
                    AppendHyphen(run, style, x + piece.Width, baseline - style.Rise, texts);
                }
            }

            if (style.Strike)
            {
                var y = baseline - style.Font.XHeight * style.Size * 0.55f;
                extras.Add(new LineItem(new SKPoint(x, y), new SKPoint(x + piece.Width, y), style.Size * 0.06f, style.Color));
            }

            if (style.Underline && piece.Width > 0)
            {
                var y = baseline + style.Size * 0.12f;
                extras.Add(new LineItem(new SKPoint(x, y), new SKPoint(x + piece.Width + glue, y), style.Size * 0.06f, style.Color));
            }

            var target = (piece.LinkUrl, piece.LinkDestination);
            if (link is { } open && (open.Url, open.Destination) != target)
            {
                extras.Add(open.ToItem(height));
                link = null;
            }

            if (target != (null, null))
            {
                link = link is { } current
                    ? current with { Right = x + piece.Width }
                    : new LinkArea(piece.LinkUrl, piece.LinkDestination, x, x + piece.Width);
            }

            x += piece.Width + glue;
        }

        if (span.Hyphenated)
        {
            x += pieces[span.End - 1].HyphenWidth;
        }

        run.Flush(texts);
        if (link is { } last)
        {
            extras.Add(last.ToItem(height));
        }

        backgrounds.AddRange(texts);
        backgrounds.AddRange(extras);
        return new TextLine(height, baseline, x, backgrounds) { EndsWithHyphen = span.Hyphenated };
    }

    /// <summary>
    /// The visible hyphen at the end of a line broken inside a word, in the piece's own font, as a run of its own
    /// marked <see cref="TextRunItem.IsBreakHyphen"/>, so copied text can leave it out.
    /// </summary>
    private static void AppendHyphen(RunBuilder run, TextStyle style, float x, float baseline, List<PageItem> texts)
    {
        run.Flush(texts);
        foreach (var glyphRun in TextPiece.Hyphen(style).Runs)
        {
            run.Append(glyphRun, style, x, baseline, texts);
            x += glyphRun.Advance * style.Size;
        }

        run.Flush(texts, breakHyphen: true);
    }

    /// <summary>
    /// What piece <paramref name="i"/> draws: its own shape, or, when it starts a word that hyphenation points cut
    /// into pieces and the line does not break inside, the whole word shaped at once (kerning and ligatures across
    /// the points), with nothing for the word's later pieces.
    /// </summary>
    private static ShapedText WordShape(List<TextPiece> pieces, int i, LineSpan span)
    {
        var continues = i > span.Start && pieces[i - 1].HyphenationPointAfter;
        if (continues)
        {
            return ShapedText.Empty;
        }

        var last = i;
        while (last < span.End - 1 && pieces[last].HyphenationPointAfter)
        {
            last++;
        }

        if (last == i)
        {
            return pieces[i].Shape;
        }

        if (pieces[i].WholeWord is { } whole && !pieces[last].HyphenationPointAfter)
        {
            return whole;
        }

        var word = new StringBuilder();
        for (var k = i; k <= last; k++)
        {
            word.Append(pieces[k].Text);
        }

        return pieces[i].Style.Shape(word.ToString());
    }

    /// <summary>Line height and baseline: the base style's leading, grown for taller pieces (images, big text).</summary>
    private static (float Height, float Baseline) Metrics(List<TextPiece> pieces, LineSpan span, TextStyle baseStyle, float leading)
    {
        var ascent = baseStyle.Font.Ascent * baseStyle.Size;
        var descent = baseStyle.Font.Descent * baseStyle.Size;
        for (var i = span.Start; i < span.End; i++)
        {
            var piece = pieces[i];
            if (piece.Image is not null)
            {
                ascent = Math.Max(ascent, piece.ImageHeight);
            }
            else if (piece.Style.Size > baseStyle.Size)
            {
                ascent = Math.Max(ascent, piece.Style.Font.Ascent * piece.Style.Size);
                descent = Math.Max(descent, piece.Style.Font.Descent * piece.Style.Size);
            }
        }

        var content = ascent + descent;
        var height = Math.Max(baseStyle.Size * leading, content);
        return (height, (height - content) / 2 + ascent);
    }

    private readonly record struct LinkArea(string? Url, string? Destination, float Left, float Right)
    {
        public LinkItem ToItem(float height) => new(new SKRect(Left, 0, Right, height), Url, Destination);
    }

    /// <summary>Collects glyphs of one font, size, colour and baseline into one run.</summary>
    private sealed class RunBuilder
    {
        private readonly List<ushort> _glyphs = [];
        private readonly List<float> _x = [];
        private readonly List<uint> _clusters = [];
        private readonly StringBuilder _text = new();
        private FontFaceData? _font;
        private TextStyle? _style;
        private float _originX;
        private float _baseline;

        public void Append(GlyphRun glyphs, TextStyle style, float x, float baseline, List<PageItem> output)
        {
            if (_font != glyphs.Font || _style is null || _style.Size != style.Size || _style.Color != style.Color || _baseline != baseline)
            {
                Flush(output);
                _font = glyphs.Font;
                _style = style;
                _originX = x;
                _baseline = baseline;
            }

            var textOffset = (uint)_text.Length;
            _text.Append(glyphs.Text);
            for (var i = 0; i < glyphs.Glyphs.Length; i++)
            {
                _glyphs.Add(glyphs.Glyphs[i]);
                _x.Add(x - _originX + glyphs.X[i] * style.Size);
                _clusters.Add(textOffset + glyphs.Clusters[i]);
            }
        }

        public void AppendSpace(TextStyle style, float x, float baseline, List<PageItem> output)
        {
            if (_font is null || _style is null || _style.Size != style.Size || _baseline != baseline)
            {
                return;
            }

            _clusters.Add((uint)_text.Length);
            _text.Append(' ');
            _glyphs.Add(_font.SpaceGlyph);
            _x.Add(x - _originX);
        }

        public void Flush(List<PageItem> output, bool breakHyphen = false)
        {
            if (_glyphs.Count > 0 && _font is not null && _style is not null)
            {
                output.Add(new TextRunItem(_originX, _baseline, _font.Typeface, _style.Size, [.. _glyphs], [.. _x], _text.ToString(), [.. _clusters], _style.Color)
                {
                    IsBreakHyphen = breakHyphen,
                });
            }

            _glyphs.Clear();
            _x.Clear();
            _clusters.Clear();
            _text.Clear();
            _font = null;
            _style = null;
        }
    }
}
