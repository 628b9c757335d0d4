namespace Publisher.Epub;

/// <summary>The writing direction of a language, for <c>dir</c> attributes and the spine's page progression.</summary>
internal static class TextDirection
{
    private static readonly HashSet<string> RightToLeftLanguages =
        new(StringComparer.OrdinalIgnoreCase) { "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku", "ps", "sd", "syr", "ug", "ur", "yi" };

    /// <summary><c>rtl</c> for languages written right to left (by their primary subtag), else <c>ltr</c>.</summary>
    public static string Of(string language)
    {
        var primary = language.Split('-', '_')[0];
        return RightToLeftLanguages.Contains(primary) ? "rtl" : "ltr";
    }
}
