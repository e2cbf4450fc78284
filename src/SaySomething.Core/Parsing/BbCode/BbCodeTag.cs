namespace SaySomething.Core.Parsing.BbCode;

/// <summary>The XenForo 2.x default BB code tags the reader knows; any other name is read as text.</summary>
internal enum BbCodeTagKind : byte
{
    Bold,
    Italic,
    Underline,
    Strike,
    Color,
    Font,
    Size,
    Url,
    Email,
    Image,
    Media,
    Quote,
    Spoiler,
    InlineSpoiler,
    Code,
    InlineCode,
    Php,
    Html,
    Plain,
    List,
    ListItem,
    Table,
    TableRow,
    TableData,
    TableHeader,
    Attach,
    User,
    Left,
    Center,
    Right,
    Indent,
    Heading,
}

/// <summary>Whether a tag takes an option (<c>[TAG=option]</c>).</summary>
internal enum BbCodeOption : byte
{
    /// <summary>An option is ignored if written.</summary>
    None,

    /// <summary>An option may be written.</summary>
    Optional,

    /// <summary>Without an option the tag is read as text.</summary>
    Required,
}

/// <summary>How a tag's content is read.</summary>
internal enum BbCodeContent : byte
{
    /// <summary>Content is BB code: text and further tags.</summary>
    Parsed,

    /// <summary>Content is taken verbatim up to the matching closing tag; tags inside it are text.</summary>
    Literal,

    /// <summary>Literal without an option (<c>[URL]address[/URL]</c>), parsed with one (<c>[URL=address]text[/URL]</c>).</summary>
    LiteralUnlessOption,
}

/// <summary>Where a tag sits in the document.</summary>
internal enum BbCodePlacement : byte
{
    /// <summary>Inside a line of text (bold, a titled link, an inline spoiler).</summary>
    Inline,

    /// <summary>A block of its own that ends any paragraph (quote, spoiler, list, code, alignment).</summary>
    Block,

    /// <summary>A structural part that only exists inside its container (<c>[*]</c> in a list, rows and cells in a table).</summary>
    Part,
}

/// <summary>One entry of the tag table: a XenForo tag and how the reader treats it.</summary>
/// <param name="Kind">Which tag.</param>
/// <param name="Name">The tag's name in upper case, as XenForo's help page writes it.</param>
/// <param name="Option">Whether it takes an option.</param>
/// <param name="Content">Whether its content is parsed or literal.</param>
/// <param name="Placement">Block, inline or a structural part.</param>
/// <param name="NestingLimit">
/// How deeply the tag may nest in itself; a deeper opening tag is text (s9e's default of 10 for inline
/// formatting). Zero for block tags, which are limited by <see cref="ReaderLimits.MaxDepth"/> instead.
/// </param>
internal sealed record BbCodeTag(BbCodeTagKind Kind, string Name, BbCodeOption Option, BbCodeContent Content, BbCodePlacement Placement, int NestingLimit)
{
    /// <summary>Gets a value indicating whether the tag is read literally given whether an option was written.</summary>
    public bool IsLiteral(bool hasOption) =>
        Content == BbCodeContent.Literal || (Content == BbCodeContent.LiteralUnlessOption && !hasOption);

    /// <summary>Gets a value indicating whether the tag is a block or a structural part (not inline).</summary>
    public bool IsBlockLevel => Placement != BbCodePlacement.Inline;
}
