namespace SaySomething.Core.Documents;

/// <summary>A quotation of someone else's words (<c>[QUOTE]</c>, <c>&gt; …</c>, <c>blockquote</c>, a "name said:" block).</summary>
public sealed class QuoteNode : ContainerNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Quote;

    /// <summary>Gets who and what is quoted, when the markup says; null for an anonymous quote.</summary>
    public QuoteAttribution? Attribution { get; init; }
}

/// <summary>The source of a quote, as far as the markup tells (<c>[QUOTE="alice, post: 123, member: 45"]</c>).</summary>
/// <param name="Author">The quoted member's name, or null.</param>
/// <param name="PostId">The quoted post's id, or null.</param>
/// <param name="MemberId">The quoted member's id, or null.</param>
/// <param name="TopicId">The quoted post's topic (Discourse <c>topic:N</c>), or null.</param>
public sealed record QuoteAttribution(string? Author, string? PostId = null, string? MemberId = null, string? TopicId = null);
