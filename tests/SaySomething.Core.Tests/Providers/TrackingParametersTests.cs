using SaySomething.Core.Providers;

namespace SaySomething.Core.Tests.Providers;

public class TrackingParametersTests
{
    [Theory]
    [InlineData("https://example.org/a?utm_source=x&utm_medium=y&id=5", "https://example.org/a?id=5")]
    [InlineData("https://example.org/a?fbclid=abc", "https://example.org/a")]
    [InlineData("https://example.org/a?gclid=1&b=2#frag", "https://example.org/a?b=2#frag")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?si=abc&t=90", "https://youtu.be/dQw4w9WgXcQ?t=90")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ&feature=shared", "https://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://x.com/u/status/1?s=46&t=abc", "https://x.com/u/status/1")]
    [InlineData("https://twitter.com/u/status/1?s=20", "https://twitter.com/u/status/1")]
    [InlineData("https://example.org/search?s=term&t=5", "https://example.org/search?s=term&t=5")]
    [InlineData("https://www.instagram.com/p/abc/?igsh=xyz", "https://www.instagram.com/p/abc/")]
    [InlineData("https://www.instagram.com/p/abc/?igshid=xyz", "https://www.instagram.com/p/abc/")]
    [InlineData("https://www.facebook.com/share/p/abc/?mibextid=xyz", "https://www.facebook.com/share/p/abc/")]
    [InlineData("https://www.tiktok.com/@u/video/1?is_from_webapp=1&sender_device=pc", "https://www.tiktok.com/@u/video/1")]
    [InlineData("https://www.tiktok.com/@u/video/1?_r=1&share_id=9", "https://www.tiktok.com/@u/video/1")]
    [InlineData("https://example.org/a?ref=home&ref_src=twsrc&ref_url=x&b=1", "https://example.org/a?b=1")]
    [InlineData("https://example.org/a?a=1&amp;utm_source=x&amp;b=2", "https://example.org/a?a=1&b=2")]
    [InlineData("https://example.org/a?UTM_SOURCE=x&b=2", "https://example.org/a?b=2")]
    [InlineData("https://example.org/a", "https://example.org/a")]
    [InlineData("not a url?utm_source=x", "not a url?utm_source=x")]
    public void RemoveTrackingParameters_Url_RemovesOnlyTracking(string url, string expected)
    {
        Assert.Equal(expected, TrackingParameters.RemoveTrackingParameters(url));
    }

    [Theory]
    [InlineData("t", true, true)]
    [InlineData("t", false, false)]
    [InlineData("s", true, true)]
    [InlineData("s", false, false)]
    [InlineData("utm_campaign", false, true)]
    [InlineData("v", false, false)]
    [InlineData("list", false, false)]
    public void IsTracking_Name_DependsOnHost(string name, bool onX, bool expected)
    {
        Assert.Equal(expected, TrackingParameters.IsTracking(name, onX));
    }
}
