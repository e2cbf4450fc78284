using System.Globalization;
using System.Text;
using SaySomething.Core.Judging;
using SaySomething.Core.Tests.TestSupport;

namespace SaySomething.Core.Tests.Judging;

/// <summary>
/// The held-out set (tests/corpus-holdout), written after the weights were tuned and never used to tune them: how
/// the judge does on posts it was not shaped by. Writes artifacts/judgement-holdout.md with every misjudged post.
/// </summary>
public sealed class HoldoutJudgementTests
{
    [Fact]
    public void Holdout_DriveByPrecisionAndRecall_MeetTheFloor()
    {
        var results = LabelledPost.Holdout().Select(p => (Post: p, Judgement: PostJudge.Default.Judge(p.ToPost()))).ToList();
        int tp = results.Count(r => r.Post.Verdict == "drive_by" && r.Judgement.Verdict == Verdict.DriveBy);
        int fp = results.Count(r => r.Post.Verdict != "drive_by" && r.Judgement.Verdict == Verdict.DriveBy);
        int fn = results.Count(r => r.Post.Verdict == "drive_by" && r.Judgement.Verdict != Verdict.DriveBy);
        double precision = (double)tp / Math.Max(1, tp + fp), recall = (double)tp / Math.Max(1, tp + fn);
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"# Held-out judgement ({results.Count} posts)\n\ndrive-by precision {precision:0.000}, recall {recall:0.000} (tp {tp}, fp {fp}, fn {fn})\n");
        foreach (var (post, j) in results.Where(r => r.Post.Verdict != r.Judgement.Verdict.ToName()))
        {
            string why = string.Join("; ", j.Findings.Where(f => f.Code is "thought" or "no_thought").Select(f => f.Detail));
            report.AppendLine(CultureInfo.InvariantCulture,
                $"- {post.Id}: label {post.Verdict}/{post.Reason ?? "-"}, judged {j.Verdict.ToName()}/{j.Reason.ToName() ?? "-"} conf {j.Confidence:0.00} lang {j.Language}; own \"{j.OwnWords.ReplaceLineEndings(" ")}\"; {why}");
        }

        File.WriteAllText(Path.Combine(RepoPaths.Root!, "artifacts", "judgement-holdout.md"), report.ToString());

        // Floors below the tuned corpus's targets: this set measures generalisation, and a regression shows here first.
        Assert.True(precision >= 0.95 && recall >= 0.85, report.ToString());
    }
}
