using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Export;

/// <summary>Writes laid-out pages as a PDF: our own content streams, fonts and images on PDFsharp's object model.</summary>
internal static class PdfExporter
{
    /// <summary>Writes <paramref name="book"/> as a PDF to <paramref name="output"/>; the same input gives the same bytes.</summary>
    public static void Export(LaidOutBook book, Stream output, int? maxParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        Draw(book, maxParallelism).WriteTo(output);
    }

    /// <summary>
    /// Cuts the fonts, encodes the images and paints every page, on all cores (or at most
    /// <paramref name="maxParallelism"/>), ready to be written as one PDF. The bytes never depend on the core count.
    /// With a <paramref name="cache"/> (kept by a watch between builds), unchanged pages and pictures are taken from
    /// the last build; the bytes are the same.
    /// </summary>
    public static DrawnPdf Draw(LaidOutBook book, int? maxParallelism = null, ExportCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(book);
        if (book.Pages.Count == 0)
        {
            throw new ArgumentException("a laid-out book has at least one page", nameof(book));
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxParallelism ?? -1 };
        var usages = new PageUsage[book.Pages.Count];
        Parallel.For(0, usages.Length, parallel, i => usages[i] = cache is null ? PageUsage.Of(book.Pages[i]) : cache.Usage(book.Pages[i], PageUsage.Of));
        var resources = DocumentResources.Collect(usages, book.Fonts);
        cache?.Collected(resources);
        var pages = new PaintedPage[book.Pages.Count];
        PaintedPage Paint(int i) => cache is null
            ? PaintedPage.Paint(book.Pages[i], resources)
            : cache.Painted(book.Pages[i], usages[i], resources, () => PaintedPage.Paint(book.Pages[i], resources));

        // Fonts, images and pages are independent of each other: one pool of work keeps every core busy to the end.
        var work = resources.PreparationWork(cache)
            .Concat(book.Pages.Select((_, i) => (Action)(() => pages[i] = Paint(i))))
            .ToArray();
        Parallel.For(0, work.Length, parallel, i => work[i]());
        return new DrawnPdf(book, resources, pages);
    }
}
