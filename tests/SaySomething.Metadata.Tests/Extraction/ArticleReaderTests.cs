using SaySomething.Metadata.Extraction;
using SaySomething.Metadata.Fixtures;

namespace SaySomething.Metadata.Tests.Extraction;

public sealed class ArticleReaderTests
{
    private static string? Read(string html)
    {
        using var page = HtmlPage.Parse(html, new Uri("https://gazette.example.org/city/2026/05/night-trams-approved"));
        return ArticleReader.Read(page);
    }

    [Fact]
    public void ArticlePage_GivesItsParagraphs_WithoutNavigationOrFooter()
    {
        string? text = Read(FixturePages.Text("article.html"));

        Assert.NotNull(text);
        Assert.Contains("Trams will run every twenty minutes after midnight", text, StringComparison.Ordinal);
        Assert.Contains("a report on passenger numbers is due in October", text, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Most read", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortPage_IsNotAnArticle()
    {
        Assert.Null(Read(FixturePages.Text("opengraph.html")));
    }

    [Fact]
    public void DeeplyNestedPage_IsRefused_BeforeTheRecursiveReaderSeesIt()
    {
        string html = string.Concat(Enumerable.Repeat("<div>", ExtractionLimits.MaxArticleDepth + 50)) + "<p>" + new string('x', 500) + "</p>";

        Assert.Null(Read(html));
    }

    [Fact]
    public void PageWithTooManyElements_IsRefused()
    {
        string html = string.Concat(Enumerable.Repeat("<p>a</p>", ExtractionLimits.MaxArticleElements + 10));

        Assert.Null(Read(html));
    }
}
