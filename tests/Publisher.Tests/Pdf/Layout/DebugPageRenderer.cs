using Publisher.Pdf.Layout;
using SkiaSharp;

namespace Publisher.Tests.Pdf.Layout;

/// <summary>A throwaway raster view of laid-out pages, to look at layout without the PDF exporter.</summary>
internal static class DebugPageRenderer
{
    public static void RenderAll(LaidOutBook book, string folder, float scale = 1f)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < book.Pages.Count; i++)
        {
            Render(book.Pages[i], Path.Combine(folder, $"page-{i + 1:000}.png"), scale);
        }
    }

    public static void Render(PageFrame page, string path, float scale)
    {
        using var bitmap = new SKBitmap((int)(page.Width * scale), (int)(page.Height * scale));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        foreach (var item in page.Items)
        {
            switch (item)
            {
                case RectItem rect:
                    using (var paint = new SKPaint { Color = rect.Fill })
                    {
                        canvas.DrawRect(rect.Rect, paint);
                    }

                    break;
                case LineItem line:
                    using (var paint = new SKPaint { Color = line.Color, StrokeWidth = line.Thickness, IsAntialias = true })
                    {
                        canvas.DrawLine(line.From, line.To, paint);
                    }

                    break;
                case TextRunItem text:
                    using (var font = new SKFont(text.Typeface, text.FontSize))
                    using (var paint = new SKPaint { Color = text.Color, IsAntialias = true })
                    using (var builder = new SKTextBlobBuilder())
                    {
                        var run = builder.AllocateHorizontalRun(font, text.Glyphs.Length, 0);
                        text.Glyphs.CopyTo(run.Glyphs);
                        text.GlyphX.CopyTo(run.Positions);
                        using var blob = builder.Build();
                        if (blob is not null)
                        {
                            canvas.DrawText(blob, text.X, text.Baseline, paint);
                        }
                    }

                    break;
                case ImageItem image when !image.Image.IsSvg:
                    using (var decoded = SKImage.FromEncodedData(image.Image.Data))
                    {
                        if (decoded is not null)
                        {
                            canvas.DrawImage(decoded, image.Rect, new SKSamplingOptions(SKFilterMode.Linear));
                        }
                    }

                    break;
                case ImageItem image:
                    using (var paint = new SKPaint { Color = SKColors.LightGreen })
                    {
                        canvas.DrawRect(image.Rect, paint);
                    }

                    break;
                case LinkItem link:
                    using (var paint = new SKPaint { Color = new SKColor(0, 0, 255, 40), Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f })
                    {
                        canvas.DrawRect(link.Rect, paint);
                    }

                    break;
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 90);
        File.WriteAllBytes(path, data.ToArray());
    }
}
