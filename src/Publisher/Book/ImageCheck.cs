namespace Publisher.Book;

/// <summary>The outcome of reading one image file: the image to publish, or what is wrong with it.</summary>
internal sealed record ImageCheck
{
    public string? MediaType { get; private init; }
    public byte[] Data { get; private init; } = [];
    public int Width { get; private init; }
    public int Height { get; private init; }

    /// <summary>The original size when the image was too large and was downscaled.</summary>
    public (int Width, int Height)? DownscaledFrom { get; private init; }

    /// <summary>What is wrong with the file, in plain words; null when it is a good image.</summary>
    public string? Problem { get; private init; }

    public static ImageCheck Good(string mediaType, byte[] data, int width, int height, (int, int)? downscaledFrom = null) =>
        new() { MediaType = mediaType, Data = data, Width = width, Height = height, DownscaledFrom = downscaledFrom };

    public static ImageCheck Bad(string problem) => new() { Problem = problem };

    /// <summary>The same image with other bytes to publish (an SVG made self-contained).</summary>
    public ImageCheck WithData(byte[] data) => this with { Data = data };
}
