namespace SaySomething.Core.Documents;

/// <summary>How a link got into a post; the judgement treats a bare URL, a titled link and an embed differently.</summary>
public enum LinkOrigin : byte
{
    /// <summary>An address typed in text and auto-linked.</summary>
    BareUrl,

    /// <summary>An address in a link tag without its own text: <c>[URL]…[/URL]</c>, <c>&lt;https://…&gt;</c>.</summary>
    TaggedUrl,

    /// <summary>A link with text of its own: <c>[URL=…]text[/URL]</c>, <c>[text](url)</c>, <c>&lt;a href&gt;text&lt;/a&gt;</c>.</summary>
    TitledLink,

    /// <summary>A media embed: <c>[MEDIA=youtube]id[/MEDIA]</c>, an iframe, a video onebox, the consent placeholder.</summary>
    MediaEmbed,

    /// <summary>The address of a link preview card (unfurl, onebox).</summary>
    LinkCard,

    /// <summary>An image: <c>[IMG]</c>, <c>![alt](url)</c>, <c>&lt;img&gt;</c>.</summary>
    Image,

    /// <summary>An e-mail address or <c>mailto:</c> link.</summary>
    Email,
}

/// <summary>
/// A link a reader sees: an address, a titled link, an embed or an image. Its children are the link's own text
/// (anchor text, image alt text); empty for bare addresses and embeds.
/// </summary>
public sealed class LinkNode : ContainerNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Link;

    /// <summary>Gets how the link was written.</summary>
    public LinkOrigin Origin { get; init; }

    /// <summary>
    /// Gets the address, as written or as rebuilt from an embed (<c>[MEDIA=youtube]id</c> gives the watch URL);
    /// null when it cannot be known (the consent placeholder of a copied page, a media site we do not know).
    /// </summary>
    public string? Url { get; init; }

    /// <summary>Gets where the address itself is written in the source, or empty when it is not (embeds by id).</summary>
    public SourceSpan UrlSpan { get; init; }

    /// <summary>Gets the media site id of an embed (<c>youtube</c>, <c>twitter</c>), or null.</summary>
    public string? MediaSite { get; init; }

    /// <summary>Gets the media key of an embed as written (<c>aBcD3fGh1jK:90</c>), or null.</summary>
    public string? MediaKey { get; init; }
}
