using Publisher.Tests.Fixtures;

namespace Publisher.Tests.Cli;

/// <summary><c>publisher check</c> says which layout it recognised and which chapters it will build.</summary>
public sealed class CheckContentsTests
{
    [Fact]
    public void Check_prints_the_recognised_layout_and_the_nested_chapter_list_on_stdout()
    {
        using var book = FixtureBooks.CopyToTemp(FixtureBooks.MdBookBook);

        var run = RealCli.Run(book.Path, "check", book.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            """
            layout: mdBook (book.toml, book.yml, src/SUMMARY.md)
            7 chapters:
              Introduction  (src/README.md)
              [part] Getting started
                1. Installing the lamp  (src/setup/README.md)
                  1.1. Wiring  (src/setup/wiring.md)
                    1.1.1. Fuses  (src/setup/fuses.md)
                2. Daily rounds  (src/rounds.md)
              [part] Reference
                3. Signals  (src/signals.md)
              Contributors  (src/contributors.md)
            'The Lighthouse Keeper's Manual' is ready to publish.
            """,
            run.Stdout.TrimEnd().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_book_yml_book_is_listed_too()
    {
        using var book = FixtureBooks.CopyToTemp(FixtureBooks.MinimalBook);

        var run = RealCli.Run(book.Path, "check", book.Path);

        Assert.StartsWith("layout: Publisher (book.yml)\n2 chapters:\n", run.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
