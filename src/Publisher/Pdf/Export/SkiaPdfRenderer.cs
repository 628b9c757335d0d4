using Publisher.Pdf.Layout;
using Publisher.Pdf.Text;
using SkiaSharp;

namespace Publisher.Pdf.Export;

/// <summary>Draws every page frame into a PDF with Skia: one PDF page per frame, at the frame's size.</summary>
internal static class SkiaPdfRenderer
{
    /// <summary>The drawn PDF, in memory, ready for the structure pass.</summary>
    public static byte[] Render(IReadOnlyList<PageFrame> pages, FontSet bookFonts, SKDocumentPdfMetadata info)
    {
        using var fonts = FontSubsets.For(pages, bookFonts);
        // A native buffer: Skia writes a PDF in many small pieces, and a managed stream would take each one through a
        // callback and grow by copying on the large-object heap.
        using var buffer = new SKDynamicMemoryWStream();
        using (var document = SKDocument.CreatePdf(buffer, info)
            ?? throw new InvalidOperationException("Skia could not create a PDF document"))
        using (var drawer = new PageItemDrawer(fonts))
        {
            foreach (var page in pages)
            {
                var canvas = document.BeginPage(page.Width, page.Height);
                drawer.Draw(canvas, page.Items);
                document.EndPage();
            }

            document.Close();
        }

        using var drawn = buffer.DetachAsData();
        return drawn.ToArray();
    }

    /// <summary>
    /// Each chunk of pages drawn as a PDF of its own, in parallel (one Skia document per thread, each with its own
    /// font subsets and images), returned in page order.
    /// </summary>
    public static byte[][] Render(IReadOnlyList<PageFrame> pages, FontSet bookFonts, IReadOnlyList<PageChunk> chunks, SKDocumentPdfMetadata info)
    {
        var drawn = new byte[chunks.Count][];
        if (chunks.Count == 1)
        {
            drawn[0] = Render(pages, bookFonts, info);
            return drawn;
        }

        Parallel.For(0, chunks.Count, new ParallelOptions { MaxDegreeOfParallelism = chunks.Count }, i =>
        {
            var chunk = chunks[i];
            drawn[i] = Render(pages.Skip(chunk.FirstPageIndex).Take(chunk.PageCount).ToList(), bookFonts, info);
        });
        return drawn;
    }
}
