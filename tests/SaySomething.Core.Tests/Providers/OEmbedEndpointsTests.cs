using SaySomething.Core.Providers;

namespace SaySomething.Core.Tests.Providers;

public sealed class OEmbedEndpointsTests
{
    [Theory]
    [InlineData("https://www.youtube.com/watch?v=Rk3fTq9ZpLw", "https://www.youtube.com/oembed")]
    [InlineData("https://youtu.be/Rk3fTq9ZpLw", "https://www.youtube.com/oembed")]
    [InlineData("http://WWW.YOUTUBE.COM/watch?v=Rk3fTq9ZpLw", "https://www.youtube.com/oembed")]
    [InlineData("https://twitter.com/i/status/1790000000000000001", "https://publish.twitter.com/oembed")]
    [InlineData("https://vimeo.com/123456", "https://vimeo.com/api/oembed.json")]
    public void Find_GivesTheProvidersEndpoint_WithTheUrlAndJsonFormat(string page, string endpoint)
    {
        Uri? request = OEmbedEndpoints.Default.Find(page);

        Assert.NotNull(request);
        Assert.StartsWith(endpoint + "?", request.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("url=" + Uri.EscapeDataString(page), request.OriginalString, StringComparison.Ordinal);
        Assert.EndsWith("&format=json", request.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://youtube.com.evil.example/watch?v=x")]
    [InlineData("https://example.org/watch")]
    [InlineData("ftp://www.youtube.com/watch?v=x")]
    [InlineData("www.youtube.com/watch?v=x")]
    [InlineData("")]
    public void Find_OtherSitesAndSchemes_HaveNoEndpoint(string page)
    {
        Assert.Null(OEmbedEndpoints.Default.Find(page));
    }

    [Fact]
    public void Find_OverlongUrl_HasNoEndpoint()
    {
        Assert.Null(OEmbedEndpoints.Default.Find("https://youtu.be/" + new string('a', OEmbedEndpoints.MaxUrlLength)));
    }

    [Fact]
    public void TheVendoredList_HasSchemes()
    {
        Assert.True(OEmbedEndpoints.Default.SchemeCount > 500);
    }

    [Theory]
    [InlineData("*.youtube.com/watch*", "www.youtube.com/watch?v=1", true)]
    [InlineData("*.youtube.com/watch*", "youtube.com/watch?v=1", false)]
    [InlineData("a*b*c", "aXXbYYc", true)]
    [InlineData("a*b*c", "aXXbYY", false)]
    [InlineData("*", "", true)]
    [InlineData("abc", "ABC", true)]
    public void GlobMatches_StarIsAnyRun_CaseInsensitive(string pattern, string text, bool expected)
    {
        Assert.Equal(expected, OEmbedEndpoints.GlobMatches(pattern, text));
    }

    [Fact]
    public void GlobMatches_ManyStarsOnALongText_Finishes()
    {
        // Backtracking on the last star only: at worst the product of the lengths, never exponential.
        Assert.False(OEmbedEndpoints.GlobMatches("*a*a*a*a*a*a*a*b", new string('a', 4096)));
    }
}
