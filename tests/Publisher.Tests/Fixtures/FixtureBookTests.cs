namespace Publisher.Tests.Fixtures;

public sealed class FixtureBookTests
{
    public static TheoryData<string> BadBookNames() => new(FixtureBooks.BadBookNames());

    [Fact]
    public void The_repository_root_holds_the_solution_and_the_sample_book()
    {
        Assert.True(File.Exists(Path.Combine(FixtureBooks.RepositoryRoot, "Publisher.sln")));
        Assert.True(File.Exists(Path.Combine(FixtureBooks.SampleBook, "book.yml")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(FixtureBooks.SampleBook, "content"), "*.md"));
    }

    [Fact]
    public void Every_good_fixture_book_has_a_manifest_and_chapters()
    {
        foreach (var book in new[] { FixtureBooks.SeedBook, FixtureBooks.MinimalBook })
        {
            Assert.True(File.Exists(Path.Combine(book, "book.yml")), book);
            Assert.True(Directory.GetFiles(Path.Combine(book, "content"), "*.md").Length >= 2, book);
        }
    }

    [Fact]
    public void A_file_listed_in_grow_txt_is_grown_sparse_in_the_copy_and_grow_txt_is_left_out()
    {
        var book = FixtureBooks.BadBook("chapter-too-large");
        var (path, bytes) = Assert.Single(FixtureBooks.ReadGrowList(Path.Combine(book, FixtureBooks.GrowList)));

        using var copy = FixtureBooks.CopyToTemp(book);

        Assert.True(new FileInfo(Path.Combine(book, path)).Length < 1024, "the committed file stays small");
        Assert.Equal(bytes, new FileInfo(Path.Combine(copy.Path, path)).Length);
        Assert.True(bytes > 64L * 1024 * 1024, "large enough for PUB114");
        Assert.False(File.Exists(Path.Combine(copy.Path, FixtureBooks.GrowList)));
    }

    [Theory]
    [MemberData(nameof(BadBookNames))]
    public void Every_bad_book_lists_expected_diagnostics_that_name_existing_files(string name)
    {
        var folder = FixtureBooks.BadBook(name);
        var expected = FixtureBooks.ExpectedDiagnostics(name);

        Assert.NotEmpty(expected);
        foreach (var diagnostic in expected)
        {
            Assert.Matches("^PUB[1-4][0-9]{2}$", diagnostic.Code);
            Assert.DoesNotContain('\\', diagnostic.File);

            // Without a book.yml there is no file to point into; every other diagnostic names a real file.
            if (diagnostic.Code == "PUB100")
            {
                Assert.False(File.Exists(Path.Combine(folder, diagnostic.File)));
                continue;
            }

            var path = Path.Combine(folder, diagnostic.File);

            // A folder (such as content/ when it holds no chapter) can only be named as a whole.
            if (diagnostic.File.EndsWith('/'))
            {
                Assert.True(Directory.Exists(path), $"{name}: {diagnostic} names a missing folder");
                Assert.Equal(0, diagnostic.Line);
                continue;
            }

            Assert.True(File.Exists(path), $"{name}: {diagnostic} names a missing file");
            Assert.True(diagnostic.Line <= CountLines(path), $"{name}: {diagnostic} is past the end of the file");
        }
    }

    [Fact]
    public void The_seed_book_expects_the_mojibake_warning_on_the_line_with_the_sequence()
    {
        var expected = ExpectedDiagnostic.ParseFile(Path.Combine(FixtureBooks.SeedBook, ExpectedDiagnostic.FileName));

        var mojibake = Assert.Single(expected);
        var lines = File.ReadAllLines(Path.Combine(FixtureBooks.SeedBook, mojibake.File));
        Assert.Contains("\u00e2\u20ac\u2039", lines[mojibake.Line - 1]);
    }

    [Fact]
    public void A_copied_book_is_byte_identical_and_outside_the_repository()
    {
        using var copy = FixtureBooks.CopyToTemp(FixtureBooks.BadBook("invalid-utf8"));

        Assert.False(copy.Path.StartsWith(FixtureBooks.RepositoryRoot, StringComparison.Ordinal));
        var original = Path.Combine(FixtureBooks.BadBook("invalid-utf8"), "content", "01-latin1.md");
        var copied = Path.Combine(copy.Path, "content", "01-latin1.md");
        Assert.Equal(File.ReadAllBytes(original), File.ReadAllBytes(copied));
    }

    [Fact]
    public void A_copy_of_the_sample_book_leaves_out_the_source_code_and_old_artifacts()
    {
        using var copy = FixtureBooks.CopyToTemp(FixtureBooks.SampleBook);

        Assert.True(File.Exists(Path.Combine(copy.Path, "book.yml")));
        Assert.True(Directory.Exists(Path.Combine(copy.Path, "content")));
        Assert.True(Directory.Exists(Path.Combine(copy.Path, "images")));
        Assert.False(Directory.Exists(Path.Combine(copy.Path, "src")));
        Assert.False(Directory.Exists(Path.Combine(copy.Path, "artifacts")));
    }

    private static int CountLines(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length == 0)
        {
            return 1;
        }

        var newlines = bytes.Count(b => b == (byte)'\n');
        return bytes[^1] == (byte)'\n' ? newlines : newlines + 1;
    }
}
