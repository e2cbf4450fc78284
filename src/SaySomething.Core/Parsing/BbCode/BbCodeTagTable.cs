using System.Collections.Frozen;

namespace SaySomething.Core.Parsing.BbCode;

/// <summary>
/// The XenForo 2.x default tags, one entry each. Names are matched case-insensitively (<c>[b]</c>, <c>[B]</c>).
/// </summary>
internal static class BbCodeTagTable
{
    /// <summary>The inline nesting limit: s9e TextFormatter's default <c>nestingLimit</c>.</summary>
    public const int InlineNestingLimit = 10;

    /// <summary>The longest tag name; longer names are never looked up.</summary>
    public const int MaxNameLength = 8;

    private static readonly BbCodeTag[] Tags =
    [
        Inline(BbCodeTagKind.Bold, "B"),
        Inline(BbCodeTagKind.Italic, "I"),
        Inline(BbCodeTagKind.Underline, "U"),
        Inline(BbCodeTagKind.Strike, "S"),
        Inline(BbCodeTagKind.Color, "COLOR", BbCodeOption.Required),
        Inline(BbCodeTagKind.Font, "FONT", BbCodeOption.Required),
        Inline(BbCodeTagKind.Size, "SIZE", BbCodeOption.Required),
        new(BbCodeTagKind.Url, "URL", BbCodeOption.Optional, BbCodeContent.LiteralUnlessOption, BbCodePlacement.Inline, InlineNestingLimit),
        new(BbCodeTagKind.Email, "EMAIL", BbCodeOption.Optional, BbCodeContent.LiteralUnlessOption, BbCodePlacement.Inline, InlineNestingLimit),
        Literal(BbCodeTagKind.Image, "IMG", BbCodeOption.None, BbCodePlacement.Inline),
        Literal(BbCodeTagKind.Media, "MEDIA", BbCodeOption.Required, BbCodePlacement.Block),
        Block(BbCodeTagKind.Quote, "QUOTE", BbCodeOption.Optional),
        Block(BbCodeTagKind.Spoiler, "SPOILER", BbCodeOption.Optional),
        Inline(BbCodeTagKind.InlineSpoiler, "ISPOILER"),
        Literal(BbCodeTagKind.Code, "CODE", BbCodeOption.Optional, BbCodePlacement.Block),
        Literal(BbCodeTagKind.InlineCode, "ICODE", BbCodeOption.None, BbCodePlacement.Inline),
        Literal(BbCodeTagKind.Php, "PHP", BbCodeOption.None, BbCodePlacement.Block),
        Literal(BbCodeTagKind.Html, "HTML", BbCodeOption.None, BbCodePlacement.Block),
        Literal(BbCodeTagKind.Plain, "PLAIN", BbCodeOption.None, BbCodePlacement.Inline),
        Block(BbCodeTagKind.List, "LIST", BbCodeOption.Optional),
        Part(BbCodeTagKind.ListItem, "*"),
        Block(BbCodeTagKind.Table, "TABLE", BbCodeOption.None),
        Part(BbCodeTagKind.TableRow, "TR"),
        Part(BbCodeTagKind.TableData, "TD"),
        Part(BbCodeTagKind.TableHeader, "TH"),
        Literal(BbCodeTagKind.Attach, "ATTACH", BbCodeOption.Optional, BbCodePlacement.Inline),
        Literal(BbCodeTagKind.User, "USER", BbCodeOption.Required, BbCodePlacement.Inline),
        Block(BbCodeTagKind.Left, "LEFT", BbCodeOption.None),
        Block(BbCodeTagKind.Center, "CENTER", BbCodeOption.None),
        Block(BbCodeTagKind.Right, "RIGHT", BbCodeOption.None),
        Block(BbCodeTagKind.Indent, "INDENT", BbCodeOption.Optional),
        Block(BbCodeTagKind.Heading, "HEADING", BbCodeOption.Required),
    ];

    private static readonly FrozenDictionary<string, BbCodeTag>.AlternateLookup<ReadOnlySpan<char>> ByName =
        Tags.ToFrozenDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Gets the number of tags; <see cref="BbCodeTagKind"/> values run from 0 to this minus one.</summary>
    public static int Count => Tags.Length;

    /// <summary>Gets the entry for a tag.</summary>
    public static BbCodeTag Get(BbCodeTagKind kind) => Tags[(int)kind];

    /// <summary>Finds a tag by name, ignoring case.</summary>
    public static bool TryFind(ReadOnlySpan<char> name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BbCodeTag? tag) =>
        ByName.TryGetValue(name, out tag);

    private static BbCodeTag Inline(BbCodeTagKind kind, string name, BbCodeOption option = BbCodeOption.None) =>
        new(kind, name, option, BbCodeContent.Parsed, BbCodePlacement.Inline, InlineNestingLimit);

    private static BbCodeTag Block(BbCodeTagKind kind, string name, BbCodeOption option) =>
        new(kind, name, option, BbCodeContent.Parsed, BbCodePlacement.Block, 0);

    private static BbCodeTag Part(BbCodeTagKind kind, string name) =>
        new(kind, name, BbCodeOption.None, BbCodeContent.Parsed, BbCodePlacement.Part, 0);

    private static BbCodeTag Literal(BbCodeTagKind kind, string name, BbCodeOption option, BbCodePlacement placement) =>
        new(kind, name, option, BbCodeContent.Literal, placement, 0);
}
