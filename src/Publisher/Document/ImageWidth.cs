namespace Publisher.Document;

/// <summary>A picture's display width as the author gave it: CSS pixels, or a percentage of the text width.</summary>
internal sealed record ImageWidth(float Value, bool IsPercent)
{
    public static ImageWidth Pixels(float value) => new(value, IsPercent: false);

    public static ImageWidth Percent(float value) => new(value, IsPercent: true);
}
