using SkiaSharp;

namespace Publisher.Tests.Support;

public sealed class NoSystemFontsTests
{
    [Fact]
    public void The_tests_see_no_font_of_the_machine_as_on_a_fresh_one()
    {
        Assert.Equal(NoSystemFonts.ConfigurationFile, Environment.GetEnvironmentVariable(NoSystemFonts.Variable));
        Assert.Equal(0, SKFontManager.Default.FontFamilyCount);
        Assert.Null(SKFontManager.Default.MatchCharacter('A'));
    }
}
