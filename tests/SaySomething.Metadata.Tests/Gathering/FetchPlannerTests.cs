using SaySomething.Metadata.Gathering;

namespace SaySomething.Metadata.Tests.Gathering;

public sealed class FetchPlannerTests
{
    private static readonly FetchPlanner Planner = new();

    [Theory]
    [InlineData("https://youtu.be/Rk3fTq9ZpLw")]
    [InlineData("youtube.com/watch?v=Rk3fTq9ZpLw&t=30")]
    [InlineData("https://m.youtube.com/watch?feature=share&v=Rk3fTq9ZpLw")]
    public void YouTube_AnyForm_ReadsTheWatchPageAndYouTubesOEmbed(string url)
    {
        var plan = Planner.Plan(url)!;

        Assert.Equal("youtube:Rk3fTq9ZpLw", plan.Canonical);
        Assert.Equal("https://www.youtube.com/watch?v=Rk3fTq9ZpLw", plan.PageUrl?.AbsoluteUri);
        Assert.Equal("www.youtube.com", plan.OEmbedUrl?.Host);
        Assert.Contains("format=json", plan.OEmbedUrl!.Query, StringComparison.Ordinal);
        Assert.True(plan.ReadWatchPage);
        Assert.False(plan.ReadArticle);
    }

    [Fact]
    public void XPost_HasOnlyOEmbed()
    {
        var plan = Planner.Plan("https://x.com/harbourwatch/status/1790000000000000001")!;

        Assert.Null(plan.PageUrl);
        Assert.Equal("publish.twitter.com", plan.OEmbedUrl?.Host);
        Assert.Contains(Uri.EscapeDataString("https://twitter.com/i/status/1790000000000000001"), plan.OEmbedUrl!.Query, StringComparison.Ordinal);
    }

    [Fact]
    public void Instagram_ReadsThePublicPage_NotTheTokenOnlyEndpoint()
    {
        var plan = Planner.Plan("https://www.instagram.com/p/C7abcdEFGhi/")!;

        Assert.Null(plan.OEmbedUrl);
        Assert.NotNull(plan.PageUrl);
    }

    [Fact]
    public void TikTok_HasItsOEmbed()
    {
        Assert.Equal("www.tiktok.com", Planner.Plan("https://www.tiktok.com/@riverfolk/video/7350000000000000000")!.OEmbedUrl?.Host);
    }

    [Fact]
    public void TelegramPost_ReadsItsPreviewPage()
    {
        var plan = Planner.Plan("https://t.me/rivernews/4521")!;

        Assert.Equal("https://t.me/rivernews/4521", plan.PageUrl?.AbsoluteUri);
        Assert.Equal("telegram", plan.ProviderId);
    }

    [Fact]
    public void Article_ReadsItsText()
    {
        var plan = Planner.Plan("https://www.reuters.com/world/europe/ferry-crossings-resume-after-storm-2026-05-14/")!;

        Assert.Equal("article", plan.Kind);
        Assert.True(plan.ReadArticle);
    }

    [Theory]
    [InlineData("mailto:someone@example.org")]
    [InlineData("ftp://example.org/file")]
    [InlineData("javascript:alert(1)")]
    public void NotAWebAddress_HasNoPlan(string url)
    {
        Assert.Null(Planner.Plan(url));
    }
}
