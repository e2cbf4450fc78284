using System.Globalization;
using System.Text;

namespace SaySomething.Core.Documents;

/// <summary>
/// Writes a document tree as indented text, one node per line: kind, span, flags and fields. Used by the reader
/// spec files and by <c>saysomething read</c> to show what the engine sees.
/// </summary>
/// <example>
/// <code>
/// document bbcode read
///   quote [0,52) author="alice" post="123" member="45"
///     paragraph [34,44)
///       text [34,44) "Has anyone"
///   link media_embed [53,86) url="https://www.youtube.com/watch?v=aBcD3fGh1jK" site="youtube" key="aBcD3fGh1jK"
/// </code>
/// </example>
public static class DocumentDump
{
    /// <summary>Returns the dump of <paramref name="document"/>; lines end with '\n'.</summary>
    public static string Write(PostDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var builder = new StringBuilder();
        builder.Append("document ").Append(FormatName(document.Format)).Append(' ').Append(OutcomeName(document.Outcome));
        if (document.Note is not null)
        {
            builder.Append(" note=").Append(Quote(document.Note));
        }

        builder.Append('\n');

        // Explicit stack: documents are depth-limited, but the dump must never be the thing that overflows.
        var stack = new Stack<(DocumentNode Node, int Depth)>();
        for (var i = document.Content.Count - 1; i >= 0; i--)
        {
            stack.Push((document.Content[i], 1));
        }

        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            builder.Append(' ', depth * 2);
            WriteNode(builder, node);
            builder.Append('\n');
            var children = node.Children;
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push((children[i], depth + 1));
            }
        }

        return builder.ToString();
    }

    /// <summary>The name used in dumps and JSON for a format: <c>plain</c>, <c>bbcode</c>, <c>markdown</c>, <c>html</c>.</summary>
    public static string FormatName(MarkupFormat format) => format switch
    {
        MarkupFormat.BbCode => "bbcode",
        MarkupFormat.Markdown => "markdown",
        MarkupFormat.Html => "html",
        _ => "plain",
    };

    private static string OutcomeName(ReadOutcome outcome) => outcome switch
    {
        ReadOutcome.ReadAsPlainText => "read_as_plain_text",
        ReadOutcome.Refused => "refused",
        _ => "read",
    };

    private static void WriteNode(StringBuilder builder, DocumentNode node)
    {
        builder.Append(KindName(node));
        builder.Append(' ').Append(node.Span.ToString());
        if (node.Hidden)
        {
            builder.Append(" hidden");
        }

        switch (node)
        {
            case TextNode text:
                builder.Append(' ').Append(Quote(text.Text));
                break;
            case LinkNode link:
                Field(builder, "url", link.Url);
                if (!link.UrlSpan.IsEmpty && link.UrlSpan != link.Span)
                {
                    builder.Append(" url_span=").Append(link.UrlSpan.ToString());
                }

                Field(builder, "site", link.MediaSite);
                Field(builder, "key", link.MediaKey);
                break;
            case QuoteNode { Attribution: { } who }:
                Field(builder, "author", who.Author);
                Field(builder, "post", who.PostId);
                Field(builder, "member", who.MemberId);
                Field(builder, "topic", who.TopicId);
                break;
            case LinkCardNode card:
                Field(builder, "url", card.Url);
                Field(builder, "site", card.Site);
                Field(builder, "title", card.Title);
                Field(builder, "description", card.Description);
                break;
            case BoilerplateNode boilerplate:
                builder.Append(' ').Append(Quote(boilerplate.Text));
                break;
            case CodeBlockNode code:
                Field(builder, "language", code.Language);
                builder.Append(' ').Append(Quote(code.Text));
                break;
            case InlineCodeNode code:
                builder.Append(' ').Append(Quote(code.Text));
                break;
            case SpoilerNode spoiler:
                Field(builder, "title", spoiler.Title);
                break;
            case HeadingNode heading:
                builder.Append(" level=").Append(heading.Level.ToString(CultureInfo.InvariantCulture));
                break;
            case StyledNode styled:
                Field(builder, "value", styled.Value);
                break;
            case MentionNode mention:
                Field(builder, "name", mention.Name);
                Field(builder, "member", mention.MemberId);
                break;
            case EmojiNode emoji:
                builder.Append(' ').Append(Quote(emoji.Text));
                break;
            case AttachmentNode attachment:
                Field(builder, "ref", attachment.Reference);
                break;
            case TableCellNode { IsHeader: true }:
                builder.Append(" header");
                break;
            case ListNode { Ordered: true }:
                builder.Append(" ordered");
                break;
        }
    }

    private static string KindName(DocumentNode node) => node switch
    {
        LinkNode link => "link " + link.Origin switch
        {
            LinkOrigin.BareUrl => "bare_url",
            LinkOrigin.TaggedUrl => "tagged_url",
            LinkOrigin.TitledLink => "titled_link",
            LinkOrigin.MediaEmbed => "media_embed",
            LinkOrigin.LinkCard => "link_card",
            LinkOrigin.Image => "image",
            _ => "email",
        },
        StyledNode styled => "styled " + styled.Style.ToString().ToLowerInvariant(),
        SpoilerNode { IsInline: true } => "spoiler inline",
        BoilerplateNode boilerplate => "boilerplate " + boilerplate.Boilerplate switch
        {
            BoilerplateKind.ConsentPlaceholder => "consent_placeholder",
            BoilerplateKind.ClickToExpand => "click_to_expand",
            BoilerplateKind.QuoteHeader => "quote_header",
            BoilerplateKind.Signature => "signature",
            _ => "page_chrome",
        },
        _ => node.Kind switch
        {
            NodeKind.CodeBlock => "code_block",
            NodeKind.ListItem => "list_item",
            NodeKind.TableRow => "table_row",
            NodeKind.TableCell => "table_cell",
            NodeKind.LinkCard => "link_card",
            NodeKind.LineBreak => "line_break",
            NodeKind.InlineCode => "inline_code",
            _ => node.Kind.ToString().ToLowerInvariant(),
        },
    };

    private static void Field(StringBuilder builder, string name, string? value)
    {
        if (value is not null)
        {
            builder.Append(' ').Append(name).Append('=').Append(Quote(value));
        }
    }

    /// <summary>Quotes a value on one line: backslash, quote and control characters escaped.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => builder.Append("\\\\"),
                '"' => builder.Append("\\\""),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                < ' ' => builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }
}
