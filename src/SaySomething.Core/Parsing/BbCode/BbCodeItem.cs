using SaySomething.Core.Documents;

namespace SaySomething.Core.Parsing.BbCode;

/// <summary>What a <see cref="BbCodeItem"/> holds.</summary>
internal enum BbCodeItemKind : byte
{
    /// <summary>Source text, auto-linked when made into nodes.</summary>
    Text,

    /// <summary>Source text shown as is, never auto-linked (the content of <c>[PLAIN]</c>).</summary>
    PlainText,

    /// <summary>A finished node.</summary>
    Node,

    /// <summary>The opening tag of a frame still open; it becomes text if the frame is never closed.</summary>
    Opening,
}

/// <summary>
/// One entry of the tree builder's flat item list: text not yet split into lines, a finished node, or the
/// placeholder of an open tag. A frame owns the items after its placeholder.
/// </summary>
internal readonly record struct BbCodeItem(BbCodeItemKind Kind, int Start, int End, DocumentNode? Node, bool IsBlock)
{
    public static BbCodeItem Text(int start, int end) => new(BbCodeItemKind.Text, start, end, null, false);

    public static BbCodeItem Plain(int start, int end) => new(BbCodeItemKind.PlainText, start, end, null, false);

    public static BbCodeItem Of(DocumentNode node, bool isBlock) => new(BbCodeItemKind.Node, node.Span.Start, node.Span.End, node, isBlock);

    public static BbCodeItem Opening(int start, int end) => new(BbCodeItemKind.Opening, start, end, null, false);

    /// <summary>Gets a value indicating whether the item is text of either kind.</summary>
    public bool IsText => Kind is BbCodeItemKind.Text or BbCodeItemKind.PlainText;
}
