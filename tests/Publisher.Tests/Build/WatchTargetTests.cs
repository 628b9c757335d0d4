using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Publisher.Tests.Build;

/// <summary><c>./build.sh --target=Watch</c>: the author's loop through the build script, stopped with Ctrl+C.</summary>
[Collection(BuildScriptCollection.Name)]
public sealed class WatchTargetTests : IDisposable
{
    private readonly TempDirectory _book = new();

    public void Dispose() => _book.Dispose();

    [Fact]
    public async Task The_watch_target_builds_the_book_serves_the_preview_and_stops_cleanly_on_ctrl_c()
    {
        FixtureBook.Write(_book);
        // setsid gives the build its own process group, so Ctrl+C can be sent to all of it, as a terminal does.
        var start = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = RepositoryFolder.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "bash", Path.Combine(RepositoryFolder.Root, "build.sh"), "--target=Watch", "--no-build",
            $"--configuration={RepositoryFolder.Configuration}", $"--book={_book.Path}", "--port=0", "--format=epub",
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        using var build = Process.Start(start)!;
        var output = new StringBuilder();
        var errors = build.StandardError.ReadToEndAsync();
        try
        {
            using var firstBuild = new CancellationTokenSource(TimeSpan.FromMinutes(4));
            while (await build.StandardOutput.ReadLineAsync(firstBuild.Token) is { } line)
            {
                output.AppendLine(line);
                if (line.Contains(" build 1: wrote ", StringComparison.Ordinal))
                {
                    break;
                }
            }

            var address = System.Text.RegularExpressions.Regex.Match(output.ToString(), @"http://127\.0\.0\.1:\d+/").Value;
            Assert.True(address.Length > 0, output.ToString());
            using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) })
            {
                Assert.Contains(FixtureBook.Title, await http.GetStringAsync(address), StringComparison.Ordinal);
            }

            Signal("-INT", build.Id);
            using var exit = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            output.Append(await build.StandardOutput.ReadToEndAsync(exit.Token));
            await build.WaitForExitAsync(exit.Token);
        }
        finally
        {
            if (!build.HasExited)
            {
                Signal("-KILL", build.Id);
            }
        }

        Assert.True(build.ExitCode == 0, $"exit code {build.ExitCode}:\n{output}\n{await errors}");
        Assert.Contains(" stopped", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(["the-fixture-book.epub"], Directory.GetFiles(Path.Combine(_book.Path, "artifacts")).Select(Path.GetFileName));
    }

    /// <summary>Sends a signal to the whole process group that <paramref name="leader"/> leads.</summary>
    private static void Signal(string signal, int leader)
    {
        using var kill = Process.Start("kill", [signal, "--", "-" + leader.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
