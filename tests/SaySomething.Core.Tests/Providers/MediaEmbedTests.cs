using SaySomething.Core.Providers;

namespace SaySomething.Core.Tests.Providers;

public class MediaEmbedTests
{
    private static readonly ProviderRegistry Registry = ProviderRegistry.Default;

    [Theory]
    [InlineData("youtube", "dQw4w9WgXcQ", "youtube", LinkKind.Video, "youtube:dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("YouTube", "dQw4w9WgXcQ:90", "youtube", LinkKind.Video, "youtube:dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("youtube", "dQw4w9WgXcQ, list: PLabc", "youtube", LinkKind.Video, "youtube:dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("twitter", "1790000000000000001", "x", LinkKind.SocialPost, "x:1790000000000000001", "https://twitter.com/i/web/status/1790000000000000001")]
    [InlineData("TWITTER", "1790000000000000001", "x", LinkKind.SocialPost, "x:1790000000000000001", "https://twitter.com/i/web/status/1790000000000000001")]
    [InlineData("tiktok", "7300000000000000001", "tiktok", LinkKind.Video, "tiktok:7300000000000000001", "https://www.tiktok.com/video/7300000000000000001")]
    [InlineData("facebook", "1234567890123456", "facebook", LinkKind.Video, "facebook:1234567890123456", "https://www.facebook.com/watch/?v=1234567890123456")]
    [InlineData("facebook", "somebody/posts/12345", "facebook", LinkKind.SocialPost, "facebook:12345", "https://www.facebook.com/somebody/posts/12345")]
    [InlineData("instagram", "Cabc123XYZ_", "instagram", LinkKind.SocialPost, "instagram:Cabc123XYZ_", "https://www.instagram.com/p/Cabc123XYZ_/")]
    [InlineData("reddit", "r/worldnews/comments/1abc2de/title", "reddit", LinkKind.SocialPost, "reddit:1abc2de", "https://www.reddit.com/r/worldnews/comments/1abc2de/title")]
    [InlineData("reddit", "1abc2de", "reddit", LinkKind.SocialPost, "reddit:1abc2de", "https://www.reddit.com/comments/1abc2de/")]
    [InlineData("vimeo", "123456789", "vimeo", LinkKind.Video, "vimeo:123456789", "https://vimeo.com/123456789")]
    [InlineData("dailymotion", "x8abcde", "dailymotion", LinkKind.Video, "dailymotion:x8abcde", "https://www.dailymotion.com/video/x8abcde")]
    [InlineData("twitch", "clip:FunnySlug-AbC", "twitch", LinkKind.Video, "twitch:clip/FunnySlug-AbC", "https://clips.twitch.tv/FunnySlug-AbC")]
    [InlineData("twitch", "video:1234567890", "twitch", LinkKind.Video, "twitch:video/1234567890", "https://www.twitch.tv/videos/1234567890")]
    [InlineData("imgur", "AbCdEfG", "imgur", LinkKind.Image, "imgur:AbCdEfG", "https://imgur.com/AbCdEfG")]
    [InlineData("bluesky", "someone.bsky.social/3kabcdefgh2x", "bluesky", LinkKind.SocialPost, "bluesky:someone.bsky.social/3kabcdefgh2x", "https://bsky.app/profile/someone.bsky.social/post/3kabcdefgh2x")]
    public void TryResolveMedia_KnownSite_MatchesLinkIdentity(string site, string key, string providerId, LinkKind kind, string canonicalId, string url)
    {
        Assert.True(Registry.TryResolveMedia(site, key, out ResolvedMedia media));

        Assert.Equal(providerId, media.Provider.Id);
        Assert.Equal(kind, media.Kind);
        Assert.Equal(canonicalId, media.CanonicalId);
        Assert.Equal(url, media.Url);
    }

    [Fact]
    public void TryResolveMedia_SameVideoAsLink_HasSameCanonicalId()
    {
        Assert.True(Registry.TryResolveMedia("youtube", "dQw4w9WgXcQ:42", out ResolvedMedia media));

        Assert.Equal(Registry.GetCanonicalId("https://youtu.be/dQw4w9WgXcQ?t=42"), media.CanonicalId);
    }

    [Fact]
    public void TryResolveMedia_S9eOnlySite_UsesSiteData()
    {
        Assert.True(Registry.TryResolveMedia("soundcloud", "some/track", out ResolvedMedia media));

        Assert.Equal("soundcloud", media.Provider.Id);
    }

    [Theory]
    [InlineData("nosuchsite", "abc")]
    [InlineData("youtube", "")]
    [InlineData("youtube", "   ")]
    [InlineData("twitter", "not-a-number")]
    [InlineData("youtube", "abc\"><script>")]
    [InlineData("", "abc")]
    public void TryResolveMedia_UnknownSiteOrBadKey_ReturnsFalse(string site, string key)
    {
        Assert.False(Registry.TryResolveMedia(site, key, out _));
    }
}
