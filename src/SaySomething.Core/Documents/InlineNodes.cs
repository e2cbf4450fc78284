namespace SaySomething.Core.Documents;

/// <summary>A run of text as a reader sees it (entities decoded, markup removed).</summary>
public sealed class TextNode : DocumentNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Text;

    // A node read straight from the source keeps the source and cuts its text out only when asked: the judge reads
    // it as a span and most nodes' strings are never needed.
    private string? _text;
    private string? _source;

    /// <summary>Gets the text. For plain text and BB code it equals the source at <see cref="DocumentNode.Span"/>.</summary>
    public string Text
    {
        get => _text ??= _source is null ? "" : _source.Substring(Span.Start, Span.Length);
        init => _text = value;
    }

    /// <summary>Gets the text without making a string of it.</summary>
    public ReadOnlySpan<char> Content => _text is not null ? _text : _source is null ? default : _source.AsSpan(Span.Start, Span.Length);

    /// <summary>A node whose text is the source at <paramref name="span"/>.</summary>
    internal static TextNode OfSource(string source, SourceSpan span, bool hidden = false) =>
        new() { _source = source, Span = span, Hidden = hidden };
}

/// <summary>A line break inside a paragraph.</summary>
public sealed class LineBreakNode : DocumentNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.LineBreak;
}

/// <summary>Which formatting a <see cref="StyledNode"/> applies.</summary>
public enum TextStyle : byte
{
    /// <summary>Bold.</summary>
    Bold,

    /// <summary>Italic.</summary>
    Italic,

    /// <summary>Underline.</summary>
    Underline,

    /// <summary>Strike-through.</summary>
    Strike,

    /// <summary>A text colour.</summary>
    Color,

    /// <summary>A font family.</summary>
    Font,

    /// <summary>A text size.</summary>
    Size,

    /// <summary>Alignment or indentation (<c>[CENTER]</c>, <c>[INDENT]</c>).</summary>
    Layout,

    /// <summary>Any other formatting.</summary>
    Other,
}

/// <summary>Formatting around inline content. <see cref="DocumentNode.Hidden"/> is set when it makes text invisible.</summary>
public sealed class StyledNode : ContainerNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Styled;

    /// <summary>Gets the formatting.</summary>
    public TextStyle Style { get; init; }

    /// <summary>Gets the formatting's value as written (<c>5</c> for a size, <c>#ff0000</c> for a colour), or null.</summary>
    public string? Value { get; init; }
}

/// <summary>Inline code; never parsed for markup.</summary>
public sealed class InlineCodeNode : DocumentNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.InlineCode;

    /// <summary>Gets the code as shown.</summary>
    public string Text { get; init; } = "";
}

/// <summary>A mention of a member (<c>[USER=1]name[/USER]</c>, <c>@name</c>).</summary>
public sealed class MentionNode : DocumentNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Mention;

    /// <summary>Gets the member's name as shown.</summary>
    public string Name { get; init; } = "";

    /// <summary>Gets the member's id when the markup gives it, or null.</summary>
    public string? MemberId { get; init; }
}

/// <summary>An emoji or smiley (<c>😀</c>, <c>:smile:</c>, <c>img.smilie</c>).</summary>
public sealed class EmojiNode : DocumentNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Emoji;

    /// <summary>Gets the emoji as written (the character, or its short name).</summary>
    public string Text { get; init; } = "";
}

/// <summary>An attached file (<c>[ATTACH]55[/ATTACH]</c>, <c>upload://…</c>).</summary>
public sealed class AttachmentNode : DocumentNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Attachment;

    /// <summary>Gets the attachment's id or address as written.</summary>
    public string Reference { get; init; } = "";
}
