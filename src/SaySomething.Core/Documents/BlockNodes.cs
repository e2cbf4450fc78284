namespace SaySomething.Core.Documents;

/// <summary>A paragraph: a run of inline nodes.</summary>
public sealed class ParagraphNode : ContainerNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Paragraph;
}

/// <summary>A heading (<c>[HEADING=2]</c>, <c>## …</c>, <c>&lt;h2&gt;</c>).</summary>
public sealed class HeadingNode : ContainerNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Heading;

    /// <summary>Gets the level, 1 (largest) to 6.</summary>
    public int Level { get; init; } = 1;
}

/// <summary>A code block. Its text is shown as written and never parsed for markup.</summary>
public sealed class CodeBlockNode : DocumentNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.CodeBlock;

    /// <summary>Gets the language named by the markup (<c>[CODE=php]</c>, <c>```js</c>), or null.</summary>
    public string? Language { get; init; }

    /// <summary>Gets the code as a reader sees it.</summary>
    public string Text { get; init; } = "";
}

/// <summary>A spoiler: content hidden behind a click. It is the poster's own content.</summary>
public sealed class SpoilerNode : ContainerNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Spoiler;

    /// <summary>Gets the spoiler's title (<c>[SPOILER="title"]</c>), or null.</summary>
    public string? Title { get; init; }

    /// <summary>Gets a value indicating whether this is an inline spoiler (<c>[ISPOILER]</c>).</summary>
    public bool IsInline { get; init; }
}

/// <summary>A list; its children are <see cref="ListItemNode"/>s.</summary>
public sealed class ListNode : ContainerNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.List;

    /// <summary>Gets a value indicating whether items are numbered.</summary>
    public bool Ordered { get; init; }
}

/// <summary>One item of a list.</summary>
public sealed class ListItemNode : ContainerNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ListItem;
}

/// <summary>A table; its children are <see cref="TableRowNode"/>s.</summary>
public sealed class TableNode : ContainerNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Table;
}

/// <summary>A table row; its children are <see cref="TableCellNode"/>s.</summary>
public sealed class TableRowNode : ContainerNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.TableRow;
}

/// <summary>A table cell.</summary>
public sealed class TableCellNode : ContainerNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.TableCell;

    /// <summary>Gets a value indicating whether this is a header cell.</summary>
    public bool IsHeader { get; init; }
}
