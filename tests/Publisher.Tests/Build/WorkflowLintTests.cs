namespace Publisher.Tests.Build;

public sealed class WorkflowLintTests
{
    [SkippableFact]
    public void The_GitHub_workflows_pass_actionlint()
    {
        var actionlint = Validators.Actionlint.Require();

        var lint = ExternalProcess.Run(actionlint, [".github/workflows/*.yml"], RepositoryFolder.Root);

        Assert.True(lint.ExitCode == 0, lint.ToString());
        // The tool exits 0 when its pattern matches nothing, so make sure it really read both workflows.
        Assert.Contains("Checking 2 workflow file(s)", lint.AllOutput);
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
