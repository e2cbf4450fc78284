namespace SaySomething.Core.Documents;

/// <summary>
/// A preview card the platform (or a copy of a rendered page) shows for a link: XenForo's unfurl block, a Discourse
/// onebox, or in page text a site-name line followed by a title. Its title and description are the linked page's
/// words, never the poster's.
/// </summary>
public sealed class LinkCardNode : ContainerNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.LinkCard;

    /// <summary>Gets the address the card is for, or null when the copy lost it (only the site name is left).</summary>
    public string? Url { get; init; }

    /// <summary>Gets the site name the card shows (<c>foreignaffairs.com</c>, <c>YouTube</c>), or null.</summary>
    public string? Site { get; init; }

    /// <summary>Gets the linked page's title as the card shows it, or null.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the linked page's description as the card shows it, or null.</summary>
    public string? Description { get; init; }
}

/// <summary>What interface text a <see cref="BoilerplateNode"/> is.</summary>
public enum BoilerplateKind : byte
{
    /// <summary>The notice shown instead of an embed until cookies are accepted.</summary>
    ConsentPlaceholder,

    /// <summary>XenForo's "Click to expand..." under a long quote.</summary>
    ClickToExpand,

    /// <summary>The "name said:" line that heads a quote.</summary>
    QuoteHeader,

    /// <summary>An app signature such as "Sent from my iPhone using Tapatalk".</summary>
    Signature,

    /// <summary>Page furniture copied with a post: "Similar threads", share buttons, "Listen", "Print".</summary>
    PageChrome,
}

/// <summary>Text the platform or an app adds to a post; never the poster's own words.</summary>
public sealed class BoilerplateNode : DocumentNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Boilerplate;

    /// <summary>Gets which interface text this is.</summary>
    public BoilerplateKind Boilerplate { get; init; }

    /// <summary>Gets the text as shown.</summary>
    public string Text { get; init; } = "";
}
