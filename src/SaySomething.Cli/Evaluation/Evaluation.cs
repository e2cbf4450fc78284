using SaySomething.Core.Judging;

namespace SaySomething.Cli.Evaluation;

/// <summary>A labelled post and the judge's answer for it.</summary>
internal sealed record EvaluatedPost(LabelledPost Label, Judgement Judgement)
{
    public bool IsMisjudged => Label.Verdict != Judgement.Verdict;
}

/// <summary>For one labelled drive-by reason: how many posts, how many were found, how many with that reason.</summary>
internal sealed record ReasonBreakdown(DriveByReason Reason, int Count, int Detected, int ReasonMatched)
{
    public double Recall => Count == 0 ? 0 : (double)Detected / Count;

    public double ReasonMatchRate => Count == 0 ? 0 : (double)ReasonMatched / Count;
}

/// <summary>
/// The measures of the judge against labels. The positive class is <c>drive_by</c>: a post labelled drive_by is
/// positive, and a prediction is positive only when it is drive_by (needs_review is not, though the confusion matrix
/// shows it).
/// </summary>
internal sealed class EvaluationResult
{
    private EvaluationResult(IReadOnlyList<EvaluatedPost> posts)
    {
        Posts = posts;
        Matrix = new int[Verdicts.Count, Verdicts.Count];
        foreach (var post in posts)
        {
            Matrix[(int)post.Label.Verdict, (int)post.Judgement.Verdict]++;
            var labelled = post.Label.Verdict == Verdict.DriveBy;
            var predicted = post.Judgement.Verdict == Verdict.DriveBy;
            if (labelled && predicted)
            {
                TruePositives++;
            }
            else if (predicted)
            {
                FalsePositives++;
            }
            else if (labelled)
            {
                FalseNegatives++;
            }
            else
            {
                TrueNegatives++;
            }
        }

        Reasons = [.. posts
            .Where(post => post.Label.Verdict == Verdict.DriveBy && post.Label.Reason != DriveByReason.None)
            .GroupBy(post => post.Label.Reason)
            .OrderBy(group => group.Key)
            .Select(group => new ReasonBreakdown(
                group.Key,
                group.Count(),
                group.Count(post => post.Judgement.Verdict == Verdict.DriveBy),
                group.Count(post => post.Judgement.Verdict == Verdict.DriveBy && post.Judgement.Reason == group.Key)))];
    }

    /// <summary>Gets the verdicts in the order of the confusion matrix's rows and columns (the enum's order).</summary>
    public static IReadOnlyList<Verdict> Verdicts { get; } = Enum.GetValues<Verdict>();

    public IReadOnlyList<EvaluatedPost> Posts { get; }

    /// <summary>Gets the confusion matrix: [label, prediction] counts, indexed by <see cref="Verdict"/>.</summary>
    public int[,] Matrix { get; }

    public int TruePositives { get; }

    public int FalsePositives { get; }

    public int FalseNegatives { get; }

    public int TrueNegatives { get; }

    /// <summary>Gets the precision for drive_by, or null when no post was predicted drive_by.</summary>
    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Gets the recall for drive_by, or null when no post is labelled drive_by.</summary>
    public double? Recall => TruePositives + FalseNegatives == 0 ? null : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Gets the F1 score for drive_by, or null when precision or recall is undefined.</summary>
    public double? F1 => (Precision, Recall) switch
    {
        (null, _) or (_, null) => null,
        (0, 0) => 0,
        ({ } p, { } r) => 2 * p * r / (p + r),
    };

    public IReadOnlyList<ReasonBreakdown> Reasons { get; }

    public IEnumerable<EvaluatedPost> Misjudged => Posts.Where(post => post.IsMisjudged);

    /// <summary>Judges every post (on all cores) and measures.</summary>
    public static EvaluationResult Evaluate(IReadOnlyList<LabelledPost> labels, Func<PostToJudge, Judgement> judge)
    {
        var judgements = new Judgement[labels.Count];
        Parallel.For(0, labels.Count, i => judgements[i] = judge(labels[i].Post));
        return From([.. labels.Select((label, i) => new EvaluatedPost(label, judgements[i]))]);
    }

    /// <summary>Measures posts already judged.</summary>
    public static EvaluationResult From(IReadOnlyList<EvaluatedPost> posts) => new(posts);
}
