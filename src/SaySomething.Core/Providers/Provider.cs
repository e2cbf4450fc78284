using SaySomething.Core.Providers.Rules;

namespace SaySomething.Core.Providers;

/// <summary>
/// A platform or site that links can point to (YouTube, X, a news outlet...). Immutable; instances are
/// created by the provider registry from its data files and shared between threads.
/// </summary>
public sealed class Provider
{
    internal Provider(
        string id,
        string name,
        LinkKind defaultKind,
        ProviderSource source,
        PathRule[] rules,
        string[] hosts,
        string[] mediaSiteIds,
        bool matchesAnyHost)
    {
        Id = id;
        Name = name;
        DefaultKind = defaultKind;
        Source = source;
        Rules = rules;
        Hosts = Array.AsReadOnly(hosts);
        MediaSiteIds = Array.AsReadOnly(mediaSiteIds);
        MatchesAnyHost = matchesAnyHost;
    }

    /// <summary>Gets the short lower-case id used as prefix of canonical ids, e.g. <c>youtube</c>, <c>x</c>, <c>telegram</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the display name, e.g. <c>YouTube</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// Gets the kind of a link to this provider when none of its path rules matches and the path is not
    /// empty (a bare host is always <see cref="LinkKind.Other"/>).
    /// </summary>
    public LinkKind DefaultKind { get; }

    /// <summary>Gets the data file that defined the provider.</summary>
    public ProviderSource Source { get; }

    /// <summary>Gets the host names (domain suffixes, and exact hosts) that belong to this provider; never empty.</summary>
    public IReadOnlyList<string> Hosts { get; }

    /// <summary>
    /// Gets the media-embed site ids (s9e / XenForo <c>[MEDIA=site]</c>) that mean this provider, e.g.
    /// <c>twitter</c> for <c>x</c>; empty when there are none.
    /// </summary>
    public IReadOnlyList<string> MediaSiteIds { get; }

    /// <summary>Gets the provider's path rules in the order they are tried.</summary>
    internal PathRule[] Rules { get; }

    /// <summary>Gets whether the rules are also tried on hosts no provider lists (Mastodon instances).</summary>
    internal bool MatchesAnyHost { get; }

    /// <summary>
    /// Gets the kind of item the site is for when it is a social or video site (the kind most of its rules give,
    /// videos or social posts; else the default kind); its channel and profile pages are social media links too.
    /// </summary>
    internal LinkKind ContentKind
    {
        get
        {
            if (DefaultKind is LinkKind.Video or LinkKind.SocialPost)
            {
                return DefaultKind;
            }

            int videos = 0, posts = 0;
            foreach (var rule in Rules)
            {
                videos += rule.Kind == LinkKind.Video ? 1 : 0;
                posts += rule.Kind == LinkKind.SocialPost ? 1 : 0;
            }

            return videos + posts == 0 ? DefaultKind : posts >= videos ? LinkKind.SocialPost : LinkKind.Video;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Id;
}
