using Publisher.Document;
using Publisher.Highlighting;
using Publisher.Pdf.Text;
using SkiaSharp;

namespace Publisher.Pdf.Layout;

/// <summary>
/// Code blocks: monospace on a tinted background, coloured by token kind, long lines wrapped with a continuation
/// indent. Every visual line is its own slice with its own piece of background, so a block splits cleanly.
/// </summary>
internal static class CodeBlockLayout
{
    private const float Leading = 1.38f;

    public static List<Slice> Layout(CodeBlock code, float width, LayoutContext context)
    {
        var type = context.Typography;
        var size = type.CodeSize;
        var padding = size * 0.9f;
        var innerWidth = width - 2 * padding;
        var plain = type.Style(FontFace.Mono, size, Typography.TextColor);
        var continuation = plain.Font.SpaceAdvance * size * 4;

        var lines = new List<TextLine>();
        var lineOffset = 0;
        foreach (var tokens in CodeHighlighter.Highlight(code))
        {
            var pieces = Pieces(tokens, plain, context, lineOffset);
            if (pieces.Count == 0)
            {
                pieces.Add(new TextPiece("", plain) { SourceOffset = lineOffset });
            }

            // Offsets count the highlighted lines joined by line feeds, as the EPUB writes them.
            lineOffset += tokens.Sum(token => token.Text.Length) + 1;

            var wrapped = TextBlock.Compose(pieces, plain, innerWidth, TextAlignment.Left, Leading, continuation);
            for (var i = 0; i < wrapped.Count; i++)
            {
                var line = wrapped[i];
                lines.Add(i == 0 ? line : line with { Items = PageItems.Translate(line.Items, continuation, 0).ToList() });
            }
        }

        var slices = new List<Slice>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var top = i == 0 ? padding : 0;
            var bottom = i == lines.Count - 1 ? padding : 0;
            var height = top + lines[i].Height + bottom;
            var items = new List<PageItem>(lines[i].Items.Count + 1) { new RectItem(new SKRect(0, 0, width, height), Typography.CodeBackground) };
            items.AddRange(PageItems.Translate(lines[i].Items, padding, top));
            slices.Add(new Slice(height, items)
            {
                SpaceBefore = i == 0 ? type.ParagraphGap * 1.2f : 0,
                KeepWithNext = TextBlock.KeepsWithNext(i, lines.Count),
                FirstBaseline = top + lines[i].Baseline,
                Start = new BlockPosition([], lines[i].SourceOffset),
            });
        }

        return slices;
    }

    /// <summary>Pieces of one source line: words with their trailing spaces kept (code spacing matters), breakable after spaces.</summary>
    /// <remarks>A tab is set as four spaces; offsets count it as the one character it is.</remarks>
    private static List<TextPiece> Pieces(IReadOnlyList<CodeToken> tokens, TextStyle plain, LayoutContext context, int lineOffset)
    {
        var pieces = new List<TextPiece>();
        var offset = lineOffset;
        foreach (var token in tokens)
        {
            var style = Style(token.Kind, plain);
            var text = token.Text;
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                var atBreak = i == text.Length || (!IsSpace(text[i]) && i > 0 && IsSpace(text[i - 1]));
                if (!atBreak || i == start)
                {
                    continue;
                }

                var piece = new TextPiece(text[start..i].Replace("\t", "    ", StringComparison.Ordinal), style)
                {
                    CanBreakAfter = IsSpace(text[i - 1]),
                    SourceOffset = offset + start,
                };
                context.NoteShaped(piece.Shape);
                pieces.Add(piece);
                start = i;
            }

            offset += text.Length;
        }

        return pieces;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t';

    private static TextStyle Style(TokenKind kind, TextStyle plain) => kind switch
    {
        TokenKind.Keyword => plain with { Face = FontFace.MonoBold, Color = new SKColor(0x00, 0x33, 0xb3) },
        TokenKind.String => plain with { Color = new SKColor(0x06, 0x7d, 0x17) },
        TokenKind.Comment => plain with { Color = new SKColor(0x66, 0x66, 0x66) },
        TokenKind.Number => plain with { Color = new SKColor(0x17, 0x50, 0xeb) },
        TokenKind.Type => plain with { Color = new SKColor(0x00, 0x70, 0x70) },
        TokenKind.Preprocessor => plain with { Color = new SKColor(0x8a, 0x5c, 0x00) },
        TokenKind.Markup => plain with { Color = new SKColor(0x00, 0x33, 0xb3) },
        TokenKind.Attribute => plain with { Color = new SKColor(0x87, 0x10, 0x94) },
        _ => plain,
    };
}
