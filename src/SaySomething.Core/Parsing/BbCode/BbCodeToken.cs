namespace SaySomething.Core.Parsing.BbCode;

/// <summary>What a <see cref="BbCodeToken"/> is.</summary>
internal enum BbCodeTokenKind : byte
{
    /// <summary>Text, including anything that looked like a tag but is not one (unknown names, broken options).</summary>
    Text,

    /// <summary>An opening tag of a tag whose content is parsed (<c>[B]</c>, <c>[QUOTE="…"]</c>, <c>[*]</c>).</summary>
    Open,

    /// <summary>A closing tag (<c>[/B]</c>).</summary>
    Close,

    /// <summary>
    /// A whole literal element, opening tag to closing tag (<c>[CODE]…[/CODE]</c>, <c>[URL]…[/URL]</c>,
    /// <c>[MEDIA=youtube]…[/MEDIA]</c>); its content is never parsed.
    /// </summary>
    Element,
}

/// <summary>
/// One token of BB code, with spans into the source. Options and attributes are spans too: nothing is copied
/// until a node is made.
/// </summary>
internal readonly record struct BbCodeToken
{
    /// <summary>Gets what the token is.</summary>
    public BbCodeTokenKind Kind { get; init; }

    /// <summary>Gets the tag, or null for text.</summary>
    public BbCodeTag? Tag { get; init; }

    /// <summary>Gets where the token starts (the <c>[</c> of a tag).</summary>
    public int Start { get; init; }

    /// <summary>Gets where the token ends, exclusive (after the <c>]</c> of the tag, or of the closing tag of an element).</summary>
    public int End { get; init; }

    /// <summary>Gets where the opening tag ends (after its <c>]</c>); equals <see cref="End"/> for open tags.</summary>
    public int OpenEnd { get; init; }

    /// <summary>Gets the start of the option's value (inside any quotes), or -1 without an option.</summary>
    public int OptionStart { get; init; }

    /// <summary>Gets the end of the option's value, exclusive.</summary>
    public int OptionEnd { get; init; }

    /// <summary>Gets the start of the attribute list (<c>unfurl="true"</c>); equals <see cref="AttributesEnd"/> when there is none.</summary>
    public int AttributesStart { get; init; }

    /// <summary>Gets the end of the attribute list, exclusive.</summary>
    public int AttributesEnd { get; init; }

    /// <summary>Gets the start of an element's literal content.</summary>
    public int ContentStart { get; init; }

    /// <summary>Gets the end of an element's literal content (the <c>[</c> of its closing tag).</summary>
    public int ContentEnd { get; init; }

    /// <summary>Gets a value indicating whether an option was written.</summary>
    public bool HasOption => OptionStart >= 0;
}
