using SaySomething.Cli.Tests.TestSupport;

namespace SaySomething.Cli.Tests;

/// <summary>The README's first command: judging the bundled samples lists every post with its verdict.</summary>
public sealed class ReadmeCommandTests
{
    [Fact]
    public void Scan_BundledSamples_ListsEachPostWithItsVerdictAndExitsOneForDriveBys()
    {
        var samples = Path.Combine(SharedFiles.RepositoryRoot!, "samples", "posts.jsonl");
        var run = CliRun.Invoke(["scan", samples]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("12 post(s) judged", run.Out, StringComparison.Ordinal);
        foreach (var expected in new[] { "drive_by: no_text", "drive_by: filler_only", "drive_by: title_only", "drive_by: description_only", "drive_by: quote_only", "drive_by: copied", "commented", "not_applicable" })
        {
            Assert.Contains(expected, run.Out, StringComparison.Ordinal);
        }

        Assert.Contains("Same brigade as last week?", run.Out, StringComparison.Ordinal);
        Assert.Contains("You're sharing a video.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_BundledSamples_AgreeWithTheirLabels()
    {
        var run = CliRun.Invoke(["eval", Path.Combine(SharedFiles.RepositoryRoot!, "samples", "posts.jsonl"), "--min-precision", "1", "--min-recall", "1"]);
        Assert.Equal(0, run.ExitCode);
    }
}
