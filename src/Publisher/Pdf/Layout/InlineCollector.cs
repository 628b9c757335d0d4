using System.Text;
using Publisher.Document;
using Publisher.Pdf.Text;
using Publisher.Pdf.Text.Hyphenation;

namespace Publisher.Pdf.Layout;

/// <summary>
/// Turns Document inlines into breakable pieces: styles become faces and colours, spaces become glue, and
/// break opportunities are marked at spaces and after hyphens and slashes. When asked to hyphenate, a plain word
/// (one piece between spaces, with no soft hyphen of the author's) is cut at the hyphenation points of its language.
/// </summary>
internal sealed class InlineCollector
{
    private const char SoftHyphen = '\u00AD';

    private readonly LayoutContext _context;
    private readonly List<TextPiece> _pieces = [];
    private readonly StringBuilder _word = new();
    private TextStyle? _wordStyle;
    private (string? Url, string? Destination) _wordLink;

    // Where the next character stands in the block's text (Inlines.TextLength), and where the word being built began:
    // each piece remembers its offset, so the typesetter can tell where in the text a page begins.
    private int _offset;
    private int _wordStart;

    private readonly bool _hyphenate;
    private readonly float _maxImageWidth;
    private Hyphenator? _hyphenator;

    /// <summary>Where the pieces of the word being read (the text since the last space) start.</summary>
    private int _tokenStart;

    private InlineCollector(LayoutContext context, bool hyphenate, float maxImageWidth)
    {
        _context = context;
        _hyphenate = hyphenate && context.Typography.Settings.Hyphenate;
        _hyphenator = _hyphenate ? context.Hyphenator : null;
        _maxImageWidth = maxImageWidth;
    }

    /// <param name="hyphenate">Cut words at hyphenation points of the context's language (and of spans in another).</param>
    /// <param name="maxImageWidth">
    /// How wide a picture with a width of its own (<see cref="ImageInline.Width"/>) may be; default: the text width.
    /// </param>
    public static List<TextPiece> Collect(IEnumerable<Inline> inlines, TextStyle style, LayoutContext context, bool hyphenate = false, float? maxImageWidth = null)
    {
        var collector = new InlineCollector(context, hyphenate, maxImageWidth ?? context.Typography.TextWidth);
        collector.Add(inlines, style, (null, null));
        collector.FlushWord(canBreakAfter: false);
        collector.EndToken();
        return collector._pieces;
    }

    /// <summary>Pieces of plain text in one style (headers, TOC entries, code).</summary>
    public static List<TextPiece> Collect(string text, TextStyle style, LayoutContext context) =>
        Collect([new TextInline(text)], style, context);

    private void Add(IEnumerable<Inline> inlines, TextStyle style, (string? Url, string? Destination) link)
    {
        foreach (var inline in inlines)
        {
            if (inline.ContentLanguage is { } language && _hyphenate)
            {
                var around = _hyphenator;
                FlushWord(canBreakAfter: false);
                EndToken();
                _hyphenator = HyphenationLanguages.For(language);
                AddOne(inline, style, link);
                FlushWord(canBreakAfter: false);
                EndToken();
                _hyphenator = around;
            }
            else
            {
                AddOne(inline, style, link);
            }
        }
    }

    private void AddOne(Inline inline, TextStyle style, (string? Url, string? Destination) link)
    {
        switch (inline)
        {
            case TextInline text:
                AddText(text.Text, style, link);
                break;
            case StyledInline styled:
                Add(styled.Content, Restyle(style, styled.Style), link);
                break;
            case CodeInline code:
                AddText(code.Code, style with
                {
                    Face = style.Face is FontFace.SerifBold or FontFace.SerifBoldItalic or FontFace.SansBold ? FontFace.MonoBold : FontFace.Mono,
                    Size = style.Size * 0.86f,
                    Background = Typography.InlineCodeBackground,
                }, link);
                break;
            case LinkInline linked:
                Add(linked.Content, style with { Color = Typography.LinkColor }, Resolve(linked.Target));
                break;
            case FootnoteReference reference:
                AddFootnoteReference(reference, style);
                break;
            case ImageInline image:
                AddImage(image, style, link);
                break;
            case SoftBreak:
                AddText(" ", style, link);
                break;
            case LineBreak:
                FlushWord(canBreakAfter: true);
                EndToken();
                if (_pieces.Count == 0)
                {
                    _pieces.Add(new TextPiece("", style) { SourceOffset = _offset });
                }

                _pieces[^1].ForcedBreakAfter = true;
                _pieces[^1].Glue = 0;
                break;
            case SpanInline span:
                Add(span.Content, style, link);
                break;
            case AnchorInline anchor:
                FlushWord(canBreakAfter: false);
                _pieces.Add(new TextPiece("", style) { AnchorName = _context.Destination(anchor.Id), SourceOffset = _offset });
                break;
        }
    }

    private (string?, string?) Resolve(LinkTarget target) => target switch
    {
        ExternalTarget external => (external.Url, null),
        InternalTarget inside => (null, DestinationNames.For(inside.ChapterIndex, inside.AnchorId)),
        _ => (null, null),
    };

    private static TextStyle Restyle(TextStyle style, InlineStyle inlineStyle) => inlineStyle switch
    {
        InlineStyle.Emphasis => style with
        {
            Face = style.Face switch
            {
                FontFace.Serif => FontFace.SerifItalic,
                FontFace.SerifBold => FontFace.SerifBoldItalic,
                FontFace.SerifItalic => FontFace.Serif,
                FontFace.SerifBoldItalic => FontFace.SerifBold,
                var face => face,
            },
        },
        InlineStyle.Strong => style with
        {
            Face = style.Face switch
            {
                FontFace.Serif => FontFace.SerifBold,
                FontFace.SerifItalic => FontFace.SerifBoldItalic,
                FontFace.Sans => FontFace.SansBold,
                FontFace.Mono => FontFace.MonoBold,
                var face => face,
            },
        },
        InlineStyle.Strikethrough => style with { Strike = true },
        InlineStyle.Superscript => style with { Size = style.Size * 0.68f, Rise = style.Rise + style.Size * 0.36f },
        InlineStyle.Subscript => style with { Size = style.Size * 0.68f, Rise = style.Rise - style.Size * 0.14f },
        InlineStyle.Underline => style with { Underline = true },
        InlineStyle.Highlight => style with { Background = Typography.HighlightBackground },
        InlineStyle.Small => style with { Size = style.Size * 0.85f },
        _ => style,
    };

    private void AddFootnoteReference(FootnoteReference reference, TextStyle style)
    {
        FlushWord(canBreakAfter: false);
        _context.FootnoteReferences.TryAdd(reference.NoteId, reference.ReferenceId);
        var superscript = style with
        {
            Size = style.Size * 0.68f,
            Rise = style.Rise + style.Size * 0.36f,
            Color = Typography.LinkColor,
            Strike = false,
        };
        var piece = new TextPiece(reference.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), superscript)
        {
            LinkDestination = _context.Destination(reference.NoteId),
            AnchorName = _context.Destination(reference.ReferenceId),
            SourceOffset = _offset,
        };
        _pieces.Add(piece);
        _offset += Inlines.TextLength(reference);
    }

    private void AddImage(ImageInline image, TextStyle style, (string? Url, string? Destination) link)
    {
        FlushWord(canBreakAfter: false);
        var (width, height) = ImageSizing.Natural(image.Image);
        var maxHeight = style.Size * 1.6f;
        if (image.Width is { } asked)
        {
            // A picture the author sized (in a table cell, say): that width, within the room there is.
            (width, height) = ImageSizing.Scaled(image.Image, asked, _maxImageWidth);
            maxHeight = _context.Typography.MaxFigureHeight;
        }

        var scale = Math.Min(1f, Math.Min(maxHeight / height, _maxImageWidth / width));
        _pieces.Add(new TextPiece(image.Image, width * scale, height * scale, style)
        {
            LinkUrl = link.Url,
            LinkDestination = link.Destination,
            SourceOffset = _offset,
        });
    }

    private void AddText(string text, TextStyle style, (string? Url, string? Destination) link)
    {
        if (_word.Length > 0 && (_wordStyle != style || _wordLink != link))
        {
            FlushWord(canBreakAfter: false);
        }

        _wordStyle = style;
        _wordLink = link;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\u200B')
            {
                FlushWord(canBreakAfter: true);
                EndToken();
            }
            else if (c == SoftHyphen)
            {
                AddSoftHyphen();
            }
            else if (IsBreakingSpace(c))
            {
                FlushWord(canBreakAfter: true);
                if (_pieces.Count > 0 && _pieces[^1].Glue == 0 && !_pieces[^1].ForcedBreakAfter)
                {
                    _pieces[^1].Glue = style.Font.SpaceAdvance * style.Size;
                    _pieces[^1].CanBreakAfter = true;
                    _pieces[^1].SoftHyphenAfter = false;
                }

                EndToken();
            }
            else
            {
                if (_word.Length == 0)
                {
                    _wordStart = _offset + i;
                }

                _word.Append(c);

                // A break may follow a hyphen, dash or slash, but never splits "//" or "--".
                if (c is '-' or '/' or '\u2013' or '\u2014' && _word.Length > 1 && i + 1 < text.Length && !IsBreakingSpace(text[i + 1]) && text[i + 1] != c)
                {
                    FlushWord(canBreakAfter: true);
                }
            }
        }

        _offset += text.Length;
    }

    /// <summary>
    /// An author's soft hyphen inside a word ends the piece there: a line may break after it and then shows a
    /// hyphen. The character itself is dropped, so it is never drawn and copied text has the whole word.
    /// </summary>
    private void AddSoftHyphen()
    {
        if (_word.Length == 0)
        {
            return;
        }

        FlushWord(canBreakAfter: true);
        _pieces[^1].SoftHyphenAfter = true;
    }

    /// <summary>
    /// The word since the last space is complete. When it is one piece of ordinary text (not code, not cut by the
    /// author's soft hyphens, hard hyphens, slashes or a change of style) it is cut at its hyphenation points; the
    /// hyphenator itself refuses words with digits or signs (URLs, e-mail addresses, numbers).
    /// </summary>
    private void EndToken()
    {
        if (_hyphenator is { } hyphenator && _pieces.Count - _tokenStart == 1)
        {
            var piece = _pieces[^1];
            if (piece.Image is null && piece.Style.Background is null && !piece.SoftHyphenAfter && hyphenator.Breaks(piece.Text) is { Length: > 0 } breaks)
            {
                _pieces.RemoveAt(_pieces.Count - 1);
                var from = 0;
                foreach (var at in breaks)
                {
                    var part = piece.WithText(piece.Text[from..at], from);
                    part.AnchorName = from == 0 ? piece.AnchorName : null;
                    part.WholeWord = from == 0 ? piece.Shape : null;
                    part.CanBreakAfter = true;
                    part.HyphenationPointAfter = true;
                    _pieces.Add(part);
                    from = at;
                }

                var tail = piece.WithText(piece.Text[from..], from);
                tail.AnchorName = null;
                tail.Glue = piece.Glue;
                tail.CanBreakAfter = piece.CanBreakAfter;
                tail.ForcedBreakAfter = piece.ForcedBreakAfter;
                _pieces.Add(tail);
            }
        }

        _tokenStart = _pieces.Count;
    }

    private static bool IsBreakingSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\u2002' or '\u2003' or '\u2009';

    private void FlushWord(bool canBreakAfter)
    {
        if (_word.Length == 0 || _wordStyle is null)
        {
            if (canBreakAfter && _pieces.Count > 0)
            {
                _pieces[^1].CanBreakAfter = true;
            }

            return;
        }

        var piece = new TextPiece(_word.ToString(), _wordStyle)
        {
            LinkUrl = _wordLink.Url,
            LinkDestination = _wordLink.Destination,
            CanBreakAfter = canBreakAfter,
            SourceOffset = _wordStart,
        };
        _context.NoteShaped(piece.Shape);
        _pieces.Add(piece);
        _word.Clear();
    }
}
