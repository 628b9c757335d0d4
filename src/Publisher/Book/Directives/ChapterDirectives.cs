using Publisher.Book.Layouts;
using Publisher.Diagnostics;

namespace Publisher.Book.Directives;

/// <summary>
/// Expands what a chapter's layout writes into its text before it is Markdown: mdBook's <c>{{#...}}</c> directives
/// in an mdBook, GitBook's template tags in a GitBook or HonKit book, nothing in a book.yml book.
/// </summary>
internal sealed class ChapterDirectives(BookLayout layout, IncludeFiles files, DiagnosticBag diagnostics)
{
    public MappedText Expand(string chapterPath, string text)
    {
        var mapped = MappedText.FromFile(chapterPath, text);
        return layout.Kind switch
        {
            BookLayoutKind.MdBook => new MdBookDirectives(files, diagnostics).Expand(mapped, [chapterPath]),
            BookLayoutKind.GitBook => new GitBookTemplates(files, layout.Settings.Variables, diagnostics).Expand(mapped, [chapterPath]),
            _ => mapped,
        };
    }
}
