namespace Publisher.Tests.Build;

/// <summary>A small, correct book for end-to-end runs of the command line and the build script.</summary>
internal static class FixtureBook
{
    public const string Title = "The Fixture Book";

    public static void Write(TempDirectory folder)
    {
        folder.Write("book.yml", $"""
            title: {Title}
            authors:
              - Ada Example
            language: en
            """);
        folder.Write("content/01-start.md", """
            # Starting out

            Every book begins somewhere. This one goes on in [the next chapter](./02-going-on.md#a-section).
            """);
        folder.Write("content/02-going-on.md", """
            # Going on

            ## A section

            A list:

            - one
            - two
            """);
    }
}
