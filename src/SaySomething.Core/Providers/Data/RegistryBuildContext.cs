namespace SaySomething.Core.Providers.Data;

/// <summary>Everything the readers share while the registry is built (single-threaded).</summary>
internal sealed class RegistryBuildContext
{
    public List<ProviderBuilder> Providers { get; } = [];

    public Dictionary<string, ProviderBuilder> ById { get; } = new(StringComparer.Ordinal);

    /// <summary>Media-embed site id (s9e / XenForo) to provider, case-insensitive.</summary>
    public Dictionary<string, ProviderBuilder> ByMediaSite { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Media-embed site id to the s9e oEmbed scheme (a URL template with <c>{@id}</c>).</summary>
    public Dictionary<string, string> MediaSiteUrlTemplates { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>oEmbed provider name to our own provider, case-insensitive.</summary>
    public Dictionary<string, ProviderBuilder> ByOEmbedName { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HostTableBuilder Hosts { get; } = new();

    public ProviderBuilder Add(ProviderBuilder provider)
    {
        Providers.Add(provider);
        ById.Add(provider.Id, provider);
        return provider;
    }
}
