using SaySomething.Core.Documents;
using SaySomething.Core.Judging.OwnText;
using SaySomething.Core.Policies;
using SaySomething.Core.Providers;
using SaySomething.Core.Providers.Urls;

namespace SaySomething.Core.Judging.Governance;

/// <summary>
/// Decides which of a post's links need a comment under a policy: social posts and videos always (the rule's
/// letter), articles by default, any other site only under <see cref="GovernedLinks.AnyExternal"/>; never images,
/// e-mail addresses, links inside quotes, hidden links, the forum's own links or allow-listed domains.
/// </summary>
internal static class LinkGovernor
{
    /// <summary>The kind name of an embed whose site is unknown (a consent placeholder in copied page text).</summary>
    public const string EmbedKind = "embed";

    public static JudgedLink Govern(in PostLink link, JudgePolicy policy, ProviderRegistry providers)
    {
        var (provider, kind, canonical, url) = Identify(link, providers);
        string kindName = link.Origin == LinkOrigin.Email ? "email" : kind;
        string? host = policy.ForumHosts.Count + policy.AllowedDomains.Count == 0 ? null : HostOf(url);
        (bool governed, string why) = Decide(link, policy, kindName, host);
        return new JudgedLink(url, provider, kindName, canonical, governed, link.Span.Start, link.Span.End, why);
    }

    private static (string? Provider, string Kind, string? Canonical, string? Url) Identify(in PostLink link, ProviderRegistry providers)
    {
        if (link.Origin == LinkOrigin.Image)
        {
            return (null, LinkKind.Image.ToName(), null, link.Url);
        }

        if (link.MediaSite is { } site && link.Url is null)
        {
            var known = providers.GetProvider(site);
            return (known?.Id ?? site, known is null ? EmbedKind : known.DefaultKind.ToName(), null, null);
        }

        string? url = link.Url;
        if (url is null && link.CardSite is { } cardSite && cardSite.Contains('.', StringComparison.Ordinal) && !cardSite.Contains(' ', StringComparison.Ordinal))
        {
            url = "https://" + cardSite.Trim() + "/";
        }

        if (url is null)
        {
            // An embed or card whose address the copy lost: a third-party media item all the same.
            return (null, EmbedKind, null, null);
        }

        // One pass gives the kind and the id; an archived page is classified by the address it keeps.
        string? canonical = providers.Identify(url, out var classification);
        if (ArchivedAddress(url) is { } archived)
        {
            classification = providers.Classify(archived);
        }

        var kind = classification.Kind;
        if (kind == LinkKind.Other && classification.Provider is { ContentKind: LinkKind.Video or LinkKind.SocialPost } socialSite)
        {
            // A channel or profile page of a social or video site is still a social media link, as the rule names them.
            kind = socialSite.ContentKind;
        }
        if (link.Origin == LinkOrigin.MediaEmbed && kind == LinkKind.Other)
        {
            return (classification.Provider?.Id, EmbedKind, canonical, link.Url);
        }

        if (link.Origin == LinkOrigin.LinkCard && kind == LinkKind.Other)
        {
            // A preview card is the platform showing a page's title and description: an article as far as the rule goes.
            kind = LinkKind.Article;
        }

        return (classification.Provider?.Id, kind.ToName(), canonical, link.Url);
    }

    /// <summary>
    /// The address an Internet Archive snapshot keeps (<c>web.archive.org/web/20240101000000/https://…</c>): the
    /// snapshot of an article is the article. Null for any other address.
    /// </summary>
    internal static string? ArchivedAddress(string url)
    {
        const string Prefix = "web.archive.org/web/";
        int at = url.IndexOf(Prefix, StringComparison.OrdinalIgnoreCase);
        if (at < 0 || at > "https://".Length)
        {
            return null;
        }

        int slash = url.IndexOf('/', at + Prefix.Length);
        if (slash < 0)
        {
            return null;
        }

        string inner = url[(slash + 1)..];
        return inner.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || inner.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? inner
            : null;
    }

    private static (bool Governed, string Why) Decide(in PostLink link, JudgePolicy policy, string kind, string? host)
    {
        if (link.InQuote)
        {
            return (false, "inside a quote");
        }

        if (link.Hidden)
        {
            return (false, "hidden by formatting");
        }

        if (kind is "email" or "image")
        {
            return (false, kind);
        }

        if (host is not null)
        {
            foreach (string forumHost in policy.ForumHosts)
            {
                if (HostNames.IsSameOrSubdomain(host, forumHost))
                {
                    return (false, "the forum's own link");
                }
            }

            foreach (string domain in policy.AllowedDomains)
            {
                if (HostNames.IsSameOrSubdomain(host, domain))
                {
                    return (false, "allow-listed domain");
                }
            }
        }

        return kind switch
        {
            "video" => (true, "video"),
            "social_post" => (true, "social post"),
            EmbedKind => (true, "embedded media"),
            "article" => policy.Governed == GovernedLinks.SocialAndVideo ? (false, "article (not governed by this policy)") : (true, "article"),
            _ => policy.Governed == GovernedLinks.AnyExternal ? (true, "external link") : (false, "not a social post, video or article"),
        };
    }

    private static string? HostOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        return uri.IdnHost.ToLowerInvariant();
    }
}
