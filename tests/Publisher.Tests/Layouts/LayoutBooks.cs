using Publisher.Tests.EndToEnd;
using Publisher.Tests.Fixtures;

namespace Publisher.Tests.Layouts;

/// <summary>The three layout fixture books (mdBook, GitBook, GitHub series), each published once for a test class.</summary>
public sealed class LayoutBooks : IDisposable
{
    private readonly Lazy<PublishedBook> _mdBook = new(() => PublishedBook.Publish(FixtureBooks.MdBookBook));
    private readonly Lazy<PublishedBook> _gitBook = new(() => PublishedBook.Publish(FixtureBooks.GitBookBook));
    private readonly Lazy<PublishedBook> _series = new(() => PublishedBook.Publish(FixtureBooks.SeriesBook));

    internal PublishedBook MdBook => _mdBook.Value;

    internal PublishedBook GitBook => _gitBook.Value;

    internal PublishedBook Series => _series.Value;

    public void Dispose()
    {
        foreach (var book in new[] { _mdBook, _gitBook, _series }.Where(b => b.IsValueCreated))
        {
            book.Value.Dispose();
        }
    }
}
