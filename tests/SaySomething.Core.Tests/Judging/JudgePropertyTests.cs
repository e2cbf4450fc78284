using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SaySomething.Core.Documents;
using SaySomething.Core.Judging;

namespace SaySomething.Core.Tests.Judging;

/// <summary>
/// Properties every judgement keeps on hostile input: it never throws, its spans lie inside the post, a drive-by names
/// a reason and a message, a post without a governed link is not applicable, and the JSON contract always parses.
/// </summary>
public sealed class JudgePropertyTests
{
    private static readonly string[] Fragments =
    [
        "[QUOTE=\"alice, post: 12, member: 3\"]", "[/QUOTE]", "[MEDIA=youtube]aBcD3fGh1jK[/MEDIA]", "[URL=https://x.com/a/status/1]",
        "[/URL]", "[COLOR=transparent]", "[/COLOR]", "[SPOILER]", "[/SPOILER]", "[CODE]", "[/CODE]", "<p>", "</p>",
        "<blockquote>", "</blockquote>", "> ", "**", "https://www.youtube.com/watch?v=aBcD3fGh1jK", "t.me/chan/5",
        "https://www.reuters.com/world/a-long-article-slug-here/", "lol", "must watch", "thoughts?", "I think", "Footage of",
        "The video was filmed on June 21.", "What a surprise.", "Тhе", "ｃｈｅｃｋ", "\u200B", "\u202E", "\u202C", "😀", "見て",
        "дивіться", "\uD800", "\0", "\n", "\n\n", " ", ".", "?", "!", "\"", "“", "”", "'s", "@handle", "U.S.", "A. B.",
    ];

    private static Arbitrary<string> Posts() =>
        Gen.OneOf(Gen.Elements(Fragments), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""))
            .ListOf()
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    [Property(MaxTest = 400)]
    public Property Judge_AnyPost_KeepsInvariants() => Prop.ForAll(Posts(), post =>
    {
        foreach (var format in new[] { MarkupFormat.BbCode, MarkupFormat.Markdown, MarkupFormat.Html, MarkupFormat.Plain })
        {
            var j = PostJudge.Default.Judge(new PostToJudge { Text = post, Format = format, ThreadTitle = "Thread title here" });
            Assert.All(j.Spans, s => Assert.True(s.Start >= 0 && s.Start < s.End && s.End <= post.Length, $"span [{s.Start},{s.End}) in {post.Length}"));
            Assert.InRange(j.Confidence, 0.5, 1.0);
            if (j.Verdict == Verdict.DriveBy)
            {
                Assert.NotEqual(DriveByReason.None, j.Reason);
                Assert.False(string.IsNullOrEmpty(j.Message));
            }

            if (!j.Links.Any(l => l.Governed))
            {
                Assert.True(j.Verdict is Verdict.NotApplicable or Verdict.NeedsReview);
            }

            using var json = System.Text.Json.JsonDocument.Parse(JudgementJson.ToJson(j));
        }
    });
}
