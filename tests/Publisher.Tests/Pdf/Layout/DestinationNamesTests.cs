using Publisher.Pdf.Layout;

namespace Publisher.Tests.Pdf.Layout;

public sealed class DestinationNamesTests
{
    [Fact]
    public void Ids_that_differ_only_in_accented_letters_get_different_ascii_names()
    {
        var plain = DestinationNames.For(2, "cafe");
        var accented = DestinationNames.For(2, "café");
        var greek = DestinationNames.For(2, "ελληνικά");

        Assert.Equal("ch2:cafe", plain);
        Assert.NotEqual(plain, accented);
        Assert.All(new[] { accented, greek }, name => Assert.All(name, c => Assert.InRange(c, '!', '~')));
        Assert.Equal(accented, DestinationNames.For(2, "café"));
    }

    [Fact]
    public void A_chapter_start_is_named_after_its_index() =>
        Assert.Equal("ch0", DestinationNames.For(0, null));
}
