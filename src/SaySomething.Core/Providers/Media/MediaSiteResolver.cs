namespace SaySomething.Core.Providers.Media;

/// <summary>
/// Turns <c>[MEDIA=site]key[/MEDIA]</c> into a URL (see <see cref="MediaKeyUrls"/>) and classifies that URL
/// with the registry, so an embed and a pasted link to the same item share one canonical id.
/// </summary>
internal sealed class MediaSiteResolver(
    ProviderRegistry registry,
    Dictionary<string, Provider> sites,
    Dictionary<string, string> urlTemplates)
{
    public bool TryResolve(string siteId, string mediaKey, out ResolvedMedia media)
    {
        media = default;
        if (string.IsNullOrWhiteSpace(siteId) || string.IsNullOrWhiteSpace(mediaKey))
        {
            return false;
        }

        siteId = siteId.Trim();
        string key = mediaKey.Trim();
        Provider? provider = sites.GetValueOrDefault(siteId) ?? registry.GetProvider(siteId.ToLowerInvariant());
        if (provider is null || !MediaKeyUrls.IsSafeKey(key))
        {
            return false;
        }

        string? url = MediaKeyUrls.Handles(provider.Id) ? MediaKeyUrls.Build(provider.Id, key) : FromTemplate(siteId, key);
        if (url is null && MediaKeyUrls.Handles(provider.Id))
        {
            return false;
        }

        if (url is null)
        {
            media = new ResolvedMedia(provider, provider.DefaultKind, provider.Id + ":" + key, null);
            return true;
        }

        LinkClassification classification = registry.Classify(url);
        string? canonical = registry.GetCanonicalId(url);
        if (canonical is null)
        {
            return false;
        }

        media = new ResolvedMedia(classification.Provider ?? provider, classification.Kind, canonical, url);
        return true;
    }

    private string? FromTemplate(string siteId, string key) =>
        urlTemplates.TryGetValue(siteId, out string? template) && !key.Contains('/', StringComparison.Ordinal)
            ? template.Replace("{@id}", key, StringComparison.Ordinal)
            : null;
}
