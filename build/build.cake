// Publisher's build: compiles the tool, runs the tests, and turns a book into its EPUB and PDF.
// Run it through ./build.sh (or ./build.ps1), which restores the pinned Cake tool first:
//
//   ./build.sh                                  the sample book's EPUB and PDF in artifacts/
//   ./build.sh --book=DIR                       another book, into DIR/artifacts/
//   ./build.sh --target=Package --book-version=1.2.0
//
// Targets: Clean, Restore, Build, Tool, Test, Epub, Pdf, Ebooks, Validate, Package, CI, Bench, Watch, Version, Default.
// Arguments: --book=DIR --output=DIR --strict --book-version=X.Y.Z --configuration=Release
//            --no-build (use the tool as last built, e.g. by the tests)
//            --stress=NAME[,NAME]|all (Bench: the growth scenarios, see tests/Publisher.Benchmarks/README.md)
//            Watch only: --port=N (default 3000) --open --format=epub|pdf|all
// The tasks drive the library through the publisher command line, so any book folder works.

using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

//////////////////////////////////////////////////////////////////////
// ARGUMENTS
//////////////////////////////////////////////////////////////////////

var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
var strict = IsSet("strict");
var noBuild = IsSet("no-build");

// The script runs in build/; the repository is one level up. Paths given by the person running
// build.sh are relative to where they stood, which build.sh passes on in PUBLISHER_CALLER_DIR.
var repositoryRoot = MakeAbsolute(Directory(".."));
var callerDirectory = new DirectoryPath(EnvironmentVariable("PUBLISHER_CALLER_DIR") ?? repositoryRoot.FullPath);
var bookDirectory = new DirectoryPath(Argument("book", repositoryRoot.FullPath)).MakeAbsolute(callerDirectory).Collapse();
var outputDirectory = HasArgument("output")
    ? new DirectoryPath(Argument<string>("output")).MakeAbsolute(callerDirectory).Collapse()
    : bookDirectory.Combine("artifacts");

var solution = repositoryRoot.CombineWithFilePath("Publisher.sln");
// The Tool task publishes the command line precompiled for this machine, which starts twice as fast as the plain build;
// --no-build uses the plain build, as the tests left it.
var cliProject = repositoryRoot.CombineWithFilePath("src/Publisher.Cli/Publisher.Cli.csproj");
var toolDirectory = repositoryRoot.Combine($"src/Publisher.Cli/bin/{configuration}/tool");
var cliAssembly = noBuild
    ? repositoryRoot.CombineWithFilePath($"src/Publisher.Cli/bin/{configuration}/net10.0/Publisher.Cli.dll")
    : toolDirectory.CombineWithFilePath("Publisher.Cli.dll");
// The version asked for (--book-version, else a vX.Y.Z tag); null leaves it to book.yml, else a development version.
var requestedVersion = RequestedVersion();
var developmentVersion = new Lazy<string>(() => $"0.0.0-dev+{GitCommit(bookDirectory, shortForm: true) ?? "unknown"}");

// Filled by the Ebooks, Epub and Pdf tasks from the command line's JSON report: the files written and the version.
var ebooks = new List<FilePath>();
BookVersion bookVersion = requestedVersion;

//////////////////////////////////////////////////////////////////////
// TASKS
//////////////////////////////////////////////////////////////////////

Setup(context =>
{
    Information("Book:    {0}", bookDirectory);
    Information("Output:  {0}", outputDirectory);
    Information("Version: {0}", requestedVersion?.Describe() ?? $"book.yml's, else {developmentVersion.Value}");
});

Task("Clean")
    .Description("Delete the book's artifacts and the compiled tool")
    .Does(() =>
{
    // A folder given with --output may hold other files too: remove only what the build writes there.
    DeleteFiles(new[] { "*.epub", "*.pdf", "SHA256SUMS", "build-info.json" }
        .SelectMany(pattern => GetFiles($"{outputDirectory.FullPath}/{pattern}")));
    CleanDirectories(repositoryRoot.FullPath + "/src/*/bin");
    CleanDirectories(repositoryRoot.FullPath + "/src/*/obj");
    CleanDirectories(repositoryRoot.FullPath + "/tests/*/bin");
    CleanDirectories(repositoryRoot.FullPath + "/tests/*/obj");
});

Task("Restore")
    .Description("Restore the NuGet packages")
    .WithCriteria(!noBuild, "--no-build")
    .Does(() => DotNetRestore(solution.FullPath));

Task("Build")
    .Description("Compile the library, the command line and the tests")
    .IsDependentOn("Restore")
    .WithCriteria(!noBuild, "--no-build")
    .Does(() => DotNetBuild(solution.FullPath, new DotNetBuildSettings
    {
        Configuration = configuration,
        NoRestore = true,
    }));

Task("Tool")
    .Description("Publish the command line precompiled (ReadyToRun) for this machine")
    .WithCriteria(!noBuild, "--no-build")
    .Does(() => PublishPrecompiled(cliProject, toolDirectory));

Task("Test")
    .Description("Run the test suite")
    .IsDependentOn("Build")
    .Does(() => DotNetTest(solution.FullPath, new DotNetTestSettings
    {
        Configuration = configuration,
        NoBuild = true,
        NoRestore = true,
    }));

Task("Epub")
    .Description("Write the book's EPUB")
    .IsDependentOn("Tool")
    .Does(() => ebooks.AddRange(PublishBook("epub")));

Task("Pdf")
    .Description("Write the book's PDF")
    .IsDependentOn("Tool")
    .Does(() => ebooks.AddRange(PublishBook("pdf")));

Task("Ebooks")
    .Description("Write the book's EPUB and PDF")
    .IsDependentOn("Tool")
    .Does(() => ebooks.AddRange(PublishBook("all")));

Task("Validate")
    .Description("Check the EPUB with EPUBCheck and Ace by DAISY, the PDF with qpdf; fail on any error, warning or violation")
    .IsDependentOn("Ebooks")
    .Does(() =>
{
    foreach (var epub in ebooks.Where(file => file.GetExtension() == ".epub"))
    {
        ValidateEpub(epub);
        ValidateEpubAccessibility(epub);
    }

    foreach (var pdf in ebooks.Where(file => file.GetExtension() == ".pdf"))
    {
        ValidatePdf(pdf);
    }
});

Task("Package")
    .Description("Versioned EPUB and PDF, SHA256SUMS and build-info.json in the output folder")
    .IsDependentOn("Ebooks")
    .Does(() =>
{
    if (ebooks.Count == 0)
    {
        throw new CakeException("the build wrote no ebook to package");
    }

    var version = bookVersion.Value;
    var packaged = ebooks.Select(ebook => CopyWithVersion(ebook, version)).ToList();
    WriteChecksums(packaged, outputDirectory.CombineWithFilePath("SHA256SUMS"));
    WriteBuildInfo(version, outputDirectory.CombineWithFilePath("build-info.json"));
    foreach (var file in packaged)
    {
        Information("Packaged {0}", file);
    }

    WriteGitHubOutputs(("slug", ebooks[0].GetFilenameWithoutExtension().ToString()), ("version", version));
});

Task("CI")
    .Description("Everything CI does: tests, packaged ebooks, validation")
    .IsDependentOn("Test")
    .IsDependentOn("Package")
    .IsDependentOn("Validate");

Task("Bench")
    .Description("Run the benchmarks on a generated 50-chapter book and a 100-chapter mdBook-shaped book (--stress=NAME|all: the growth scenarios instead)")
    .Does(() =>
{
    var stress = HasArgument("stress") ? Argument<string>("stress") : null;
    var project = repositoryRoot.CombineWithFilePath("tests/Publisher.Benchmarks/Publisher.Benchmarks.csproj");
    if (!FileExists(project))
    {
        throw new CakeException($"The benchmark project {project} does not exist yet.");
    }

    // Precompiled and configured like the command line (see src/Publisher.Cli/BatchRuntime.props), so the figures are
    // those of a user's build.
    var benchDirectory = repositoryRoot.Combine("tests/Publisher.Benchmarks/bin/Release/tool");
    PublishPrecompiled(project, benchDirectory, "Release");
    var bench = Quote(benchDirectory.CombineWithFilePath("Publisher.Benchmarks.dll").FullPath);
    if (stress is not null)
    {
        Run("dotnet", $"{bench} --stress {Quote(stress)}");
        return;
    }

    Run("dotnet", $"{bench} --chapters 50");
    Run("dotnet", $"{bench} --layout mdbook --chapters 100");
    // The author's loop: edit-to-PDF and edit-to-preview times, then the memory the watch keeps over 200 rebuilds.
    Run("dotnet", $"{bench} --watch --chapters 50 --edits 10 --rebuilds 200");
});

Task("Watch")
    .Description("Build the ebooks, show the book live in the browser and rebuild both after every change (Ctrl+C stops)")
    .IsDependentOn("Tool")
    .Does(() =>
{
    if (!FileExists(cliAssembly))
    {
        throw new CakeException($"{cliAssembly} is missing: build it first (leave out --no-build).");
    }

    var arguments = new ProcessArgumentBuilder()
        .AppendQuoted(cliAssembly.FullPath)
        .Append("watch")
        .AppendQuoted(bookDirectory.FullPath)
        .Append("--output").AppendQuoted(outputDirectory.FullPath)
        .Append("--format").Append(Argument("format", "all"))
        .Append("--port").Append(Argument("port", 3000).ToString(System.Globalization.CultureInfo.InvariantCulture));
    if (IsSet("open"))
    {
        arguments.Append("--open");
    }

    if (requestedVersion is not null)
    {
        arguments.Append("--book-version").AppendQuoted(requestedVersion.Value);
    }

    // Ctrl+C reaches the command line too (it shares the terminal) and stops it cleanly; the build waits for that.
    Console.CancelKeyPress += (_, e) => e.Cancel = true;
    var exitCode = StartProcess("dotnet", new ProcessSettings { Arguments = arguments, WorkingDirectory = repositoryRoot });
    if (exitCode != 0)
    {
        throw new CakeException($"publisher watch stopped with exit code {exitCode} (see above).");
    }
});

Task("Version")
    .Description("Print the version the ebooks get, and where it comes from")
    .IsDependentOn("Tool")
    .Does(() => Information("Book version: {0}", (requestedVersion ?? ManifestVersion()).Describe()));

Task("Default")
    .Description("The book's EPUB and PDF")
    .IsDependentOn("Ebooks");

RunTarget(target);

//////////////////////////////////////////////////////////////////////
// HELPERS
//////////////////////////////////////////////////////////////////////

// dotnet publish for this machine's runtime, with ReadyToRun code: the JIT barely runs at start-up.
void PublishPrecompiled(FilePath project, DirectoryPath output, string publishConfiguration = null)
{
    DotNetPublish(project.FullPath, new DotNetPublishSettings
    {
        Configuration = publishConfiguration ?? configuration,
        OutputDirectory = output,
        SelfContained = false,
        PublishReadyToRun = true,
        ArgumentCustomization = args => args.Append("--use-current-runtime"),
    });
}

// Runs `publisher build` on the book and returns the files it wrote, as its JSON report lists them; the report also says
// which version the ebooks got and where it came from.
List<FilePath> PublishBook(string format)
{
    var arguments = new ProcessArgumentBuilder()
        .Append("build")
        .AppendQuoted(bookDirectory.FullPath)
        .Append("--output").AppendQuoted(outputDirectory.FullPath)
        .Append("--format").Append(format);
    if (strict)
    {
        arguments.Append("--warnings-as-errors");
    }

    arguments = requestedVersion is null
        ? arguments.Append("--default-book-version").AppendQuoted(developmentVersion.Value)
        : arguments.Append("--book-version").AppendQuoted(requestedVersion.Value);
    var (exitCode, report) = Publisher(arguments);
    switch (exitCode)
    {
        case 0:
            break;
        case 1:
            throw new CakeException($"The book in {bookDirectory} has problems (listed above); no ebook was written.");
        default:
            throw new CakeException($"publisher build failed with exit code {exitCode} (see above).");
    }

    bookVersion = VersionOf(report.RootElement.GetProperty("book"))
        ?? throw new CakeException("publisher build reported no version, though it was given one");
    Information("Book version: {0}", bookVersion.Describe());
    return report.RootElement.GetProperty("artifacts").EnumerateArray()
        .Select(artifact => new FilePath(artifact.GetProperty("path").GetString()))
        .ToList();
}

// The version book.yml gives, else the development version, read from `publisher check --json`.
BookVersion ManifestVersion()
{
    var (_, report) = Publisher(new ProcessArgumentBuilder().Append("check").AppendQuoted(bookDirectory.FullPath));
    var book = report.RootElement.GetProperty("book");
    if (VersionOf(book) is { } written)
    {
        return written;
    }

    // Without a readable book.yml and chapters the check cannot know the version; it listed why above.
    if (book.GetProperty("title").ValueKind == JsonValueKind.Null || !report.RootElement.GetProperty("succeeded").GetBoolean())
    {
        throw new CakeException($"The book in {bookDirectory} has problems (listed above), so its version is unknown.");
    }

    return new BookVersion(developmentVersion.Value, "development build");
}

// The version in a JSON report's "book" part, with where it came from in the terms of this script.
BookVersion VersionOf(JsonElement book)
{
    var value = book.GetProperty("version").GetString();
    return value is null ? null : book.GetProperty("versionSource").GetString() switch
    {
        "--book-version" => requestedVersion,
        "book.yml" => new BookVersion(value, "book.yml"),
        _ => new BookVersion(value, "development build"),
    };
}

// Runs the command line with --json. Its report on stdout is returned; its messages for people go straight to the log
// (on stderr, with GitHub's annotation lines inside GitHub Actions).
(int ExitCode, JsonDocument Report) Publisher(ProcessArgumentBuilder arguments)
{
    if (!FileExists(cliAssembly))
    {
        throw new CakeException($"{cliAssembly} is missing: build it first (leave out --no-build).");
    }

    var command = new ProcessArgumentBuilder().AppendQuoted(cliAssembly.FullPath);
    foreach (var argument in arguments)
    {
        command.Append(argument);
    }

    var run = Run("dotnet", command.Append("--json").Render(), captureOutput: true, allowFailure: true);
    var json = string.Join("\n", run.Lines);
    if (run.ExitCode > 1 || json.Length == 0)
    {
        throw new CakeException($"publisher failed with exit code {run.ExitCode} (see above).");
    }

    return (run.ExitCode, JsonDocument.Parse(json));
}

void ValidateEpub(FilePath epub)
{
    var jar = EnvironmentVariable("EPUBCHECK_JAR") ?? "/usr/share/java/epubcheck.jar";
    if (!FileExists(jar) || !ToolExists("java"))
    {
        throw new CakeException(
            $"EPUBCheck is not installed (looked for java and {jar}). On Debian: apt-get install epubcheck; "
            + "elsewhere set EPUBCHECK_JAR to the epubcheck.jar file.");
    }

    var report = new FilePath(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"epubcheck-{Guid.NewGuid():N}.json"));
    // EPUBCheck exits non-zero on errors; its JSON report says why, so read that rather than the exit code.
    Run("java", $"-jar {Quote(jar)} {Quote(epub.FullPath)} --json {Quote(report.FullPath)}", allowFailure: true);
    if (!FileExists(report))
    {
        throw new CakeException($"EPUBCheck did not run on {epub.GetFilename()} (no report written; see above).");
    }

    using var json = JsonDocument.Parse(System.IO.File.ReadAllText(report.FullPath));
    var checker = json.RootElement.GetProperty("checker");
    var problems = checker.GetProperty("nFatal").GetInt32() + checker.GetProperty("nError").GetInt32()
        + checker.GetProperty("nWarning").GetInt32();
    foreach (var message in json.RootElement.GetProperty("messages").EnumerateArray())
    {
        Warning("{0} {1}: {2} ({3})", message.GetProperty("severity").GetString(), message.GetProperty("ID").GetString(),
            message.GetProperty("message").GetString(), DescribeLocations(message));
    }

    DeleteFile(report);
    if (problems > 0)
    {
        throw new CakeException($"EPUBCheck found {problems} error(s) or warning(s) in {epub.GetFilename()}");
    }

    Information("EPUBCheck: {0} has no errors and no warnings", epub.GetFilename());
}

// Ace by DAISY (npm @daisy/ace, pinned; .ci/run installs it into tools/ace) runs axe-core in Debian's chromium on every
// content document and checks the accessibility metadata. Missing, it fails CI and is a reported skip elsewhere.
void ValidateEpubAccessibility(FilePath epub)
{
    var ace = repositoryRoot.CombineWithFilePath("tools/ace/node_modules/@daisy/ace/bin/ace-puppeteer.js");
    var chromium = EnvironmentVariable("PUPPETEER_EXECUTABLE_PATH") ?? "/usr/bin/chromium";
    if (!FileExists(ace) || !FileExists(chromium) || !ToolExists("node"))
    {
        var missing = $"Ace by DAISY needs node, {ace} (PUPPETEER_SKIP_DOWNLOAD=1 ELECTRON_SKIP_BINARY_DOWNLOAD=1 "
            + $"npm install --prefix tools/ace @daisy/ace@1.4.6) and {chromium} (apt-get install chromium)";
        if (IsContinuousIntegration())
        {
            throw new CakeException($"{missing}; CI must install them (.ci/run does)");
        }

        Warning("Skipping the accessibility check of {0}: {1}", epub.GetFilename(), missing);
        return;
    }

    var reportDirectory = new DirectoryPath(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"ace-{Guid.NewGuid():N}"));
    var settings = new ProcessSettings
    {
        Arguments = $"{Quote(ace.FullPath)} --force --silent --outdir {Quote(reportDirectory.FullPath)} {Quote(epub.FullPath)}",
        WorkingDirectory = repositoryRoot,
        EnvironmentVariables = new Dictionary<string, string> { ["PUPPETEER_EXECUTABLE_PATH"] = chromium },
    };
    StartProcess("node", settings);
    var report = reportDirectory.CombineWithFilePath("report.json");
    if (!FileExists(report))
    {
        throw new CakeException($"Ace did not run on {epub.GetFilename()} (no report written; see above).");
    }

    using var json = JsonDocument.Parse(System.IO.File.ReadAllText(report.FullPath));
    var violations = 0;
    foreach (var document in json.RootElement.GetProperty("assertions").EnumerateArray())
    {
        foreach (var assertion in document.GetProperty("assertions").EnumerateArray())
        {
            violations++;
            Warning("Ace {0}: {1} ({2}): {3}", document.GetProperty("earl:testSubject").GetProperty("url").GetString(),
                assertion.GetProperty("earl:test").GetProperty("dct:title").GetString(),
                assertion.GetProperty("earl:test").GetProperty("earl:impact").GetString(),
                assertion.GetProperty("earl:result").GetProperty("dct:description").GetString());
        }
    }

    DeleteDirectory(reportDirectory, new DeleteDirectorySettings { Recursive = true, Force = true });
    if (violations > 0)
    {
        throw new CakeException($"Ace by DAISY found {violations} violation(s) in {epub.GetFilename()}");
    }

    Information("Ace by DAISY: {0} has no accessibility violations", epub.GetFilename());
}

void ValidatePdf(FilePath pdf)
{
    if (!ToolExists("qpdf"))
    {
        if (IsContinuousIntegration())
        {
            throw new CakeException("qpdf is not installed; CI needs it to check the PDF (apt-get install qpdf)");
        }

        Warning("qpdf is not installed; skipping the structural check of {0}", pdf.GetFilename());
        return;
    }

    Run("qpdf", $"--check {Quote(pdf.FullPath)}");
    Information("qpdf: {0} is structurally sound", pdf.GetFilename());
}

FilePath CopyWithVersion(FilePath ebook, string version)
{
    var versioned = outputDirectory.CombineWithFilePath(
        $"{ebook.GetFilenameWithoutExtension()}-{version}{ebook.GetExtension()}");
    CopyFile(ebook, versioned);
    return versioned;
}

// One "HASH  NAME" line per file, the format `sha256sum -c SHA256SUMS` checks, run in the same folder.
void WriteChecksums(IEnumerable<FilePath> files, FilePath checksums)
{
    var lines = files.Select(file =>
    {
        using var stream = System.IO.File.OpenRead(file.FullPath);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        return $"{hash}  {file.GetFilename()}\n";
    });
    System.IO.File.WriteAllText(checksums.FullPath, string.Concat(lines));
}

void WriteBuildInfo(string version, FilePath buildInfo)
{
    var info = new
    {
        version,
        commit = GitCommit(bookDirectory, shortForm: false) ?? EnvironmentVariable("GITHUB_SHA") ?? "unknown",
        tools = new Dictionary<string, string>
        {
            ["publisher"] = Run("dotnet", $"{Quote(cliAssembly.FullPath)} --version", captureOutput: true).Lines.FirstOrDefault() ?? "unknown",
            ["dotnet-sdk"] = Run("dotnet", "--version", captureOutput: true).Lines.FirstOrDefault() ?? "unknown",
            ["cake"] = typeof(ICakeContext).Assembly.GetName().Version?.ToString(3) ?? "unknown",
        },
        packages = PackageVersions(repositoryRoot.CombineWithFilePath("src/Publisher/Publisher.csproj")),
    };
    var json = JsonSerializer.Serialize(info, new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keeps "0.1.0+abc" readable
    });
    System.IO.File.WriteAllText(buildInfo.FullPath, json + "\n");
}

SortedDictionary<string, string> PackageVersions(FilePath project) => new(
    XDocument.Load(project.FullPath).Descendants("PackageReference")
        .ToDictionary(reference => (string)reference.Attribute("Include"), reference => (string)reference.Attribute("Version")),
    StringComparer.Ordinal);

// --book-version, else a vX.Y.Z tag in GITHUB_REF_NAME; null when neither is there (book.yml's version, read by the
// command line, else the development version 0.0.0-dev+<short commit>).
BookVersion RequestedVersion()
{
    if (HasArgument("book-version"))
    {
        return new BookVersion(Argument<string>("book-version"), "--book-version");
    }

    var tag = EnvironmentVariable("GITHUB_REF_NAME") ?? "";
    var tagMatch = Regex.Match(tag, @"^v(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?)$");
    return tagMatch.Success ? new BookVersion(tagMatch.Groups[1].Value, $"tag {tag}") : null;
}

string GitCommit(DirectoryPath directory, bool shortForm)
{
    var arguments = shortForm ? "rev-parse --short HEAD" : "rev-parse HEAD";
    try
    {
        var exitCode = StartProcess("git", new ProcessSettings
        {
            Arguments = arguments,
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }, out var output);
        return exitCode == 0 ? output.FirstOrDefault()?.Trim() : null;
    }
    catch (Exception)
    {
        return null;
    }
}

// A switch such as --strict, given bare or as --strict=true.
bool IsSet(string name) => HasArgument(name) && Argument(name, "true") != "false";

// Hands values to later workflow steps (steps.<id>.outputs.<name>) when running in GitHub Actions.
void WriteGitHubOutputs(params (string Name, string Value)[] outputs)
{
    var outputFile = EnvironmentVariable("GITHUB_OUTPUT");
    if (!string.IsNullOrEmpty(outputFile))
    {
        System.IO.File.AppendAllLines(outputFile, outputs.Select(output => $"{output.Name}={output.Value}"));
    }
}

bool IsContinuousIntegration() =>
    string.Equals(EnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

bool ToolExists(string tool) => Context.Tools.Resolve(tool) is not null || Context.Tools.Resolve(tool + ".exe") is not null;

string DescribeLocations(JsonElement message) => string.Join(", ",
    message.GetProperty("locations").EnumerateArray().Select(location =>
        $"{location.GetProperty("path").GetString()}({location.GetProperty("line").GetInt32()},{location.GetProperty("column").GetInt32()})"));

static string Quote(string value) => "\"" + value + "\"";

// Runs a program in the repository folder; fails the build when it fails. Captured output is returned,
// and echoed when asked; otherwise the program writes straight to the console.
ProcessOutput Run(string program, string arguments, bool captureOutput = false, bool echo = false, bool allowFailure = false)
{
    var settings = new ProcessSettings { Arguments = arguments, WorkingDirectory = repositoryRoot };
    var lines = new List<string>();
    int exitCode;
    if (captureOutput)
    {
        settings.RedirectStandardOutput = true;
        exitCode = StartProcess(program, settings, out var output);
        lines.AddRange(output);
        // Echoed as-is so GitHub still sees the command line's ::error annotation lines.
        foreach (var line in echo ? lines : [])
        {
            Console.WriteLine(line);
        }
    }
    else
    {
        exitCode = StartProcess(program, settings);
    }

    if (exitCode != 0 && !allowFailure)
    {
        throw new CakeException($"{program} {arguments} failed with exit code {exitCode}");
    }

    return new ProcessOutput(exitCode, lines);
}

record ProcessOutput(int ExitCode, List<string> Lines);

// The version a build stamps into the ebooks, and where it came from.
record BookVersion(string Value, string Source)
{
    public string Describe() => $"{Value} (from {Source})";
}
