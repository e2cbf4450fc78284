using System.Globalization;
using SaySomething.Core.Documents;
using SaySomething.Core.Parsing.PlainText;
using SaySomething.Core.Parsing.Styles;

namespace SaySomething.Core.Parsing.BbCode;

/// <summary>
/// Reads XenForo 2.x BB code (the <c>message</c> field of a post) into a <see cref="PostDocument"/>.
/// </summary>
/// <remarks>
/// <para><b>Tags.</b> The XenForo default tags, in any case: B I U S COLOR FONT SIZE URL EMAIL IMG MEDIA QUOTE
/// SPOILER ISPOILER CODE ICODE PHP HTML PLAIN LIST * TABLE TR TD TH ATTACH USER LEFT CENTER RIGHT INDENT HEADING.
/// Any other tag is text, as XenForo shows it. The content of CODE, ICODE, PHP, HTML and PLAIN, and the address
/// of URL, EMAIL, IMG, MEDIA, ATTACH and USER, is never parsed for tags.</para>
/// <para><b>Mapping.</b> <c>[URL]a[/URL]</c> is a <see cref="LinkOrigin.TaggedUrl"/> link,
/// <c>[URL unfurl="true"]a[/URL]</c> a <see cref="LinkOrigin.LinkCard"/> link (XenForo shows the linked page's card;
/// BB code holds no title or description), <c>[URL=a]text[/URL]</c> a <see cref="LinkOrigin.TitledLink"/> whose
/// children are the text (its <see cref="LinkNode.UrlSpan"/> is the option), <c>[EMAIL]</c> an e-mail link,
/// <c>[IMG]</c> an image link, <c>[MEDIA=site]key[/MEDIA]</c> a media embed whose address comes from
/// <see cref="Providers.ProviderRegistry.TryResolveMedia"/> (null for an unknown site). QUOTE is a
/// <see cref="QuoteNode"/> with the attribution of <c>"name, post: N, member: M"</c>; SPOILER and ISPOILER are
/// spoilers; CODE, PHP and HTML code blocks; ICODE inline code; USER a mention; ATTACH an attachment; HEADING a
/// heading; LIST and <c>[*]</c> lists; TABLE, TR, TD and TH tables; the formatting and alignment tags are
/// <see cref="StyledNode"/>s. Text between blocks is split into paragraphs at blank lines, single line breaks
/// are <see cref="LineBreakNode"/>s, and addresses typed in text are links, as XenForo auto-links them.</para>
/// <para><b>Hidden text.</b> Text is hidden (<see cref="DocumentNode.Hidden"/> on the styled node and everything
/// inside it) when it is coloured <c>transparent</c> or with an opacity of 0.1 or less, coloured like the page
/// background (configurable, white by default: <c>white</c>, <c>#fff</c>, <c>#ffffff</c>,
/// <c>rgb(255, 255, 255)</c> in any case or spacing, and colours within 8 per channel of it), or sized 0, 4px or
/// less, 3pt or less, 0.25em or less, or 25% or less. XenForo's size scale 1 to 7 is always visible. A tag that is
/// never closed hides nothing.</para>
/// <para><b>Malformed input and limits.</b> See <see cref="BbCodeTreeBuilder"/>: unclosed, stray and blocked
/// closing tags are text, inner inline tags are closed with their outer tag, inline tags nest at most 10 deep in
/// themselves, block tags at most <see cref="ReaderLimits.MaxDepth"/> deep (deeper ones are flattened into the
/// deepest kept). A post that would make more than <see cref="ReaderLimits.MaxNodes"/> nodes is read as plain text.
/// Reading is iterative and linear in the input.</para>
/// </remarks>
public sealed class BbCodeReader : IPostReader
{
    private readonly HiddenStyle _hiddenStyle;

    /// <summary>Creates a reader for a forum with a white page background.</summary>
    public BbCodeReader()
    {
        _hiddenStyle = HiddenStyle.WhitePage;
    }

    /// <summary>Creates a reader for a forum whose posts are shown on <paramref name="pageBackground"/>.</summary>
    /// <param name="pageBackground">A CSS colour: <c>#1b1b1b</c>, <c>rgb(27, 27, 27)</c>, <c>white</c>...</param>
    /// <exception cref="ArgumentException"><paramref name="pageBackground"/> is not a colour this reader understands.</exception>
    public BbCodeReader(string pageBackground)
    {
        ArgumentNullException.ThrowIfNull(pageBackground);
        if (!CssColor.TryParse(pageBackground, out var background) || background.A < 1)
        {
            throw new ArgumentException($"'{pageBackground}' is not an opaque colour (#rrggbb, #rgb, rgb(r, g, b) or a CSS name).", nameof(pageBackground));
        }

        _hiddenStyle = new HiddenStyle(background);
    }

    /// <inheritdoc/>
    public MarkupFormat Format => MarkupFormat.BbCode;

    /// <inheritdoc/>
    public PostDocument Read(string source, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(limits);
        var content = BbCodeTreeBuilder.Build(source, limits, _hiddenStyle);
        if (content is null)
        {
            return new PostDocument
            {
                Source = source,
                Format = MarkupFormat.BbCode,
                Span = new SourceSpan(0, source.Length),
                Outcome = ReadOutcome.ReadAsPlainText,
                Note = string.Create(CultureInfo.InvariantCulture, $"The BB code would make more than {limits.MaxNodes:N0} nodes, so the post was read as plain text."),
                Content = PlainTextReader.ReadParagraphs(source, 0, source.Length),
            };
        }

        return new PostDocument { Source = source, Format = MarkupFormat.BbCode, Span = new SourceSpan(0, source.Length), Content = content };
    }
}
