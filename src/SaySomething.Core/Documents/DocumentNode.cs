namespace SaySomething.Core.Documents;

/// <summary>
/// A node of a post's document tree. Every node knows where it comes from in the original text
/// (<see cref="Span"/>), so a verdict can point at exactly the words it is about.
/// </summary>
public abstract class DocumentNode
{
    /// <summary>Gets what kind of node this is.</summary>
    public abstract NodeKind Kind { get; }

    /// <summary>Gets the range of the original text this node was read from (markup included).</summary>
    public SourceSpan Span { get; init; }

    /// <summary>
    /// Gets a value indicating whether a reader cannot see this node: text made invisible by formatting (a tiny
    /// size, a transparent colour, <c>display:none</c>). A hidden container hides all its descendants.
    /// </summary>
    public bool Hidden { get; init; }

    /// <summary>Gets the child nodes; empty for leaves.</summary>
    public virtual IReadOnlyList<DocumentNode> Children => [];
}

/// <summary>A node whose content is other nodes.</summary>
public abstract class ContainerNode : DocumentNode
{
    /// <summary>Gets the child nodes, in source order.</summary>
    public override IReadOnlyList<DocumentNode> Children => Content;

    /// <summary>Gets or initialises the child nodes, in source order.</summary>
    public IReadOnlyList<DocumentNode> Content { get; init; } = [];
}
