namespace SaySomething.Metadata.Extraction;

/// <summary>Where the pieces of a link's metadata came from.</summary>
[Flags]
public enum MetadataSources
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>The provider's oEmbed endpoint (from the provider registry, or discovered in the page).</summary>
    OEmbed = 1,

    /// <summary>OpenGraph tags (<c>og:title</c>, <c>og:description</c>).</summary>
    OpenGraph = 2,

    /// <summary>Twitter-card tags (<c>twitter:title</c>, <c>twitter:description</c>).</summary>
    TwitterCard = 4,

    /// <summary>The page's own <c>&lt;title&gt;</c>, meta description, author or microdata (<c>itemprop</c>).</summary>
    Page = 8,

    /// <summary>The player data of a video watch page (the full description).</summary>
    WatchPage = 16,

    /// <summary>The readable text of an article page.</summary>
    Article = 32,
}

/// <summary>Names of <see cref="MetadataSources"/> for people and JSON.</summary>
public static class MetadataSourceNames
{
    private static readonly (MetadataSources Flag, string Name)[] Names =
    [
        (MetadataSources.OEmbed, "oembed"),
        (MetadataSources.OpenGraph, "opengraph"),
        (MetadataSources.TwitterCard, "twitter_card"),
        (MetadataSources.Page, "page"),
        (MetadataSources.WatchPage, "watch_page"),
        (MetadataSources.Article, "article"),
    ];

    /// <summary>The names of the set flags joined with <c>+</c> (<c>oembed+watch_page</c>), or null for none.</summary>
    public static string? ToName(MetadataSources sources)
    {
        string joined = string.Join('+', Names.Where(n => sources.HasFlag(n.Flag)).Select(n => n.Name));
        return joined.Length == 0 ? null : joined;
    }

    /// <summary>The flags named in <paramref name="text"/> (as <see cref="ToName"/> writes them); unknown names are ignored.</summary>
    public static MetadataSources Parse(string? text)
    {
        var sources = MetadataSources.None;
        foreach (string part in (text ?? "").Split('+'))
        {
            foreach (var (flag, name) in Names)
            {
                sources |= part == name ? flag : MetadataSources.None;
            }
        }

        return sources;
    }
}
