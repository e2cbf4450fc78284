namespace SaySomething.Core.Providers;

/// <summary>Where a provider's definition comes from. Earlier sources take precedence over later ones.</summary>
public enum ProviderSource : byte
{
    /// <summary>Our own <c>Data/providers.json</c>.</summary>
    Own,

    /// <summary>The vendored s9e TextFormatter MediaEmbed site list (<c>Data/vendor/s9e-mediaembed-sites.json</c>).</summary>
    MediaEmbedSites,

    /// <summary>The vendored oEmbed provider registry (<c>Data/vendor/oembed-providers.json</c>).</summary>
    OEmbed,
}
