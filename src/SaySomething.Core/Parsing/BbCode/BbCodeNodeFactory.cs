using SaySomething.Core.Documents;
using SaySomething.Core.Providers;

namespace SaySomething.Core.Parsing.BbCode;

/// <summary>Maps literal elements (<c>[URL]</c>, <c>[MEDIA]</c>, <c>[CODE]</c>...) to document nodes.</summary>
internal static class BbCodeNodeFactory
{
    /// <summary>
    /// Makes the item for a literal element. <c>[PLAIN]</c> gives text that is never auto-linked; every other tag
    /// gives a node, a block one for embeds, code blocks and unfurl cards.
    /// </summary>
    public static BbCodeItem Element(string source, in BbCodeToken token, bool hidden)
    {
        var tag = token.Tag!;
        var span = new SourceSpan(token.Start, token.End);
        switch (tag.Kind)
        {
            case BbCodeTagKind.Plain:
                return BbCodeItem.Plain(token.ContentStart, token.ContentEnd);
            case BbCodeTagKind.Url:
            {
                var (start, end) = Trim(source, token.ContentStart, token.ContentEnd);
                var unfurl = BbCodeAttributes.Is(source, token, "unfurl", "true");
                var link = new LinkNode
                {
                    Span = span, Hidden = hidden, Origin = unfurl ? LinkOrigin.LinkCard : LinkOrigin.TaggedUrl,
                    Url = source[start..end], UrlSpan = new SourceSpan(start, end),
                };
                return BbCodeItem.Of(link, unfurl);
            }

            case BbCodeTagKind.Email:
            {
                var (start, end) = Trim(source, token.ContentStart, token.ContentEnd);
                return BbCodeItem.Of(new LinkNode { Span = span, Hidden = hidden, Origin = LinkOrigin.Email, Url = source[start..end], UrlSpan = new SourceSpan(start, end) }, false);
            }

            case BbCodeTagKind.Image:
            {
                var (start, end) = Trim(source, token.ContentStart, token.ContentEnd);
                List<DocumentNode> alt = [];
                if (BbCodeAttributes.TryGet(source, token, "alt", out var altStart, out var altEnd) && altEnd > altStart)
                {
                    alt.Add(new TextNode { Span = new SourceSpan(altStart, altEnd), Text = source[altStart..altEnd], Hidden = hidden });
                }

                return BbCodeItem.Of(new LinkNode { Span = span, Hidden = hidden, Origin = LinkOrigin.Image, Url = source[start..end], UrlSpan = new SourceSpan(start, end), Content = alt }, false);
            }

            case BbCodeTagKind.Media:
                return BbCodeItem.Of(Media(source, token, span, hidden), true);
            case BbCodeTagKind.Code or BbCodeTagKind.Php or BbCodeTagKind.Html:
            {
                var language = tag.Kind switch
                {
                    BbCodeTagKind.Php => "php",
                    BbCodeTagKind.Html => "html",
                    _ => token.HasOption ? NullIfEmpty(source.AsSpan(token.OptionStart, token.OptionEnd - token.OptionStart).Trim()) : null,
                };
                return BbCodeItem.Of(new CodeBlockNode { Span = span, Hidden = hidden, Language = language, Text = CodeText(source.AsSpan(token.ContentStart, token.ContentEnd - token.ContentStart)) }, true);
            }

            case BbCodeTagKind.InlineCode:
                return BbCodeItem.Of(new InlineCodeNode { Span = span, Hidden = hidden, Text = source[token.ContentStart..token.ContentEnd] }, false);
            case BbCodeTagKind.Attach:
            {
                var (start, end) = Trim(source, token.ContentStart, token.ContentEnd);
                return BbCodeItem.Of(new AttachmentNode { Span = span, Hidden = hidden, Reference = source[start..end] }, false);
            }

            default:
            {
                // USER: the tokenizer only makes elements of the tags above and this one.
                var (start, end) = Trim(source, token.ContentStart, token.ContentEnd);
                var member = source.AsSpan(token.OptionStart, token.OptionEnd - token.OptionStart).Trim();
                return BbCodeItem.Of(new MentionNode { Span = span, Hidden = hidden, Name = source[start..end], MemberId = NullIfEmpty(member) }, false);
            }
        }
    }

    /// <summary>
    /// <c>[MEDIA=site]key[/MEDIA]</c>: an embed by id. The address comes from the provider registry's canonical
    /// pattern for the site; null for sites it does not know. The key is kept as written (<c>aBcD3fGh1jK:90</c>).
    /// </summary>
    private static LinkNode Media(string source, in BbCodeToken token, SourceSpan span, bool hidden)
    {
        var site = source.AsSpan(token.OptionStart, token.OptionEnd - token.OptionStart).Trim().ToString().ToLowerInvariant();
        var (start, end) = Trim(source, token.ContentStart, token.ContentEnd);
        var key = source[start..end];
        var url = ProviderRegistry.Default.TryResolveMedia(site, key, out var media) ? media.Url : null;
        return new LinkNode { Span = span, Hidden = hidden, Origin = LinkOrigin.MediaEmbed, MediaSite = site, MediaKey = key, Url = url };
    }

    /// <summary>The code as shown: one line break right after the opening tag and one before the closing tag are not part of it.</summary>
    private static string CodeText(ReadOnlySpan<char> code)
    {
        if (code.StartsWith("\r\n"))
        {
            code = code[2..];
        }
        else if (code.StartsWith("\n"))
        {
            code = code[1..];
        }

        if (code.EndsWith("\r\n"))
        {
            code = code[..^2];
        }
        else if (code.EndsWith("\n"))
        {
            code = code[..^1];
        }

        return code.ToString();
    }

    private static (int Start, int End) Trim(string source, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(source[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(source[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static string? NullIfEmpty(ReadOnlySpan<char> value) => value.IsEmpty ? null : value.ToString();
}
