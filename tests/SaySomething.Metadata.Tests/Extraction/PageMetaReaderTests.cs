using System.Text;
using SaySomething.Metadata.Extraction;
using SaySomething.Metadata.Fixtures;

namespace SaySomething.Metadata.Tests.Extraction;

public sealed class PageMetaReaderTests
{
    private static readonly Uri PageUrl = new("https://www.example.org/news/story");

    private static ExtractedMetadata Read(string html, out Uri? oembed)
    {
        using var page = HtmlPage.Parse(html, PageUrl);
        return PageMetaReader.Read(page, out oembed);
    }

    [Fact]
    public void OpenGraph_WinsOverTwitterCardAndTitle()
    {
        var found = Read(FixturePages.Text("opengraph.html"), out _);

        Assert.Equal("Community garden opens its seed library", found.Title);
        Assert.Equal("Members can borrow seeds in spring and return seeds from their own harvest in autumn.", found.Description);
        Assert.Equal(MetadataSources.OpenGraph, found.Sources);
    }

    [Fact]
    public void TitleElementAndMetaDescription_WhenThereAreNoCards()
    {
        var found = Read("<html><head><title> Plain   page </title><meta name=\"description\" content=\"What the page is about.\"></head></html>", out _);

        Assert.Equal(("Plain page", "What the page is about."), (found.Title, found.Description));
        Assert.Equal(MetadataSources.Page, found.Sources);
    }

    [Fact]
    public void WatchPage_ChannelComesFromTheAuthorMicrodata()
    {
        var found = Read(FixturePages.Text("watch.html"), out Uri? oembed);

        Assert.Equal("Field Notes Crew", found.Author);
        Assert.Equal("Rebuilding the Rusanivka footbridge in eleven days", found.Title);
        Assert.Equal("www.youtube.com", oembed?.Host);
    }

    [Fact]
    public void MetaTagsInsideScriptsAndComments_AreNotRead()
    {
        var found = Read(FixturePages.Text("watch.html"), out _);

        Assert.DoesNotContain("FAKE", found.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("FAKE", found.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void HugeAttribute_IsCutToTheLimit()
    {
        string huge = string.Join(' ', Enumerable.Repeat("word", 300_000));
        var found = Read($"<meta property=\"og:title\" content=\"{huge}\"><meta property=\"og:description\" content=\"{huge}\">", out _);

        Assert.InRange(found.Title!.Length, 1, ExtractionLimits.MaxTitleChars);
        Assert.InRange(found.Description!.Length, 1, ExtractionLimits.MaxDescriptionChars);
        Assert.EndsWith("word", found.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyMetaTags_OnlyTheFirstThousandsAreRead()
    {
        var html = new StringBuilder();
        for (int i = 0; i < ExtractionLimits.MaxMetaElements + 10; i++)
        {
            html.Append("<meta name=\"x").Append(i).Append("\" content=\"y\">");
        }

        html.Append("<meta property=\"og:title\" content=\"too late\">");

        Assert.Null(Read(html.ToString(), out _).Title);
    }

    [Fact]
    public void EmptyAndWhiteSpaceValues_AreNothing()
    {
        var found = Read("<meta property=\"og:title\" content=\"   \"><meta property=\"og:description\" content=\"\"><title>\n</title>", out _);

        Assert.True(found.IsEmpty);
        Assert.Equal(MetadataSources.None, found.Sources);
    }

    [Theory]
    [InlineData("/oembed?url=x", "https://www.example.org/oembed?url=x")]
    [InlineData("https://provider.example.net/oembed.json", "https://provider.example.net/oembed.json")]
    public void OEmbedDiscoveryLink_IsResolvedAgainstThePage(string href, string expected)
    {
        Read($"<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{href}\">", out Uri? oembed);

        Assert.Equal(expected, oembed?.AbsoluteUri);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/x")]
    public void OEmbedDiscoveryLink_OtherThanHttp_IsIgnored(string href)
    {
        Read($"<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{href}\">", out Uri? oembed);

        Assert.Null(oembed);
    }

    [Fact]
    public void Clean_CutsAtAWordBoundary_AndKeepsLinesWhenAsked()
    {
        Assert.Equal("one two", ExtractionLimits.Clean("one two three", 9));
        Assert.Equal("a\nb c", ExtractionLimits.Clean("  a \r\n\n b\tc ", 100, keepLines: true));
        Assert.Null(ExtractionLimits.Clean("\u0000\u0001 \t", 10));
    }
}
