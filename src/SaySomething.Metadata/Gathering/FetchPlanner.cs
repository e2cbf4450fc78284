using SaySomething.Core.Providers;

namespace SaySomething.Metadata.Gathering;

/// <summary>
/// Decides what to fetch for a link. Known platforms get the address that carries their metadata: a YouTube link of any
/// form becomes its watch page plus YouTube's oEmbed; an X post has only oEmbed (its page needs scripts); Instagram
/// and Facebook endpoints need an access token, so their public page is read instead; Telegram's post page
/// (<c>t.me/channel/N</c>) carries the post's text in <c>og:description</c>; anything else is its own page, plus the
/// oEmbed endpoint the registry lists for it. Articles also have their readable text read.
/// </summary>
public sealed class FetchPlanner
{
    /// <summary>Hosts of oEmbed endpoints that answer only with an access token: asking them is wasted time.</summary>
    private static readonly string[] TokenOnlyEndpointHosts = ["graph.facebook.com"];

    private readonly ProviderRegistry _providers;
    private readonly OEmbedEndpoints _endpoints;

    /// <summary>Creates a planner over the given registry and endpoints (the defaults when null).</summary>
    public FetchPlanner(ProviderRegistry? providers = null, OEmbedEndpoints? endpoints = null)
    {
        _providers = providers ?? ProviderRegistry.Default;
        _endpoints = endpoints ?? OEmbedEndpoints.Default;
    }

    /// <summary>The plan for <paramref name="url"/> as written in a post, or null when it is not an http(s) address.</summary>
    public FetchPlan? Plan(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        string? canonical = _providers.GetCanonicalId(url);
        Uri? written = Absolute(url);
        if (canonical is null || written is null)
        {
            return null;
        }

        var classification = _providers.Classify(url);
        string? provider = classification.Provider?.Id;
        string kind = LinkKindNames.ToName(classification.Kind);
        string? id = canonical.StartsWith(provider + ":", StringComparison.Ordinal) ? canonical[(provider!.Length + 1)..] : null;

        Uri? page = written;
        string oembedSubject = written.AbsoluteUri;
        bool watchPage = false;
        switch (provider)
        {
            case "youtube" when id is not null && kind == "video":
                page = new Uri("https://www.youtube.com/watch?v=" + Uri.EscapeDataString(id));
                oembedSubject = page.AbsoluteUri;
                watchPage = true;
                break;
            case "x" when id is not null:
                page = null;
                oembedSubject = "https://twitter.com/i/status/" + Uri.EscapeDataString(id);
                break;
        }

        Uri? oembed = _endpoints.Find(oembedSubject);
        if (oembed is not null && TokenOnlyEndpointHosts.Contains(oembed.Host, StringComparer.OrdinalIgnoreCase))
        {
            oembed = null;
        }

        return new FetchPlan(url, canonical, provider, kind, page, oembed, watchPage, kind == "article");
    }

    /// <summary>The address as an absolute http(s) URI (a post may leave out the scheme: <c>youtube.com/watch?v=…</c>).</summary>
    internal static Uri? Absolute(string url)
    {
        string trimmed = url.Trim();
        if (!trimmed.Contains("://", StringComparison.Ordinal))
        {
            trimmed = "https://" + trimmed;
        }

        return Uri.TryCreate(trimmed, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;
    }
}
