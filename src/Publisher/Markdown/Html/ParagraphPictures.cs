using Publisher.Document;

namespace Publisher.Markdown.Html;

/// <summary>
/// A paragraph that holds pictures is set as figures: GitHub shows an image at its own size wherever it stands,
/// while a book shrinks an image in running text to the height of a line. A picture is an image taller than
/// <see cref="IconHeight"/> (six lines of text), or the only thing in its paragraph; a linked picture keeps its link.
/// </summary>
internal static class ParagraphPictures
{
    /// <summary>Images up to this height (CSS pixels) are icons and stay in the text.</summary>
    public const float IconHeight = 96;

    private const int MaxCaptionLength = 300;

    /// <summary>
    /// The paragraph as blocks. With <paramref name="textAfterIsCaption"/> (raw HTML, where authors write a picture,
    /// a line break and a credit), a short text right after a single leading picture becomes its caption.
    /// </summary>
    public static List<Block> Split(IReadOnlyList<Inline> content, bool textAfterIsCaption)
    {
        var pictures = content.Count(IsPictureCandidate);
        if (pictures == 0)
        {
            return [new ParagraphBlock(content)];
        }

        var onlyOne = pictures == 1 && content.All(i => IsPictureCandidate(i) || IsBlank(i));
        var blocks = new List<Block>();
        var pending = new List<Inline>();
        FigureBlock? leading = null;
        foreach (var inline in content)
        {
            if (AsFigure(inline, onlyOne) is { } figure)
            {
                var before = Trim(pending);
                if (before is [AnchorInline anchor] && figure.AnchorId is null)
                {
                    figure = figure with { AnchorId = anchor.Id };
                }
                else if (before.Count > 0)
                {
                    blocks.Add(new ParagraphBlock(before));
                }

                leading = blocks.Count == 0 && pictures == 1 ? figure : null;
                blocks.Add(figure);
                pending.Clear();
            }
            else
            {
                pending.Add(inline);
            }
        }

        var after = Trim(pending);
        if (after.Count == 0)
        {
            return blocks;
        }

        if (textAfterIsCaption && leading is not null && leading.Caption.Count == 0 && Inlines.ToPlainText(after).Length <= MaxCaptionLength)
        {
            blocks[^1] = leading with { Caption = after };
        }
        else
        {
            blocks.Add(new ParagraphBlock(after));
        }

        return blocks;
    }

    /// <summary>
    /// A picture without a caption, followed by a short centred paragraph (<c>&lt;div align="center"&gt;Figure 1.1 ...&lt;/div&gt;</c>):
    /// that paragraph is its caption, as it reads on GitHub; as a caption it stays on the picture's page.
    /// </summary>
    public static List<Block> CaptionsFromCentredText(List<Block> blocks)
    {
        for (var i = blocks.Count - 2; i >= 0; i--)
        {
            if (blocks[i] is FigureBlock { Caption.Count: 0, Alignment: BlockAlignment.Center or BlockAlignment.Default } figure &&
                blocks[i + 1] is ParagraphBlock { Alignment: BlockAlignment.Center, AnchorId: null } text &&
                !text.Content.Any(IsPictureCandidate) &&
                Inlines.ToPlainText(text.Content).Length is > 0 and <= MaxCaptionLength)
            {
                blocks[i] = figure with { Caption = text.Content };
                blocks.RemoveAt(i + 1);
            }
        }

        return blocks;
    }

    private static bool IsPictureCandidate(Inline inline) => inline switch
    {
        ImageInline => true,
        LinkInline { Content: var content } => content.Count(i => !IsBlank(i)) == 1 && content.Any(i => i is ImageInline),
        _ => false,
    };

    private static FigureBlock? AsFigure(Inline inline, bool onlyOne) => inline switch
    {
        ImageInline image when onlyOne || IsPicture(image) => Figure(image, null),
        LinkInline { Content: var content, Target: var target } when IsPictureCandidate(inline) &&
            content.OfType<ImageInline>().First() is var image && (onlyOne || IsPicture(image)) => Figure(image, target),
        _ => null,
    };

    private static FigureBlock Figure(ImageInline image, LinkTarget? link) =>
        new(image.Image, image.AltText, []) { Width = image.Width, Link = link, Alignment = image.Alignment };

    /// <summary>Taller than an icon at the size it is shown.</summary>
    public static bool IsPicture(ImageInline image)
    {
        var height = image.Image.PixelHeight;
        if (image.Width is { IsPercent: false } width && image.Image.PixelWidth > 0)
        {
            height = (int)(width.Value * image.Image.PixelHeight / image.Image.PixelWidth);
        }
        else if (image.Width is { IsPercent: true })
        {
            return true;
        }

        return height > IconHeight;
    }

    private static bool IsBlank(Inline inline) => inline switch
    {
        TextInline text => string.IsNullOrWhiteSpace(text.Text),
        SoftBreak or LineBreak or AnchorInline => true,
        StyledInline styled => styled.Content.All(i => IsBlank(i) && i is not AnchorInline),
        _ => false,
    };

    /// <summary>Without blank text and line breaks at either end.</summary>
    public static List<Inline> Trim(IReadOnlyList<Inline> inlines)
    {
        var start = 0;
        var end = inlines.Count;
        while (start < end && IsBlank(inlines[start]) && inlines[start] is not AnchorInline)
        {
            start++;
        }

        while (end > start && IsBlank(inlines[end - 1]) && inlines[end - 1] is not AnchorInline)
        {
            end--;
        }

        var trimmed = inlines.Skip(start).Take(end - start).ToList();
        if (trimmed.Count > 0 && trimmed[0] is TextInline first)
        {
            trimmed[0] = new TextInline(first.Text.TrimStart());
        }

        if (trimmed.Count > 0 && trimmed[^1] is TextInline last)
        {
            trimmed[^1] = new TextInline(last.Text.TrimEnd());
        }

        return trimmed.Where(i => i is not TextInline { Text.Length: 0 }).ToList();
    }
}
