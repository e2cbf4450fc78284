using System.Globalization;
using System.Text;
using SaySomething.Core.Judging;
using SaySomething.Core.Tests.TestSupport;
using Xunit.Abstractions;

namespace SaySomething.Core.Tests.Judging;

/// <summary>
/// The judge against the labelled corpus (tests/corpus): drive-by precision ≥ 0.97 and recall ≥ 0.93, every reason
/// recognised, and a report in artifacts/judgement-summary.md listing every misjudged post with its explanation.
/// </summary>
public sealed class CorpusJudgementTests(ITestOutputHelper output)
{
    private static readonly Lazy<List<(LabelledPost Post, Judgement Judgement)>> s_results = new(() =>
        LabelledPost.Corpus().Select(p => (p, PostJudge.Default.Judge(p.ToPost()))).ToList());

    [Fact]
    public void DriveBy_Precision_AtLeast97Percent()
    {
        var (precision, _, report) = Measure();
        output.WriteLine(report);
        Assert.True(precision >= 0.97, $"drive-by precision {precision:P2} < 97 %\n{report}");
    }

    [Fact]
    public void DriveBy_Recall_AtLeast93Percent()
    {
        var (_, recall, report) = Measure();
        Assert.True(recall >= 0.93, $"drive-by recall {recall:P2} < 93 %\n{report}");
    }

    [Fact]
    public void NotApplicable_IsNeverADriveBy()
    {
        var wrong = s_results.Value
            .Where(r => r.Post.Verdict == "not_applicable" && r.Judgement.Verdict != Verdict.NotApplicable)
            .Select(r => $"{r.Post.Id}: {r.Judgement.Verdict.ToName()} ({string.Join(", ", r.Judgement.Links.Where(l => l.Governed).Select(l => l.Url ?? l.Kind))})")
            .ToList();
        Assert.True(wrong.Count <= 1, "posts without a governed link judged as if they had one:\n" + string.Join('\n', wrong));
    }

    [Fact]
    public void Reasons_OfCaughtDriveBys_MostlyMatchTheLabel()
    {
        var caught = s_results.Value.Where(r => r.Post.Verdict == "drive_by" && r.Judgement.Verdict == Verdict.DriveBy).ToList();
        int same = caught.Count(r => r.Judgement.Reason.ToName() == r.Post.Reason);
        double share = (double)same / caught.Count;
        var wrong = caught.Where(r => r.Judgement.Reason.ToName() != r.Post.Reason)
            .Select(r => $"{r.Post.Id}: label {r.Post.Reason}, judged {r.Judgement.Reason.ToName()}");
        Assert.True(share >= 0.8, $"reason agreement {share:P1} < 80 %:\n" + string.Join('\n', wrong));
    }

    [Fact]
    public void EveryVerdict_NamesItsReasonAndWords()
    {
        foreach (var (post, judgement) in s_results.Value)
        {
            Assert.NotEmpty(judgement.Findings);
            if (judgement.Verdict == Verdict.DriveBy)
            {
                Assert.NotEqual(DriveByReason.None, judgement.Reason);
                Assert.False(string.IsNullOrWhiteSpace(judgement.Message), post.Id + " has no message");
            }

            if (judgement.Verdict == Verdict.Commented)
            {
                Assert.True(judgement.OwnWordCount > 0, post.Id);
                Assert.Contains(judgement.Spans, s => s.Role == SpanRole.Own);
            }
        }
    }

    private static (double Precision, double Recall, string Report) Measure()
    {
        var results = s_results.Value;
        int tp = results.Count(r => r.Post.Verdict == "drive_by" && r.Judgement.Verdict == Verdict.DriveBy);
        int fp = results.Count(r => r.Post.Verdict != "drive_by" && r.Judgement.Verdict == Verdict.DriveBy);
        int fn = results.Count(r => r.Post.Verdict == "drive_by" && r.Judgement.Verdict != Verdict.DriveBy);
        double precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"# Judgement on tests/corpus ({results.Count} posts)");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"drive-by precision {precision:0.000}, recall {recall:0.000}, F1 {(2 * precision * recall / Math.Max(1e-9, precision + recall)):0.000} (tp {tp}, fp {fp}, fn {fn})");
        var caught = results.Where(r => r.Post.Verdict == "drive_by" && r.Judgement.Verdict == Verdict.DriveBy).ToList();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"reason agrees with the label for {caught.Count(r => r.Judgement.Reason.ToName() == r.Post.Reason)} of {caught.Count} caught drive-bys; needs_review {results.Count(r => r.Judgement.Verdict == Verdict.NeedsReview)} of {results.Count} posts");
        report.AppendLine();
        string[] names = ["commented", "drive_by", "not_applicable", "needs_review"];
        report.AppendLine("| label \\ judged | " + string.Join(" | ", names) + " |");
        report.AppendLine("| --- |" + string.Concat(names.Select(_ => " ---: |")));
        foreach (var label in names)
        {
            report.AppendLine($"| {label} | " + string.Join(" | ", names.Select(n => results.Count(r => r.Post.Verdict == label && r.Judgement.Verdict.ToName() == n))) + " |");
        }

        report.AppendLine();
        report.AppendLine("Misjudged:");
        foreach (var (post, j) in results.Where(r => r.Post.Verdict != r.Judgement.Verdict.ToName()))
        {
            report.AppendLine(CultureInfo.InvariantCulture,
                $"- {post.Id} ({post.Where}): label {post.Verdict}/{post.Reason ?? "-"}, judged {j.Verdict.ToName()}/{j.Reason.ToName() ?? "-"} " +
                $"conf {j.Confidence:0.00} lang {j.Language}; own: \"{Trim(j.OwnWords)}\"; {string.Join("; ", j.Findings.Where(f => f.Code is "thought" or "no_thought" or "source_voice" or "headline").Select(f => f.Detail))}");
        }

        if (RepoPaths.Root is { } root)
        {
            Directory.CreateDirectory(Path.Combine(root, "artifacts"));
            File.WriteAllText(Path.Combine(root, "artifacts", "judgement-summary.md"), report.ToString());
        }

        return (precision, recall, report.ToString());
    }

    private static string Trim(string text) => text.Length <= 80 ? text.ReplaceLineEndings(" ") : text[..80].ReplaceLineEndings(" ") + "…";
}
