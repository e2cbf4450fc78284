using SaySomething.Core.Documents;
using SaySomething.Core.Parsing.Markdown;

namespace SaySomething.Core.Tests.Parsing.Markdown;

public sealed class DiscourseBlockScannerTests
{
    [Theory]
    [InlineData("alice, post:3, topic:1234", "alice", "3", "1234")]
    [InlineData("alice,post:3,topic:1234,full:true", "alice", "3", "1234")]
    [InlineData("Priya N, post:4, topic:342, username:priya_n", "Priya N", "4", "342")]
    [InlineData("bob", "bob", null, null)]
    [InlineData("post:9, topic:1, username:carol", "carol", "9", "1")]
    public void ParseAttribution_DiscourseOption_ReadsAuthorPostTopic(string option, string? author, string? post, string? topic)
    {
        var attribution = DiscourseBlockScanner.ParseAttribution(option);

        Assert.Equal(new QuoteAttribution(author, post, null, topic), attribution);
    }

    [Fact]
    public void ParseAttribution_Empty_IsNull() => Assert.Null(DiscourseBlockScanner.ParseAttribution(""));

    [Fact]
    public void Scan_MismatchedTags_KeepsOnlyProperlyNestedPairs()
    {
        const string input = "[quote]\n[spoiler]\ntext\n[/quote]\n[/spoiler]\n";

        var tags = DiscourseBlockScanner.Scan(input);

        Assert.Collection(
            tags,
            t => Assert.Equal((BlockTagKind.Quote, false, 0), (t.Kind, t.IsClose, t.Start)),
            t => Assert.Equal((BlockTagKind.Quote, true, 23), (t.Kind, t.IsClose, t.Start)));
    }

    [Fact]
    public void Scan_OpenTagNotAtLineStart_IsNotBlock()
    {
        Assert.Empty(DiscourseBlockScanner.Scan("see [quote]\nx\n[/quote]\n"));
    }

    [Fact]
    public void Scan_CaseInsensitiveTagsAndIndentedOpen_Match()
    {
        var tags = DiscourseBlockScanner.Scan("  [QUOTE=\"alice\"]\nx\n[/Quote]");

        Assert.Equal(2, tags.Count);
        Assert.Equal("alice", tags[0].Attribution?.Author);
        Assert.Equal((2, 17), (tags[0].Start, tags[0].End));
    }

    [Fact]
    public void Scan_TagsInsideTildeOrBacktickFence_AreIgnored()
    {
        Assert.Empty(DiscourseBlockScanner.Scan("~~~\n[quote]\n[/quote]\n~~~\n"));
        Assert.Empty(DiscourseBlockScanner.Scan("````\n```\n[quote]\n[/quote]\n````\n"));
    }

    [Fact]
    public void Scan_DetailsTitleUnquoted_IsKept()
    {
        var tags = DiscourseBlockScanner.Scan("[details=Logs here]\nx\n[/details]");

        Assert.Equal("Logs here", tags[0].Title);
    }
}
