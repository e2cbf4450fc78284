using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text;
using SaySomething.Core.Providers.Data;
using SaySomething.Core.Providers.Media;
using SaySomething.Core.Providers.Rules;
using SaySomething.Core.Providers.Urls;

namespace SaySomething.Core.Providers;

/// <summary>
/// Knows what a link points to: which provider (YouTube, X, a news outlet...) and what kind of thing
/// (video, social post, article, image). Built once from the embedded data files
/// (<c>Providers/Data/providers.json</c>, then the vendored s9e and oEmbed lists); immutable and
/// thread-safe afterwards.
/// </summary>
public sealed class ProviderRegistry
{
    private static readonly Lazy<ProviderRegistry> LazyDefault = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, HostEntry> _hosts;
    private readonly FrozenDictionary<string, HostEntry>.AlternateLookup<ReadOnlySpan<char>> _hostLookup;
    private readonly Provider[] _anyHostProviders;
    private readonly Dictionary<string, Provider> _byId;
    private readonly MediaSiteResolver _media;

    private ProviderRegistry(
        Dictionary<string, HostEntry> hosts,
        Provider[] providers,
        Dictionary<string, Provider> mediaSites,
        Dictionary<string, string> mediaUrlTemplates)
    {
        // Frozen: built once, read for every link; lookups are markedly faster than Dictionary's.
        _hosts = hosts.ToFrozenDictionary(StringComparer.Ordinal);
        _hostLookup = _hosts.GetAlternateLookup<ReadOnlySpan<char>>();
        Providers = Array.AsReadOnly(providers);
        _anyHostProviders = [.. providers.Where(p => p.MatchesAnyHost)];
        _byId = providers.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _media = new MediaSiteResolver(this, mediaSites, mediaUrlTemplates);
    }

    /// <summary>Gets the registry built from the embedded data files (built on first use, then shared).</summary>
    public static ProviderRegistry Default => LazyDefault.Value;

    /// <summary>Gets every provider, our own first, then s9e sites, then oEmbed providers.</summary>
    public IReadOnlyList<Provider> Providers { get; }

    /// <summary>Gets the number of host keys (domain suffixes and exact hosts) the registry matches.</summary>
    public int HostCount => _hosts.Count;

    /// <summary>
    /// Classifies an address as written in a post: with or without scheme, any case, with ports,
    /// fragments, <c>&amp;amp;</c> escapes or IDN hosts. Does not allocate for ASCII hosts.
    /// </summary>
    /// <param name="url">The address text.</param>
    /// <returns>
    /// The provider (or <see langword="null"/> for hosts no data file lists) and the kind. Text that is not an
    /// http(s) address gives <c>(null, Other)</c>; a bare host (no path) is always <see cref="LinkKind.Other"/>.
    /// </returns>
    // The host buffer is written before it is read (hot path: skip zeroing it).
    [SkipLocalsInit]
    public LinkClassification Classify(ReadOnlySpan<char> url)
    {
        Span<char> hostBuffer = stackalloc char[HostNames.MaxLength + 3];
        if (!UrlParts.TryParse(url, hostBuffer, out UrlParts parts))
        {
            return default;
        }

        scoped CaptureSet captures = default;
        return Resolve(parts, ref captures, out _);
    }

    /// <summary>
    /// Returns the identity of what the address points to, the same for every way of writing it:
    /// <c>youtube:VIDEOID</c>, <c>x:STATUSID</c>, <c>tiktok:ID</c>, <c>telegram:channel/123</c>,
    /// <c>reddit:postid</c>, <c>mastodon:host/@user/id</c>... When no provider rule yields an id, returns
    /// <c>url:</c> followed by a normalised URL: scheme https, host lower case (punycode) without a leading
    /// <c>www.</c>, default port dropped, path as written (empty path becomes '/'), tracking parameters
    /// removed, <c>&amp;amp;</c> decoded, fragment dropped.
    /// </summary>
    /// <param name="url">The address text.</param>
    /// <returns>The canonical id, or <see langword="null"/> when the text is not an http(s) address.</returns>
    public string? GetCanonicalId(ReadOnlySpan<char> url) => Identify(url, out _);

    /// <summary>
    /// <see cref="Classify"/> and <see cref="GetCanonicalId"/> in one pass over the address, for a caller that needs
    /// both (the judge, for every link of a post).
    /// </summary>
    /// <param name="url">The address text.</param>
    /// <param name="classification">The provider and kind, as <see cref="Classify"/> gives them.</param>
    /// <returns>The canonical id, or <see langword="null"/> when the text is not an http(s) address.</returns>
    [SkipLocalsInit]
    public string? Identify(ReadOnlySpan<char> url, out LinkClassification classification)
    {
        Span<char> hostBuffer = stackalloc char[HostNames.MaxLength + 3];
        if (!UrlParts.TryParse(url, hostBuffer, out UrlParts parts))
        {
            classification = default;
            return null;
        }

        scoped CaptureSet captures = default;
        classification = Resolve(parts, ref captures, out PathRule? rule);
        var builder = t_idBuilder ??= new StringBuilder(256);
        builder.Clear();
        if (rule is not null && classification.Provider is { } provider && rule.HasId)
        {
            builder.Append(provider.Id).Append(':');
            rule.TryAppendId(builder, captures, parts.Host);
        }
        else
        {
            builder.Append("url:");
            CanonicalUrl.Append(builder, parts, onXHost: classification.Provider?.Id == "x");
        }

        string id = builder.ToString();
        if (builder.Capacity > MaxKeptBuilder)
        {
            t_idBuilder = null;
        }

        return id;
    }

    // Canonical ids are built in one builder per thread, kept while it stays small.
    private const int MaxKeptBuilder = 4096;

    [ThreadStatic]
    private static StringBuilder? t_idBuilder;

    /// <summary>
    /// Maps a forum media embed <c>[MEDIA=site]key[/MEDIA]</c> (XenForo / s9e site ids, case-insensitive)
    /// to the identity and address a link to the same item has. YouTube keys may carry a start time
    /// (<c>ID:90</c>) or extra fields after a comma; only the id is used.
    /// </summary>
    /// <param name="siteId">The media site id, e.g. <c>youtube</c>, <c>twitter</c>, <c>tiktok</c>.</param>
    /// <param name="mediaKey">The text between the tags.</param>
    /// <param name="media">The resolved embed; <see langword="default"/> when the method returns false.</param>
    /// <returns>False for unknown sites and for empty or malformed keys.</returns>
    public bool TryResolveMedia(string siteId, string mediaKey, out ResolvedMedia media) =>
        _media.TryResolve(siteId, mediaKey, out media);

    /// <summary>Finds a provider by its <see cref="Provider.Id"/> (ordinal, lower case).</summary>
    /// <returns>The provider, or <see langword="null"/> when there is none with that id.</returns>
    public Provider? GetProvider(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The provider whose host list covers the normalised <paramref name="host"/>, or null.</summary>
    internal Provider? FindProvider(ReadOnlySpan<char> host)
    {
        ReadOnlySpan<char> suffix = host;
        bool whole = true;
        while (true)
        {
            if (_hostLookup.TryGetValue(suffix, out HostEntry entry) && (whole || !entry.ExactOnly))
            {
                return entry.Provider;
            }

            int dot = suffix.IndexOf('.');
            if (dot < 0)
            {
                return null;
            }

            suffix = suffix[(dot + 1)..];
            whole = false;
        }
    }

    private static ProviderRegistry Load()
    {
        var context = new RegistryBuildContext();
        using (var own = EmbeddedData.Open(EmbeddedData.OwnProviders))
        {
            OwnProvidersReader.Read(own, context);
        }

        using (var sites = EmbeddedData.Open(EmbeddedData.MediaEmbedSites))
        {
            MediaEmbedSitesReader.Read(sites, context);
        }

        using (var oembed = EmbeddedData.Open(EmbeddedData.OEmbedProviders))
        {
            OEmbedProvidersReader.Read(oembed, context);
        }

        var built = context.Providers.ToDictionary(p => p, p => p.Build());
        return new ProviderRegistry(
            context.Hosts.Build(built),
            [.. context.Providers.Select(p => built[p])],
            context.ByMediaSite.ToDictionary(p => p.Key, p => built[p.Value], StringComparer.OrdinalIgnoreCase),
            context.MediaSiteUrlTemplates);
    }

    private LinkClassification Resolve(in UrlParts parts, ref CaptureSet captures, out PathRule? matched)
    {
        Provider? provider = FindProvider(parts.Host);
        if (provider is not null)
        {
            if (TryRules(provider, parts, ref captures, out matched))
            {
                return new LinkClassification(provider, matched.Kind);
            }

            if (ImageFiles.HasImageExtension(parts.Path))
            {
                return new LinkClassification(provider, LinkKind.Image);
            }

            bool bare = parts.Path.IsEmpty || !parts.Path.ContainsAnyExcept('/');
            return new LinkClassification(provider, bare ? LinkKind.Other : provider.DefaultKind);
        }

        foreach (Provider anyHost in _anyHostProviders)
        {
            if (TryRules(anyHost, parts, ref captures, out matched))
            {
                return new LinkClassification(anyHost, matched.Kind);
            }
        }

        matched = null;
        if (ImageFiles.HasImageExtension(parts.Path))
        {
            return new LinkClassification(null, LinkKind.Image);
        }

        return new LinkClassification(null, ArticleHeuristics.LooksLikeArticle(parts.Path) ? LinkKind.Article : LinkKind.Other);
    }

    private static bool TryRules(Provider provider, in UrlParts parts, ref CaptureSet captures, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PathRule? matched)
    {
        foreach (PathRule rule in provider.Rules)
        {
            captures = default;
            if (rule.Matches(parts, ref captures))
            {
                matched = rule;
                return true;
            }
        }

        matched = null;
        return false;
    }
}
