namespace SaySomething.Core.Documents;

/// <summary>What a document node is; each kind has its own node class.</summary>
public enum NodeKind : byte
{
    /// <summary>The root: <see cref="PostDocument"/>.</summary>
    Document,

    /// <summary>A paragraph of inline content: <see cref="ParagraphNode"/>.</summary>
    Paragraph,

    /// <summary>A heading: <see cref="HeadingNode"/>.</summary>
    Heading,

    /// <summary>A quotation of someone else: <see cref="QuoteNode"/>.</summary>
    Quote,

    /// <summary>A code block: <see cref="CodeBlockNode"/>.</summary>
    CodeBlock,

    /// <summary>A spoiler, block or inline: <see cref="SpoilerNode"/>.</summary>
    Spoiler,

    /// <summary>A list: <see cref="ListNode"/>.</summary>
    List,

    /// <summary>An item of a list: <see cref="ListItemNode"/>.</summary>
    ListItem,

    /// <summary>A table: <see cref="TableNode"/>.</summary>
    Table,

    /// <summary>A table row: <see cref="TableRowNode"/>.</summary>
    TableRow,

    /// <summary>A table cell: <see cref="TableCellNode"/>.</summary>
    TableCell,

    /// <summary>A link preview card (unfurl, onebox): <see cref="LinkCardNode"/>.</summary>
    LinkCard,

    /// <summary>Interface text the platform adds, not the poster's: <see cref="BoilerplateNode"/>.</summary>
    Boilerplate,

    /// <summary>A run of text: <see cref="TextNode"/>.</summary>
    Text,

    /// <summary>A line break inside a paragraph: <see cref="LineBreakNode"/>.</summary>
    LineBreak,

    /// <summary>Formatting around inline content (bold, colour, size...): <see cref="StyledNode"/>.</summary>
    Styled,

    /// <summary>A link, embed or image: <see cref="LinkNode"/>.</summary>
    Link,

    /// <summary>Inline code: <see cref="InlineCodeNode"/>.</summary>
    InlineCode,

    /// <summary>A mention of a member: <see cref="MentionNode"/>.</summary>
    Mention,

    /// <summary>An emoji or smiley: <see cref="EmojiNode"/>.</summary>
    Emoji,

    /// <summary>An attached file: <see cref="AttachmentNode"/>.</summary>
    Attachment,
}
