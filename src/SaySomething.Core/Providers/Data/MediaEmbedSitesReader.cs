using System.Text.Json;

namespace SaySomething.Core.Providers.Data;

/// <summary>
/// Reads the vendored s9e MediaEmbed site list. A site that one of our own providers claims (its
/// <c>mediaSites</c>) adds its hosts to that provider; any other site becomes a provider of its own whose
/// kind comes from the site's tags.
/// </summary>
internal static class MediaEmbedSitesReader
{
    public static void Read(JsonDocument document, RegistryBuildContext context)
    {
        foreach (JsonElement site in document.RootElement.GetProperty("sites").EnumerateArray())
        {
            string id = EmbeddedData.String(site, "id") ?? throw new FormatException("s9e site without id.");
            if (!context.ByMediaSite.TryGetValue(id, out ProviderBuilder? provider))
            {
                provider = context.Add(new ProviderBuilder(
                    id,
                    EmbeddedData.String(site, "name") ?? id,
                    KindFromTags(EmbeddedData.Strings(site, "tags")),
                    ProviderSource.MediaEmbedSites));
                provider.MediaSiteIds.Add(id);
                context.ByMediaSite.Add(id, provider);
            }

            foreach (string host in EmbeddedData.Strings(site, "hosts"))
            {
                _ = context.Hosts.TryAdd(provider, host, exactOnly: false);
            }

            if (site.TryGetProperty("oembed", out JsonElement oembed)
                && EmbeddedData.String(oembed, "scheme") is { } scheme
                && scheme.Contains("{@id}", StringComparison.Ordinal)
                && scheme.IndexOf("{@", StringComparison.Ordinal) == scheme.LastIndexOf("{@", StringComparison.Ordinal))
            {
                context.MediaSiteUrlTemplates[id] = scheme;
            }
        }
    }

    /// <summary>videos/livestreaming → Video, social → SocialPost, images → Image, news → Article, else Other.</summary>
    public static LinkKind KindFromTags(IReadOnlyCollection<string> tags)
    {
        if (tags.Contains("videos") || tags.Contains("livestreaming"))
        {
            return LinkKind.Video;
        }

        if (tags.Contains("social"))
        {
            return LinkKind.SocialPost;
        }

        if (tags.Contains("images"))
        {
            return LinkKind.Image;
        }

        return tags.Contains("news") ? LinkKind.Article : LinkKind.Other;
    }
}
