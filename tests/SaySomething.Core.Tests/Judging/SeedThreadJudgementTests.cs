using SaySomething.Core.Judging;
using SaySomething.Core.Tests.TestSupport;

namespace SaySomething.Core.Tests.Judging;

/// <summary>The seed thread (../shared/samples) is judged exactly as its labels say: 14 of 14.</summary>
public sealed class SeedThreadJudgementTests
{
    [RequiresSharedFact("samples/seed-thread.labels.jsonl")]
    public void SeedThread_EveryItem_JudgedAsLabelled()
    {
        var labelled = LabelledPost.SeedThread()!;
        Assert.Equal(14, labelled.Count);
        var wrong = labelled
            .Select(p => (Post: p, Judgement: PostJudge.Default.Judge(p.ToPost())))
            .Where(r => r.Judgement.Verdict.ToName() != r.Post.Verdict)
            .Select(r => $"{r.Post.Id}: label {r.Post.Verdict}, judged {r.Judgement.Verdict.ToName()} ({r.Judgement.Reason.ToName()}), " +
                $"own \"{r.Judgement.OwnWords}\"; {string.Join("; ", r.Judgement.Findings.Select(f => f.Detail))}")
            .ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} of 14 seed items misjudged:\n" + string.Join('\n', wrong));
    }

    [RequiresSharedFact("samples/seed-thread.labels.jsonl")]
    public void SeedThread_CommentedItems_OwnWordsAreTheLabelledOnes()
    {
        foreach (var post in LabelledPost.SeedThread()!.Where(p => p.Verdict == "commented"))
        {
            var judgement = PostJudge.Default.Judge(post.ToPost());
            string expected = System.Text.Json.JsonDocument.Parse(File.ReadLines(SharedFiles.Path("samples/seed-thread.labels.jsonl"))
                .First(l => l.Contains($"\"id\": \"{post.Id}\"", StringComparison.Ordinal))).RootElement.GetProperty("own_words").GetString()!;
            Assert.Equal(expected, judgement.OwnWords);
        }
    }
}
