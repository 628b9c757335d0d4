using System.Globalization;
using SkiaSharp;

namespace Publisher.Benchmarks;

/// <summary>Small but real pictures for the synthetic book: a PNG chart and an SVG diagram per chapter.</summary>
internal static class SyntheticImages
{
    public static byte[] Png(int seed, int width = 640, int height = 400)
    {
        var random = new Random(seed);
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0xf4, 0xf1, 0xea));
            using var bar = new SKPaint { IsAntialias = true };
            const int bars = 12;
            var barWidth = width / (bars * 1.5f);
            for (var i = 0; i < bars; i++)
            {
                bar.Color = SKColor.FromHsl((seed * 37 + i * 23) % 360, 55, 45);
                var barHeight = (float)(height * (0.15 + 0.75 * random.NextDouble()));
                var left = barWidth * 0.5f + i * barWidth * 1.5f;
                canvas.DrawRect(left, height - barHeight, barWidth, barHeight, bar);
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    public static byte[] Svg(int seed)
    {
        var hue = (seed * 53) % 360;
        var boxes = string.Concat(Enumerable.Range(0, 4).Select(i =>
            $"""<rect x="{20 + i * 120}" y="40" width="100" height="60" rx="8" fill="hsl({(hue + i * 30) % 360},60%,85%)" stroke="#333"/>""" +
            $"""<text x="{70 + i * 120}" y="76" font-size="14" text-anchor="middle" font-family="sans-serif">step {i + 1}</text>""" +
            (i < 3 ? $"""<path d="M{120 + i * 120} 70 h20" stroke="#333" stroke-width="2"/>""" : string.Empty)));
        var svg = $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="500" height="140" viewBox="0 0 500 140">
              <title>Pipeline diagram {seed.ToString(CultureInfo.InvariantCulture)}</title>
              {boxes}
            </svg>
            """;
        return System.Text.Encoding.UTF8.GetBytes(svg);
    }
}
