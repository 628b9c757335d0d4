using System.Diagnostics;
using Publisher.Book;
using Publisher.Markdown;
using Publisher.Pdf.Layout;
using Publisher.Pdf.Export;
using Publisher.Epub;
using Xunit.Abstractions;

namespace Publisher.Tests.Scratch;

public sealed class StageTimes(ITestOutputHelper output)
{
    [Fact]
    public void Measure()
    {
        using var temp = new TempDirectory();
        Publisher.Benchmarks.SyntheticBook.Write(temp.Path, 50);
        for (var run = 0; run < 3; run++)
        {
            var clock = Stopwatch.StartNew();
            var diagnostics = new DiagnosticBag();
            var source = BookLoader.Load(new BookLoadRequest(temp.Path, Timestamp: DateTimeOffset.UnixEpoch), diagnostics)!;
            var tLoad = clock.Elapsed.TotalMilliseconds; clock.Restart();
            var doc = DocumentBuilder.Build(source, diagnostics);
            var tDoc = clock.Elapsed.TotalMilliseconds; clock.Restart();
            var book = BookTypesetter.Typeset(doc, diagnostics);
            var tLayout = clock.Elapsed.TotalMilliseconds; clock.Restart();
            var drawn = PdfExporter.Draw(book);
            var tDraw = clock.Elapsed.TotalMilliseconds; clock.Restart();
            using var ms = new MemoryStream();
            drawn.WriteTo(ms);
            var tJoin = clock.Elapsed.TotalMilliseconds; clock.Restart();
            using var ms2 = new MemoryStream();
            EpubWriter.Write(doc, ms2);
            var tEpub = clock.Elapsed.TotalMilliseconds; clock.Restart();
            var html = doc.Chapters.Select(c => ChapterPage.Create(doc, c)).ToList();
            var tHtml = clock.Elapsed.TotalMilliseconds; clock.Restart();
            var one = ChapterPage.Create(doc, doc.Chapters[10]);
            var tOne = clock.Elapsed.TotalMilliseconds; clock.Restart();
            output.WriteLine($"load {tLoad:0} doc {tDoc:0} layout {tLayout:0} draw {tDraw:0} join {tJoin:0} epub {tEpub:0} html {tHtml:0} one {tOne:0.0} pages {book.Pages.Count}");
        }
    }
}
