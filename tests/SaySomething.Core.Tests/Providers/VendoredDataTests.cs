using System.Text.Json;
using SaySomething.Core.Providers;

namespace SaySomething.Core.Tests.Providers;

public class VendoredDataTests
{
    private static readonly ProviderRegistry Registry = ProviderRegistry.Default;

    public static TheoryData<string, string> S9eExamples()
    {
        var data = new TheoryData<string, string>();
        using JsonDocument document = OpenResource("s9e-mediaembed-sites.json");
        foreach (JsonElement site in document.RootElement.GetProperty("sites").EnumerateArray())
        {
            foreach (JsonElement example in site.GetProperty("examples").EnumerateArray())
            {
                data.Add(site.GetProperty("id").GetString()!, example.GetString()!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(S9eExamples))]
    public void Classify_S9eExample_IsThatSitesProvider(string siteId, string url)
    {
        Provider? provider = Registry.Classify(url).Provider;

        Assert.NotNull(provider);
        Assert.True(
            provider.Id == siteId || provider.MediaSiteIds.Contains(siteId),
            $"{url} went to '{provider.Id}' instead of '{siteId}'");
    }

    [Fact]
    public void Default_AllS9eSites_AreResolvableMediaSites()
    {
        using JsonDocument document = OpenResource("s9e-mediaembed-sites.json");
        int sites = 0;
        foreach (JsonElement site in document.RootElement.GetProperty("sites").EnumerateArray())
        {
            sites++;
            string id = site.GetProperty("id").GetString()!;
            bool resolved = Registry.TryResolveMedia(id, "123456", out _) || Registry.TryResolveMedia(id, "someone.example/123456", out _);
            Assert.True(resolved, id);
        }

        Assert.Equal(136, sites);
    }

    [Theory]
    [InlineData("https://www.23hq.com/someone/photo/123", "23hq")]
    [InlineData("https://open.spotify.com/track/abc", "spotify")]
    [InlineData("https://www.flickr.com/photos/someone/123", "flickr")]
    [InlineData("https://soundcloud.com/someone/track", "soundcloud")]
    public void Classify_VendoredOnlyHost_IsRecognised(string url, string providerId)
    {
        Assert.Equal(providerId, Registry.Classify(url).Provider?.Id);
    }

    [Theory]
    [InlineData("https://www.tumblr.com/someone/123", LinkKind.SocialPost)]
    [InlineData("https://www.flickr.com/photos/someone/123", LinkKind.Image)]
    [InlineData("https://coub.com/view/abc", LinkKind.Video)]
    [InlineData("https://codepen.io/someone/pen/abc", LinkKind.Other)]
    public void Classify_S9eSite_KindFromTags(string url, LinkKind kind)
    {
        Assert.Equal(kind, Registry.Classify(url).Kind);
    }

    [Fact]
    public void Default_OwnEntriesWin_OverVendoredHosts()
    {
        Assert.Equal(ProviderSource.Own, Registry.Classify("https://www.nytimes.com/2024/05/12/world/europe/x.html").Provider?.Source);
        Assert.Equal("x", Registry.Classify("https://twitter.com/u/status/1").Provider?.Id);
        Assert.Equal("cnn", Registry.Classify("https://money.cnn.com/some/story").Provider?.Id);
    }

    private static JsonDocument OpenResource(string file)
    {
        string name = "SaySomething.Core.Providers.Data.vendor." + file;
        using Stream stream = typeof(ProviderRegistry).Assembly.GetManifestResourceStream(name)!;
        return JsonDocument.Parse(stream);
    }
}
