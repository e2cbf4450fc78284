using System.Text.Json;
using SaySomething.Cli.Evaluation;
using SaySomething.Core.Judging;

namespace SaySomething.Cli.Tests;

/// <summary><c>saysomething eval</c>: the measures, their JSON, thresholds, and bad label files.</summary>
public sealed class EvalCommandTests
{
    private const int BelowTarget = 1;
    private const int BadInput = 2;

    private static readonly string LabelsPath = Path.Combine(AppContext.BaseDirectory, "Data", "eval-labels.jsonl");

    /// <summary>
    /// Posts of <c>Data/eval-labels.jsonl</c> that the judge gets wrong although the label follows the corpus
    /// guidelines (tests/corpus/README.md), with what it says instead. The test fails when this list is out of date
    /// either way, so a fix in the judge shows here.
    /// </summary>
    private static readonly Dictionary<string, string> KnownMisses = new(StringComparer.Ordinal)
    {
        // A headline and its lede pasted in the publisher's voice ("…, the port authority said") with no article text
        // given: the guidelines call it copied; the judge counts the lede's last sentence as own words.
        ["e12-copied-article"] = "commented",
    };

    /// <summary>
    /// The twelve posts of <c>Data/eval-labels.jsonl</c> are labelled by the corpus guidelines, each an unambiguous
    /// case: 7 drive-bys (one per reason, two with no text), 3 comments, 2 without a governed link.
    /// </summary>
    [Fact]
    public void Eval_LabelledFile_MeasuresAreExact()
    {
        var run = CliRun.Invoke(["eval", LabelsPath, "--json", "--min-precision", "1", "--min-recall", "0.85"]);

        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        var misjudged = root.GetProperty("misjudged").EnumerateArray()
            .ToDictionary(post => post.GetProperty("id").GetString()!, post => post.GetProperty("prediction").GetString()!);
        Assert.Equal(KnownMisses, misjudged);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(12, root.GetProperty("posts").GetInt32());
        Assert.Equal((6, 0, 1, 5), (root.GetProperty("true_positives").GetInt32(), root.GetProperty("false_positives").GetInt32(), root.GetProperty("false_negatives").GetInt32(), root.GetProperty("true_negatives").GetInt32()));
        Assert.Equal(1.0, root.GetProperty("precision").GetDouble());
        Assert.Equal(Math.Round(6.0 / 7, 4), root.GetProperty("recall").GetDouble());
        Assert.Equal(Math.Round(12.0 / 13, 4), root.GetProperty("f1").GetDouble());
        var confusion = root.GetProperty("confusion");
        Assert.Equal(3, confusion.GetProperty("commented").GetProperty("commented").GetInt32());
        Assert.Equal(6, confusion.GetProperty("drive_by").GetProperty("drive_by").GetInt32());
        Assert.Equal(1, confusion.GetProperty("drive_by").GetProperty("commented").GetInt32());
        Assert.Equal(2, confusion.GetProperty("not_applicable").GetProperty("not_applicable").GetInt32());
        var reasons = root.GetProperty("reasons").EnumerateArray().ToDictionary(r => r.GetProperty("reason").GetString()!, r => (r.GetProperty("count").GetInt32(), r.GetProperty("reason_matched").GetInt32()));
        Assert.Equal(
            new Dictionary<string, (int, int)>
            {
                ["no_text"] = (2, 2),
                ["filler_only"] = (1, 1),
                ["title_only"] = (1, 1),
                ["copied"] = (1, 0),
                ["description_only"] = (1, 1),
                ["quote_only"] = (1, 1),
            },
            reasons);
    }

    [Fact]
    public void Eval_LabelledFile_BelowAMinimumRecallOfOne_ExitsWithOne()
    {
        var run = CliRun.Invoke(["eval", LabelsPath, "--min-recall", "1"]);

        Assert.Equal(BelowTarget, run.ExitCode);
        Assert.Contains("recall 0.857 is below the minimum 1.000", run.Out, StringComparison.Ordinal);
        Assert.Contains("e12-copied-article", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_Json_HasEveryPart()
    {
        var run = CliRun.Invoke(["eval", LabelsPath, "--json"]);

        var line = Assert.Single(Posts.Lines(run.Out));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(
            ["labels_files", "posts", "positive", "precision", "recall", "f1", "true_positives", "false_positives", "false_negatives", "true_negatives", "confusion", "reasons", "misjudged", "thresholds"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("drive_by", root.GetProperty("positive").GetString());
        Assert.Equal(["commented", "drive_by", "not_applicable", "needs_review"], root.GetProperty("confusion").EnumerateObject().Select(p => p.Name));
        Assert.All(root.GetProperty("confusion").EnumerateObject(), row => Assert.Equal(4, row.Value.EnumerateObject().Count()));
        Assert.Equal(12, root.GetProperty("confusion").EnumerateObject().Sum(row => row.Value.EnumerateObject().Sum(cell => cell.Value.GetInt32())));
        Assert.True(root.GetProperty("thresholds").GetProperty("passed").GetBoolean());
    }

    [Fact]
    public void Eval_Text_ShowsMeasuresMatrixAndReasons()
    {
        var run = CliRun.Invoke(["eval", LabelsPath]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("12 labelled post(s)", run.Out, StringComparison.Ordinal);
        Assert.Contains("drive_by: precision", run.Out, StringComparison.Ordinal);
        Assert.Contains("Labels (rows) × predictions (columns)", run.Out, StringComparison.Ordinal);
        Assert.Contains("description_only", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_BelowMinimumRecall_ExitsWithOneAndSaysSo()
    {
        // A post with no link cannot be a drive-by, whatever its label says: recall is 0.
        var labels = Posts.JsonLine("x", Posts.NoLinks).Replace("}", ", \"verdict\": \"drive_by\", \"reason\": \"no_text\"}", StringComparison.Ordinal) + "\n";

        var run = CliRun.Invoke(["eval", "-", "--min-recall", "0.5"], labels);

        Assert.Equal(BelowTarget, run.ExitCode);
        Assert.Contains("below target", run.Out, StringComparison.Ordinal);
        Assert.Contains("recall 0.000 is below the minimum 0.500", run.Out, StringComparison.Ordinal);
        Assert.Contains("x", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_UndefinedPrecisionWithAMinimum_ExitsWithOne()
    {
        var labels = Posts.JsonLine("y", Posts.NoLinks).Replace("}", ", \"verdict\": \"not_applicable\"}", StringComparison.Ordinal) + "\n";

        var run = CliRun.Invoke(["eval", "-", "--json", "--min-precision", "0.9"], labels);

        Assert.Equal(BelowTarget, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("precision").ValueKind);
        Assert.False(json.RootElement.GetProperty("thresholds").GetProperty("passed").GetBoolean());
    }

    [Theory]
    [InlineData("{\"id\": \"a\", \"text\": \"t\", \"verdict\": \"spam\"}", "line 1 (id a): \"verdict\" must be commented, drive_by, not_applicable or needs_review, not \"spam\"")]
    [InlineData("{\"id\": \"a\", \"text\": \"t\"}", "line 1 (id a): \"verdict\" must be")]
    [InlineData("{\"id\": \"a\", \"text\": \"t\", \"verdict\": \"drive_by\", \"reason\": \"rude\"}", "\"reason\" must be no_text")]
    [InlineData("{\"text\": \"t\", \"verdict\": \"drive_by\"}", "line 1: no \"id\"")]
    [InlineData("{\"id\": \"a\", \"text\": ", "line 1: not valid JSON")]
    [InlineData("", "has no labelled posts")]
    public void Eval_BadLabels_ExitWithTwoNamingTheLine(string content, string message)
    {
        using var file = TempFile.WithText(content, ".jsonl");

        var run = CliRun.Invoke(["eval", file.Path]);

        Assert.Equal(BadInput, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("eval")]
    [InlineData("eval --bogus")]
    [InlineData("eval LABELS --min-precision 1.5")]
    [InlineData("eval LABELS --min-recall -0.1")]
    [InlineData("eval LABELS --min-recall abc")]
    [InlineData("eval LABELS --policy /nonexistent/policy.yaml")]
    [InlineData("eval /nonexistent/labels.jsonl")]
    public void Eval_UsageError_ExitsWithTwo(string commandLine)
    {
        string[] args = [.. commandLine.Split(' ').Select(arg => arg == "LABELS" ? LabelsPath : arg)];

        var run = CliRun.Invoke(args);

        Assert.Equal(BadInput, run.ExitCode);
        Assert.NotEqual("", run.Error);
    }

    [Fact]
    public void Evaluation_CountsOnlyDriveByPredictionsAsPositive()
    {
        EvaluatedPost Post(string id, Verdict label, DriveByReason labelReason, Verdict predicted, DriveByReason predictedReason = DriveByReason.None)
            => new(new LabelledPost(id, "labels", 1, new PostToJudge { Text = id }, label, labelReason), new Judgement { Verdict = predicted, Reason = predictedReason, Confidence = 0.8 });

        var result = EvaluationResult.From(
        [
            Post("tp1", Verdict.DriveBy, DriveByReason.NoText, Verdict.DriveBy, DriveByReason.NoText),
            Post("tp2", Verdict.DriveBy, DriveByReason.TitleOnly, Verdict.DriveBy, DriveByReason.Copied),
            Post("tp3", Verdict.DriveBy, DriveByReason.TitleOnly, Verdict.DriveBy, DriveByReason.TitleOnly),
            Post("fn-review", Verdict.DriveBy, DriveByReason.TitleOnly, Verdict.NeedsReview),
            Post("fn", Verdict.DriveBy, DriveByReason.NoText, Verdict.Commented),
            Post("fp", Verdict.Commented, DriveByReason.None, Verdict.DriveBy, DriveByReason.FillerOnly),
            Post("tn", Verdict.Commented, DriveByReason.None, Verdict.Commented),
            Post("tn-review", Verdict.NotApplicable, DriveByReason.None, Verdict.NeedsReview),
        ]);

        Assert.Equal((3, 1, 2, 2), (result.TruePositives, result.FalsePositives, result.FalseNegatives, result.TrueNegatives));
        Assert.Equal(0.75, result.Precision);
        Assert.Equal(0.6, result.Recall);
        Assert.Equal(2 * 0.75 * 0.6 / 1.35, result.F1!.Value, 12);
        Assert.Equal(1, result.Matrix[(int)Verdict.DriveBy, (int)Verdict.NeedsReview]);
        Assert.Equal(1, result.Matrix[(int)Verdict.NotApplicable, (int)Verdict.NeedsReview]);
        Assert.Equal(3, result.Matrix[(int)Verdict.DriveBy, (int)Verdict.DriveBy]);
        Assert.Equal(["fn-review", "fn", "fp", "tn-review"], result.Misjudged.Select(post => post.Label.Id));
        Assert.Equal(
            [new ReasonBreakdown(DriveByReason.NoText, 2, 1, 1), new ReasonBreakdown(DriveByReason.TitleOnly, 3, 2, 1)],
            result.Reasons);
    }

    [Fact]
    public void LabelFile_ContextDescribesTheFirstLinkOutsideQuotes()
    {
        const string line = "{\"id\": \"m\", \"format\": \"bbcode\", \"text\": \"[QUOTE=bob]https://x.com/a/status/1[/QUOTE]\\nNew Drone Doctrine Explained\\n[MEDIA=youtube]aBcD3fGh1jK[/MEDIA]\", \"verdict\": \"drive_by\", \"reason\": \"title_only\", \"context\": {\"title\": \"New Drone Doctrine Explained\", \"thread_title\": \"Drones\"}}";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(line));

        var post = Assert.Single(LabelFile.Read(stream, "labels"));

        Assert.Equal("Drones", post.Post.ThreadTitle);
        var metadata = Assert.Single(post.Post.Metadata);
        Assert.Contains("aBcD3fGh1jK", metadata.Url, StringComparison.Ordinal);
        Assert.Equal("New Drone Doctrine Explained", metadata.Title);
        Assert.Null(metadata.Description);
        Assert.Equal((Verdict.DriveBy, DriveByReason.TitleOnly), (post.Verdict, post.Reason));
    }

    [Fact]
    public void Eval_SeveralFiles_AreMeasuredTogether()
    {
        using var first = TempFile.WithText(Posts.JsonLine("a", Posts.BareVideo).Replace("}", ", \"verdict\": \"drive_by\", \"reason\": \"no_text\"}", StringComparison.Ordinal) + "\n", ".jsonl");
        using var second = TempFile.WithText(Posts.JsonLine("b", Posts.NoLinks).Replace("}", ", \"verdict\": \"drive_by\"}", StringComparison.Ordinal) + "\n", ".jsonl");

        var run = CliRun.Invoke(["eval", first.Path, second.Path, "--json"]);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal([first.Path, second.Path], root.GetProperty("labels_files").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(2, root.GetProperty("posts").GetInt32());
        var miss = Assert.Single(root.GetProperty("misjudged").EnumerateArray());
        Assert.Equal(("b", second.Path, 1), (miss.GetProperty("id").GetString(), miss.GetProperty("file").GetString(), miss.GetProperty("line").GetInt32()));
    }

    [Fact]
    public void Eval_OneBadFileAmongSeveral_ExitsWithTwoNamingIt()
    {
        using var good = TempFile.WithText(Posts.JsonLine("a", Posts.BareVideo).Replace("}", ", \"verdict\": \"drive_by\"}", StringComparison.Ordinal) + "\n", ".jsonl");
        var missing = Path.Combine(Path.GetTempPath(), $"saysomething-missing-{Guid.NewGuid():N}.jsonl");

        var run = CliRun.Invoke(["eval", good.Path, missing]);

        Assert.Equal(BadInput, run.ExitCode);
        Assert.Contains($"{missing} does not exist", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }
}
