using Publisher.Highlighting;

namespace Publisher.Epub;

/// <summary>
/// The book's stylesheet. It leaves fonts, text colour and background to the reader's settings (dark mode,
/// e-ink), uses relative units only, and colours nothing but code tokens, in tones readable on light and dark.
/// </summary>
internal static class EpubStylesheet
{
    /// <summary>The CSS class of a highlighted code token, e.g. <c>tok-keyword</c>.</summary>
    public static string TokenClass(TokenKind kind) => $"tok-{kind.ToString().ToLowerInvariant()}";

    /// <summary>The CSS class for a picture shown at a percentage of the text width, in steps of ten (<c>w-50</c>).</summary>
    public static string WidthClass(float percent) => $"w-{Math.Clamp((int)Math.Round(percent / 10) * 10, 10, 100)}";

    public const string Css = """
        @charset "utf-8";

        /* Older reading systems do not know the HTML5 sectioning elements. */
        section, aside, nav, figure, figcaption { display: block; }

        body {
          font-family: serif;
          line-height: 1.45;
          margin: 0 0.5em;
          -webkit-hyphens: auto;
          -epub-hyphens: auto;
          hyphens: auto;
          widows: 2;
          orphans: 2;
        }

        p { margin: 0 0 0.7em 0; text-align: justify; }

        h1, h2, h3, h4, h5, h6 {
          font-family: sans-serif;
          line-height: 1.2;
          text-align: left;
          -webkit-hyphens: manual;
          -epub-hyphens: manual;
          hyphens: manual;
          page-break-after: avoid;
          break-after: avoid;
        }

        h1 { font-size: 1.8em; margin: 1em 0 0.8em 0; }
        h2 { font-size: 1.4em; margin: 1.4em 0 0.5em 0; }
        h3 { font-size: 1.2em; margin: 1.2em 0 0.4em 0; }
        h4 { font-size: 1.05em; margin: 1em 0 0.3em 0; }
        h5, h6 { font-size: 1em; margin: 1em 0 0.3em 0; font-style: italic; }

        a { text-decoration: underline; color: inherit; }
        a.external { text-decoration-style: dotted; }

        blockquote {
          margin: 1em 1.5em;
          padding-left: 0.8em;
          border-left: 0.2em solid #888;
          font-style: italic;
        }

        ul, ol { margin: 0 0 0.8em 0; padding-left: 1.6em; }
        li > p { margin: 0.2em 0; text-align: left; }
        ul.tasks { list-style-type: none; padding-left: 0.4em; }
        .task-box { font-family: sans-serif; }

        dl { margin: 0 0 0.8em 0; }
        dt { font-weight: bold; margin-top: 0.5em; }
        dd { margin: 0 0 0.5em 1.5em; }
        dd > p { text-align: left; }

        hr {
          border: none;
          border-top: 1px solid #888;
          width: 40%;
          margin: 1.5em auto;
        }

        mark { background-color: #fff3a0; color: #000; }

        code { font-family: monospace; font-size: 0.9em; -webkit-hyphens: none; hyphens: none; }

        pre.code {
          font-family: monospace;
          font-size: 0.85em;
          line-height: 1.35;
          white-space: pre-wrap;
          word-wrap: break-word;
          overflow-wrap: break-word;
          text-align: left;
          margin: 0.5em 0 1em 0;
          padding: 0.5em 0.7em;
          border-left: 0.25em solid #888;
          background-color: rgba(128, 128, 128, 0.08);
          page-break-inside: auto;
        }

        pre.code code { font-size: 1em; }

        .tok-keyword { color: #2f5fa8; font-weight: bold; }
        .tok-type { color: #2b7a78; }
        .tok-string { color: #a34d1c; }
        .tok-comment { color: #566f47; font-style: italic; }
        .tok-number { color: #8a5aa8; }
        .tok-preprocessor { color: #7a6a2b; }
        .tok-markup { color: #2f5fa8; }
        .tok-attribute { color: #a34d1c; }

        @media (prefers-color-scheme: dark) {
          .tok-keyword { color: #7fa7e6; }
          .tok-type { color: #6cc0bd; }
          .tok-string { color: #e0a075; }
          .tok-comment { color: #9bb58c; }
          .tok-number { color: #c7a0e0; }
          .tok-preprocessor { color: #cfc07a; }
          .tok-markup { color: #7fa7e6; }
          .tok-attribute { color: #e0a075; }
        }

        div.table { overflow-x: auto; margin: 0.5em 0 1em 0; }
        table { border-collapse: collapse; max-width: 100%; font-size: 0.9em; }
        th, td {
          border: 1px solid #888;
          padding: 0.25em 0.5em;
          vertical-align: top;
          text-align: left;
          -webkit-hyphens: auto;
          hyphens: auto;
        }
        th { font-weight: bold; }
        .align-left { text-align: left; }
        .align-center { text-align: center; }
        .align-right { text-align: right; }
        .align-justify { text-align: justify; }

        figure { margin: 1em 0; text-align: center; page-break-inside: avoid; break-inside: avoid; }
        figure.group { page-break-inside: auto; break-inside: auto; }
        img.w-10 { width: 10%; } img.w-20 { width: 20%; } img.w-30 { width: 30%; } img.w-40 { width: 40%; }
        img.w-50 { width: 50%; } img.w-60 { width: 60%; } img.w-70 { width: 70%; } img.w-80 { width: 80%; }
        img.w-90 { width: 90%; } img.w-100 { width: 100%; }

        details { margin: 0.5em 0 1em 0; }
        details > summary { font-weight: bold; margin-bottom: 0.4em; }
        aside.sidebar { margin: 1em 0; padding: 0.4em 0.8em; border-left: 0.2em solid #888; }

        img { max-width: 100%; height: auto; }
        img.inline { max-height: 1.4em; width: auto; vertical-align: middle; }
        figcaption { font-size: 0.9em; font-style: italic; margin-top: 0.4em; text-align: center; }

        sup, sub { line-height: 0; font-size: 0.75em; }
        a[role="doc-noteref"] { text-decoration: none; }

        section.footnotes {
          margin-top: 2em;
          padding-top: 0.5em;
          border-top: 1px solid #888;
          font-size: 0.85em;
        }
        section.footnotes p { text-align: left; }
        aside { margin: 0 0 0.5em 0; }
        a.backlink { text-decoration: none; }

        section.titlepage { text-align: center; margin-top: 20%; }
        section.titlepage h1.title { font-size: 2.2em; margin-bottom: 0.3em; }
        section.titlepage p { text-align: center; }
        section.titlepage .subtitle { font-size: 1.3em; font-style: italic; }
        section.titlepage .authors { font-size: 1.2em; margin-top: 2em; }
        section.titlepage .publisher { margin-top: 3em; }
        section.titlepage .colophon { margin-top: 3em; font-size: 0.85em; }
        section.titlepage .colophon p { margin: 0.2em 0; }

        section.cover { text-align: center; margin: 0; padding: 0; }
        section.cover img { max-height: 95vh; max-width: 100%; }

        /* For reading systems that ignore the hidden attribute. */
        nav.landmarks, [hidden] { display: none; }
        nav ol { list-style-type: none; padding-left: 1.2em; }
        nav > ol { padding-left: 0; }
        nav li { margin: 0.3em 0; }
        nav a { text-decoration: none; }
        """;
}
