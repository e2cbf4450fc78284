using SaySomething.Core.Judging.Copying;
using SaySomething.Core.Judging.OwnText;
using SaySomething.Core.Judging.Sentences;

namespace SaySomething.Core.Tests.Judging;

/// <summary>Near-copies of context found by word shingles: case, punctuation, edits, emoji, truncation, lost letters.</summary>
public sealed class CopyDetectionTests
{
    private const string Description =
        "In a new episode of Military Notes, the host shows how recruits at a training ground are taught to carry the wounded on tarpaulins.";

    [Theory]
    [InlineData("In a new episode of Military Notes, the host shows how recruits at a training ground are taught to carry the wounded on tarpaulins.", 1.0)]
    [InlineData("IN A NEW EPISODE OF MILITARY NOTES the host shows how recruits at a training ground are taught to carry the wounded on tarpaulins", 1.0)]
    [InlineData("n a new episode of Military Notes, the host shows how recruits at a training ground are taught to carry the wounded on tarpaulins.", 0.95)]
    [InlineData("In a new episode of Military Notes, the host shows how recruits at a training ground are taught to carry the injured on tarpaulins.", 0.9)]
    [InlineData("In a new episode of Military Notes 🔥🔥, the host shows how recruits at a training ground are taught…", 1.0)]
    [InlineData("Recruits are taught on tarpaulins, which says everything about their medics.", 0.0)]
    public void Description_NearCopies_AreCovered(string text, double minShare)
    {
        var index = CopyIndex.Build([new ContextSource(ContextKind.Description, Description)]);
        var words = TextAnalysis.CopyWords(text);
        var match = index.Match(words);
        double share = (double)match.Covered / words.Length;
        if (minShare == 0)
        {
            Assert.True(share < 0.6, $"share {share:0.00}");
        }
        else
        {
            Assert.Equal(ContextKind.Description, match.Kind);
            Assert.True(share >= minShare, $"share {share:0.00} < {minShare}");
        }
    }

    [Fact]
    public void ReorderedTitle_WithPossessives_IsStillTheTitle()
    {
        var index = CopyIndex.Build([new ContextSource(ContextKind.Title, "The Kremlin's Oil Money Is Running Out (Here's Proof)")]);
        var words = TextAnalysis.CopyWords("Kremlin oil money is running out, here is proof");
        Assert.Equal(words.Length, index.Match(words).Covered);
    }

    [Fact]
    public void OneSharedWord_IsNotACopy()
    {
        var index = CopyIndex.Build([new ContextSource(ContextKind.ThreadTitle, "Ukraine war news")]);
        Assert.Equal(0, index.Match(TextAnalysis.CopyWords("Ukraine will hold, whatever they say")).Covered);
    }

    [Fact]
    public void LongSources_AreIndexed_AndFoundTheSameWay()
    {
        var article = string.Join(' ', Enumerable.Range(0, 80).Select(i => $"word{i}"));
        var index = CopyIndex.Build([new ContextSource(ContextKind.Article, article)]);
        var words = TextAnalysis.CopyWords("word10 word11 word12 word13 word14 word15");
        Assert.Equal((ContextKind?)ContextKind.Article, index.Match(words).Kind);
        Assert.Equal(6, index.Match(words).Covered);
    }

    [Theory]
    [InlineData("https://www.reuters.com/world/europe/eu-agrees-new-sanctions-package-2025-06-23/", "eu agrees new sanctions package 2025 06 23")]
    [InlineData("https://example.com/news/brussels_braces_for_fight.html?utm_source=x", "brussels braces for fight")]
    [InlineData("https://www.youtube.com/watch?v=aBcD3fGh1jK", null)]
    [InlineData("https://t.me/channel/4211", null)]
    [InlineData("not a url", null)]
    public void UrlSlug_WordsOfTheLastWordySegment(string url, string? expected) => Assert.Equal(expected, UrlSlug.Words(url));
}
