using Publisher.Document;
using Publisher.Pdf.Text;
using SkiaSharp;

namespace Publisher.Pdf.Layout;

/// <summary>The book's design in one place: page geometry from <c>book.yml</c>, its fonts, sizes, spacing and colours.</summary>
internal sealed class Typography
{
    public static readonly SKColor TextColor = new(0x1c, 0x1c, 0x1c);
    public static readonly SKColor HeadingColor = new(0x1a, 0x2b, 0x40);
    public static readonly SKColor MutedColor = new(0x6b, 0x6b, 0x6b);
    public static readonly SKColor LinkColor = new(0x1a, 0x5a, 0xa6);
    public static readonly SKColor RuleColor = new(0xc4, 0xc9, 0xd0);
    public static readonly SKColor CodeBackground = new(0xf4, 0xf5, 0xf7);
    public static readonly SKColor InlineCodeBackground = new(0xec, 0xee, 0xf1);
    public static readonly SKColor HighlightBackground = new(0xff, 0xf3, 0xa0);
    public static readonly SKColor TableHeaderBackground = new(0xe9, 0xee, 0xf4);
    public static readonly SKColor QuoteRuleColor = new(0xb8, 0xc7, 0xd9);
    public static readonly SKColor AccentColor = new(0x2e, 0x5c, 0x8a);

    public Typography(PdfSettings settings, FontSet fonts)
    {
        Settings = settings;
        Fonts = fonts;
        BodySize = settings.FontSize;
        TextWidth = settings.PageWidth - settings.MarginInner - settings.MarginOuter;
        TextHeight = settings.PageHeight - settings.MarginTop - settings.MarginBottom;
        Body = Style(FontFace.Serif, BodySize, TextColor);
        ParagraphGap = BodySize * 0.7f;
        ListItemGap = BodySize * 0.3f;
        Indent = BodySize * 1.7f;
    }

    public PdfSettings Settings { get; }

    /// <summary>The fonts this book is set in: its own faces and fallbacks, else the bundled ones.</summary>
    public FontSet Fonts { get; }

    public float BodySize { get; }

    /// <summary>Line height as a multiple of the font size.</summary>
    public float Leading => 1.45f;

    public float TextWidth { get; }

    public float TextHeight { get; }

    public TextStyle Body { get; }

    public float ParagraphGap { get; }

    public float ListItemGap { get; }

    public float Indent { get; }

    public float CodeSize => BodySize * 0.84f;

    /// <summary>The largest height an image may take: about 60% of the text block.</summary>
    public float MaxFigureHeight => TextHeight * 0.6f;

    public TextStyle Heading(int level) => Style(FontFace.SansBold, BodySize * level switch
    {
        1 => 1.65f,
        2 => 1.4f,
        3 => 1.18f,
        _ => 1.02f,
    }, HeadingColor);

    public float HeadingSpaceBefore(int level) => BodySize * level switch
    {
        1 => 2.2f,
        2 => 1.9f,
        3 => 1.5f,
        _ => 1.2f,
    };

    public TextStyle ChapterTitle => Style(FontFace.SansBold, BodySize * 2.3f, HeadingColor);

    public TextStyle Small(FontFace face = FontFace.Sans) => Style(face, BodySize * 0.8f, MutedColor);

    /// <summary>Text in one of the book's faces.</summary>
    public TextStyle Style(FontFace face, float size, SKColor color) => new(Fonts, face, size, color);

    /// <summary>The left edge of the text block: inner margin on right-hand (odd) pages, outer on left-hand pages.</summary>
    public float TextLeft(int printedNumber) =>
        printedNumber % 2 == 1 ? Settings.MarginInner : Settings.MarginOuter;
}
