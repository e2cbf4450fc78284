using SaySomething.Core.Documents;
using SaySomething.Core.Judging;
using SaySomething.Core.Policies;

namespace SaySomething.Core.Tests.Judging;

/// <summary>The judge's behaviours, one per test: reasons, context, governance, policy, evasion, limits.</summary>
public sealed class PostJudgeTests
{
    private static Judgement Judge(string text, MarkupFormat format = MarkupFormat.BbCode, JudgePolicy? policy = null,
        string? threadTitle = null, params LinkMetadata[] metadata) =>
        new PostJudge(new PolicySet(policy ?? JudgePolicy.Default)).Judge(new PostToJudge
        {
            Text = text,
            Format = format,
            ThreadTitle = threadTitle,
            Metadata = metadata,
        });

    [Fact]
    public void BareVideo_IsDriveBy_NoText_WithAKindMessage()
    {
        var j = Judge("[MEDIA=youtube]aBcD3fGh1jK[/MEDIA]");
        Assert.Equal(Verdict.DriveBy, j.Verdict);
        Assert.Equal(DriveByReason.NoText, j.Reason);
        Assert.Contains("video", j.Message, StringComparison.OrdinalIgnoreCase);
        var link = Assert.Single(j.Links);
        Assert.True(link.Governed);
        Assert.Equal("youtube", link.Provider);
        Assert.Equal("youtube:aBcD3fGh1jK", link.Canonical);
        Assert.True(j.Confidence >= 0.9);
    }

    [Fact]
    public void GenuineShortComment_IsCommented_AndItsWordsAreMarkedOwn()
    {
        const string text = "Called it. Same brigade as last week?\n\nhttps://youtu.be/aBcD3fGh1jK";
        var j = Judge(text, MarkupFormat.Plain);
        Assert.Equal(Verdict.Commented, j.Verdict);
        Assert.Equal("Called it. Same brigade as last week?", j.OwnWords);
        var own = j.Spans.Where(s => s.Role == SpanRole.Own).Select(s => text[s.Start..s.End]);
        Assert.Equal("Called it. Same brigade as last week?", string.Join(" ", own));
        Assert.Empty(j.Message);
    }

    [Fact]
    public void Filler_IsDriveBy_FillerOnly()
    {
        var j = Judge("Interesting video, must watch, thoughts?\nhttps://www.youtube.com/watch?v=aBcD3fGh1jK", MarkupFormat.Plain);
        Assert.Equal(DriveByReason.FillerOnly, j.Reason);
        Assert.Contains(j.Findings, f => f.Code == "filler");
    }

    [Fact]
    public void SpecificQuestion_IsACommentButThoughtsIsNot()
    {
        Assert.Equal(Verdict.Commented, Judge("Thoughts on whether this changes anything for the spring?\nhttps://youtu.be/aBcD3fGh1jK", MarkupFormat.Plain).Verdict);
        Assert.Equal(Verdict.DriveBy, Judge("Thoughts?\nhttps://youtu.be/aBcD3fGh1jK", MarkupFormat.Plain).Verdict);
    }

    [Fact]
    public void TitleFromMetadata_EvenRecasedAndTruncated_IsTitleOnly_WithTheShare()
    {
        var j = Judge("why ukraine's NEW drone doctrine terrifies moscow…\nhttps://youtu.be/aBcD3fGh1jK", MarkupFormat.Plain,
            metadata: new LinkMetadata("https://youtu.be/aBcD3fGh1jK", Title: "Why Ukraine's New Drone Doctrine Terrifies Moscow | Frontline Analysis"));
        Assert.Equal(Verdict.DriveBy, j.Verdict);
        Assert.Equal(DriveByReason.TitleOnly, j.Reason);
        var copy = Assert.Single(j.Copies);
        Assert.Equal("title", copy.Source);
        Assert.Equal(1.0, copy.Share, 3);
        Assert.Contains(j.Spans, s => s.Role == SpanRole.Copied && s.Source == "title");
    }

    [Fact]
    public void DescriptionWithALostFirstLetter_IsACopy_NamingTheDescription()
    {
        const string description = "In a new episode of the channel, the host shows how recruits at a training ground are taught to carry the wounded on tarpaulins instead of stretchers.";
        var j = Judge("n a new episode of the channel, the host shows how recruits at a training ground are taught to carry the wounded on tarpaulins instead of stretchers 😮\nhttps://youtu.be/aBcD3fGh1jK",
            MarkupFormat.Plain, metadata: new LinkMetadata("https://youtu.be/aBcD3fGh1jK", Description: description));
        Assert.Equal(Verdict.DriveBy, j.Verdict);
        Assert.Equal(DriveByReason.DescriptionOnly, j.Reason);
        Assert.Equal("description", j.Copies[0].Source);
        Assert.True(j.Copies[0].Share >= 0.9, $"share {j.Copies[0].Share}");
        Assert.Contains("%", j.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CopiedTitle_PlusOwnSentence_IsCommented_WithOnlyTheOwnSentence()
    {
        var j = Judge("RUSSIA Hits ROCK BOTTOM - Their New LOW Will SHOCK You!\n\nClickbait title, but the part about the prisoner swaps is worth ten minutes.\n\n[MEDIA=youtube]aBcD3fGh1jK[/MEDIA]",
            metadata: new LinkMetadata("https://youtu.be/aBcD3fGh1jK", Title: "RUSSIA Hits ROCK BOTTOM - Their New LOW Will SHOCK You!"));
        Assert.Equal(Verdict.Commented, j.Verdict);
        Assert.Equal("Clickbait title, but the part about the prisoner swaps is worth ten minutes.", j.OwnWords);
    }

    [Fact]
    public void NeutralCaption_IsDescriptionOnly_WithTheFeaturesThatSaidSo()
    {
        var j = Judge("Footage of a Russian Ka-52 helicopter using a 30mm cannon to destroy a Ukrainian drone. The location is not reported.\n\nhttps://t.me/somechannel/4211", MarkupFormat.Plain);
        Assert.Equal(Verdict.DriveBy, j.Verdict);
        Assert.Equal(DriveByReason.DescriptionOnly, j.Reason);
        Assert.Contains(j.Features, f => f.Name == "caption_continuation" && f.Weight < 0);
        Assert.Contains(j.Findings, f => f.Code == "source_voice");
        Assert.NotNull(j.ThoughtScore);
    }

    [Fact]
    public void QuoteAndLink_IsQuoteOnly_ButAReplyIsAComment()
    {
        const string quote = "[QUOTE=\"bob, post: 12, member: 3\"]Has anyone got the full speech?[/QUOTE]\n";
        Assert.Equal(DriveByReason.QuoteOnly, Judge(quote + "[MEDIA=youtube]aBcD3fGh1jK[/MEDIA]").Reason);
        Assert.Equal(DriveByReason.QuoteOnly, Judge(quote + "This.\n[MEDIA=youtube]aBcD3fGh1jK[/MEDIA]").Reason);
        var reply = Judge(quote + "Here, the interview from the briefing. Take it with some salt, but it lines up.\n[MEDIA=youtube]aBcD3fGh1jK[/MEDIA]");
        Assert.Equal(Verdict.Commented, reply.Verdict);
        Assert.DoesNotContain("full speech", reply.OwnWords, StringComparison.Ordinal);
    }

    [Fact]
    public void LinkOnlyInsideAQuote_IsNotApplicable()
    {
        var j = Judge("[QUOTE=bob]Look: [MEDIA=youtube]aBcD3fGh1jK[/MEDIA][/QUOTE]\nI disagree with the whole premise.");
        Assert.Equal(Verdict.NotApplicable, j.Verdict);
        Assert.Equal("inside a quote", Assert.Single(j.Links).Why);
    }

    [Fact]
    public void HiddenText_CountsForNothing()
    {
        var j = Judge("[COLOR=transparent]This is a long and genuine looking opinion about the video.[/COLOR]\n[MEDIA=youtube]aBcD3fGh1jK[/MEDIA]");
        Assert.Equal(Verdict.DriveBy, j.Verdict);
        Assert.Contains(j.Findings, f => f.Code == "hidden_text");
        Assert.Contains(j.Spans, s => s.Role == SpanRole.Hidden);
    }

    [Fact]
    public void SpoilerText_IsThePostersOwn()
    {
        var j = Judge("[SPOILER=my take]I think the second strike was staged for the camera.[/SPOILER]\n[MEDIA=youtube]aBcD3fGh1jK[/MEDIA]");
        Assert.Equal(Verdict.Commented, j.Verdict);
    }

    [Fact]
    public void CodeBlock_CountsOnlyWhenThePolicySaysSo()
    {
        const string text = "[CODE]I think this patch note is misleading about the fix.[/CODE]\nhttps://www.youtube.com/watch?v=aBcD3fGh1jK";
        Assert.Equal(Verdict.DriveBy, Judge(text).Verdict);
        Assert.Equal(Verdict.Commented, Judge(text, policy: JudgePolicy.Default with { CodeCounts = true }).Verdict);
    }

    [Fact]
    public void Governance_FollowsThePolicy()
    {
        const string article = "https://www.reuters.com/world/europe/eu-agrees-new-sanctions-package-2025-06-23/";
        const string blog = "https://some-blog.example.net/";
        Assert.Equal(Verdict.DriveBy, Judge(article, MarkupFormat.Plain).Verdict);
        Assert.Equal(Verdict.NotApplicable, Judge(article, MarkupFormat.Plain, JudgePolicy.Default with { Governed = GovernedLinks.SocialAndVideo }).Verdict);
        Assert.Equal(Verdict.NotApplicable, Judge(blog, MarkupFormat.Plain).Verdict);
        Assert.Equal(Verdict.DriveBy, Judge(blog, MarkupFormat.Plain, JudgePolicy.Default with { Governed = GovernedLinks.AnyExternal }).Verdict);
        Assert.Equal(Verdict.NotApplicable, Judge(article, MarkupFormat.Plain, JudgePolicy.Default with { AllowedDomains = ["reuters.com"] }).Verdict);
        Assert.Equal(Verdict.NotApplicable, Judge("https://forum.example.com/threads/drones.12/", MarkupFormat.Plain,
            JudgePolicy.Default with { ForumHosts = ["forum.example.com"], Governed = GovernedLinks.AnyExternal }).Verdict);
        Assert.Equal(Verdict.NotApplicable, Judge("[IMG]https://i.imgur.com/abc.jpg[/IMG]").Verdict);
    }

    [Theory]
    [InlineData("https://x.com/BalticOwl", "social_post")]
    [InlineData("https://www.youtube.com/@SomeChannel/videos", "video")]
    [InlineData("https://web.archive.org/web/20240101000000/https://www.reuters.com/world/europe/eu-agrees-new-sanctions-package-2025-06-23/", "article")]
    public void ProfilesOfSocialSites_AndArchivedArticles_AreGoverned(string url, string kind)
    {
        var link = Assert.Single(Judge(url, MarkupFormat.Plain).Links);
        Assert.True(link.Governed);
        Assert.Equal(kind, link.Kind);
    }

    [Fact]
    public void Strictness_ChangesWhatCounts()
    {
        const string neutral = "A convoy crossing the bridge.\nhttps://youtu.be/aBcD3fGh1jK";
        Assert.Equal(Verdict.Commented, Judge(neutral, MarkupFormat.Plain).Verdict);
        Assert.Equal(Verdict.DriveBy, Judge(neutral, MarkupFormat.Plain, JudgePolicy.Default with { Strictness = Strictness.Strict }).Verdict);

        const string filler = "wow must watch lol\nhttps://youtu.be/aBcD3fGh1jK";
        Assert.Equal(Verdict.DriveBy, Judge(filler, MarkupFormat.Plain).Verdict);
        Assert.Equal(Verdict.Commented, Judge(filler, MarkupFormat.Plain, JudgePolicy.Default with { Strictness = Strictness.Lenient, MinOwnWords = 3 }).Verdict);
        Assert.Equal(Verdict.DriveBy, Judge("wow lol\nhttps://youtu.be/aBcD3fGh1jK", MarkupFormat.Plain, JudgePolicy.Default with { Strictness = Strictness.Lenient, MinOwnWords = 3 }).Verdict);
    }

    [Fact]
    public void ReviewThreshold_TurnsUnsureVerdictsIntoNeedsReview()
    {
        const string text = "Mood.\nhttps://youtu.be/aBcD3fGh1jK";
        Assert.Equal(Verdict.NeedsReview, Judge(text, MarkupFormat.Plain).Verdict);
        Assert.Equal(Verdict.DriveBy, Judge(text, MarkupFormat.Plain, JudgePolicy.Default with { ReviewBelow = 0.5 }).Verdict);
        Assert.Equal(Verdict.NeedsReview, Judge("https://youtu.be/aBcD3fGh1jK", MarkupFormat.Plain, JudgePolicy.Default with { ReviewBelow = 1.0 }).Verdict);
    }

    [Fact]
    public void Evasion_LookalikesAndInvisiblesAreReadAsWords()
    {
        Assert.Equal(Verdict.Commented, Judge("Тhе Krеmlin will dеny this by lunсhtimе.\nhttps://youtu.be/aBcD3fGh1jK", MarkupFormat.Plain).Verdict);
        Assert.Equal(DriveByReason.FillerOnly, Judge("сhесk thіs оut\nhttps://youtu.be/aBcD3fGh1jK", MarkupFormat.Plain).Reason);
        var zeroWidth = Judge("l\u200Bo\u200Bl\nhttps://youtu.be/aBcD3fGh1jK", MarkupFormat.Plain);
        Assert.Equal(DriveByReason.FillerOnly, zeroWidth.Reason);
        Assert.Contains(zeroWidth.Findings, f => f.Code == "invisible_characters");
        Assert.Equal(Verdict.DriveBy, Judge("‮!hctaw tsum\nhttps://youtu.be/aBcD3fGh1jK", MarkupFormat.Plain).Verdict);
    }

    [Fact]
    public void Languages_AreDetected_AndAnUnsupportedOneFallsBackToCounting()
    {
        var german = Judge("Zwei Prozent auf dem Papier, wie jedes Jahr.\nhttps://www.instagram.com/reel/4GnN7pGulwq/", MarkupFormat.Plain);
        Assert.Equal(("de", Verdict.Commented), (german.Language, german.Verdict));
        var italian = Judge("Secondo me questo video mostra esattamente quello che succede quando nessuno controlla i confini.\nhttps://youtu.be/aBcD3fGh1jK", MarkupFormat.Plain);
        Assert.False(italian.LanguageSupported);
        Assert.Contains(italian.Findings, f => f.Code == "language_unsupported");
        Assert.Equal(Verdict.Commented, italian.Verdict);
    }

    [Fact]
    public void Messages_FollowThePolicyLocale()
    {
        var j = Judge("[MEDIA=youtube]aBcD3fGh1jK[/MEDIA]", policy: JudgePolicy.Default with { Locale = "de" });
        Assert.NotEqual(Judge("[MEDIA=youtube]aBcD3fGh1jK[/MEDIA]").Message, j.Message);
        Assert.False(string.IsNullOrWhiteSpace(j.Message));
    }

    [Fact]
    public void CommunityAndSectionPolicies_AreApplied()
    {
        var strictNews = new PolicySet(JudgePolicy.Default, new Dictionary<string, CommunityPolicies>
        {
            ["garden"] = new(JudgePolicy.Default, new Dictionary<string, JudgePolicy> { ["news"] = JudgePolicy.Default with { Governed = GovernedLinks.SocialAndVideo } }),
        });
        var judge = new PostJudge(strictNews);
        const string article = "https://www.reuters.com/world/europe/eu-agrees-new-sanctions-package-2025-06-23/";
        Assert.Equal(Verdict.DriveBy, judge.Judge(new PostToJudge { Text = article, Community = "garden" }).Verdict);
        Assert.Equal(Verdict.NotApplicable, judge.Judge(new PostToJudge { Text = article, Community = "garden", Section = "news" }).Verdict);
    }

    [Fact]
    public void ThreadTitle_RepeatedIsNotAComment()
    {
        var j = Judge("Kherson bridge strike, day two\nhttps://youtu.be/aBcD3fGh1jK", MarkupFormat.Plain, threadTitle: "Kherson bridge strike, day two");
        Assert.Equal(Verdict.DriveBy, j.Verdict);
        Assert.Equal("thread_title", j.Copies[0].Source);
    }

    [Fact]
    public void OversizedPost_IsSentToAModerator_NotGuessed()
    {
        var huge = "https://youtu.be/aBcD3fGh1jK " + new string('a', 2 * 1024 * 1024);
        var j = Judge(huge, MarkupFormat.Plain);
        Assert.Equal(Verdict.NeedsReview, j.Verdict);
        Assert.NotNull(j.ReadNote);
        Assert.Contains(j.Findings, f => f.Code == "refused");
    }

    [Fact]
    public void LongestPost_EmbedIsFound_AndAModeratorDecides()
    {
        // Just under the 1 Mi-character limit: a quote of half of it, then a long pasted text of sentences.
        var quote = "[QUOTE=amy]" + string.Concat(Enumerable.Repeat("The convoy moved north on Tuesday near the river. ", 9_000)) + "[/QUOTE]\n";
        var body = string.Concat(Enumerable.Repeat("Officials said the bridge was closed on Monday, according to a statement. ", 6_000));
        var post = quote + body + "\n[MEDIA=youtube]aBcD3fGh1jK[/MEDIA]";
        Assert.InRange(post.Length, 850_000, 1_048_576);
        var j = Judge(post);

        // BB code this long is read as plain text: the embed is still found (no escape by length), and since quotes
        // cannot be told from own words any more, a moderator decides.
        Assert.True(Assert.Single(j.Links).Governed);
        Assert.Equal(Verdict.NeedsReview, j.Verdict);
        Assert.Contains(j.Findings, f => f.Code == "read_as_plain_text");
    }

    [Fact]
    public void MediaTagInPlainText_IsAnEmbed_AndNotOwnWords()
    {
        var j = Judge("[MEDIA=youtube]dQ9wX4cZ1bE[/MEDIA]", MarkupFormat.Plain);
        Assert.Equal((Verdict.DriveBy, DriveByReason.NoText), (j.Verdict, j.Reason));
        Assert.Equal("youtube:dQ9wX4cZ1bE", Assert.Single(j.Links).Canonical);
    }

    [Fact]
    public void Spans_StayInsideThePost_AndJsonHasTheContractFields()
    {
        const string text = "[QUOTE=amy]old news[/QUOTE]\nNot old at all, this is from Tuesday.\n[MEDIA=youtube]aBcD3fGh1jK[/MEDIA]";
        var j = Judge(text);
        Assert.All(j.Spans, s => Assert.True(s.Start >= 0 && s.End <= text.Length && s.Start < s.End));
        using var json = System.Text.Json.JsonDocument.Parse(JudgementJson.ToJson(j));
        var root = json.RootElement;
        foreach (var field in new[] { "verdict", "reason", "confidence", "own_words", "links", "language", "message", "findings", "spans" })
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }

        Assert.Equal("commented", root.GetProperty("verdict").GetString());
        var link = root.GetProperty("links")[0];
        foreach (var field in new[] { "url", "provider", "kind", "canonical", "governed", "start", "end" })
        {
            Assert.True(link.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public void Judge_IsThreadSafe()
    {
        var posts = LabelledPostsForConcurrency();
        var expected = posts.Select(p => JudgementJson.ToJson(PostJudge.Default.Judge(p))).ToArray();
        var actual = new string[posts.Length];
        Parallel.For(0, posts.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => actual[i % posts.Length] = JudgementJson.ToJson(PostJudge.Default.Judge(posts[i % posts.Length])));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Judge_ReusesItsPerThreadBuffers_WithoutCarryingAnythingOver()
    {
        // The judge keeps its analysis, builders and sentence lists per thread: a post must be judged the same
        // whatever was judged (or whose links were listed) on the thread before it.
        var posts = LabelledPostsForConcurrency();
        var forward = posts.Select(p => JudgementJson.ToJson(PostJudge.Default.Judge(p))).ToArray();
        var backward = new string[posts.Length];
        for (int i = posts.Length - 1; i >= 0; i--)
        {
            _ = PostJudge.Default.FindLinks(posts[(i + 7) % posts.Length]);
            backward[i] = JudgementJson.ToJson(PostJudge.Default.Judge(posts[i]));
        }

        Assert.Equal(forward, backward);

        // A quote of one post must not become context for the next: the same sentence, own words in the second post.
        var quoting = new PostToJudge
        {
            Text = "[QUOTE=bob]Nobody will hold the bridge once the river freezes over this winter[/QUOTE]\nI doubt it. https://youtu.be/aBcD3fGh1jK",
            Format = MarkupFormat.BbCode,
        };
        var own = new PostToJudge
        {
            Text = "Nobody will hold the bridge once the river freezes over this winter, I think. https://youtu.be/aBcD3fGh1jK",
            Format = MarkupFormat.BbCode,
        };
        string alone = JudgementJson.ToJson(PostJudge.Default.Judge(own));
        _ = PostJudge.Default.Judge(quoting);
        Assert.Equal(alone, JudgementJson.ToJson(PostJudge.Default.Judge(own)));
    }

    private static PostToJudge[] LabelledPostsForConcurrency() =>
        [.. TestSupport.LabelledPost.Corpus().Take(120).Select(p => p.ToPost())];
}
