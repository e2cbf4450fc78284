using System.Text;
using SaySomething.Core.Documents;

namespace SaySomething.Core.Parsing.Markdown;

/// <summary>
/// Builds the node of a Markdown <c>&gt;</c> quote. When its first line is a "name said:" header, as people write
/// when they quote by hand or paste a quote (<c>&gt; **alice** said:</c>, <c>&gt; @alice wrote:</c>), the quote
/// gets that author and the line becomes a <see cref="BoilerplateKind.QuoteHeader"/>; otherwise it is anonymous.
/// </summary>
internal static class QuoteHeader
{
    private const int MaxNameLength = 64;
    private static readonly string[] Verbs = [" said:", " wrote:"];

    public static QuoteNode Build(SourceSpan span, List<DocumentNode> children)
    {
        if (children.Count == 0 || children[0] is not ParagraphNode first)
        {
            return new QuoteNode { Span = span, Content = children };
        }

        var inlines = first.Content;
        var lineEnd = 0;
        while (lineEnd < inlines.Count && inlines[lineEnd] is not LineBreakNode)
        {
            lineEnd++;
        }

        if (lineEnd == 0 || !TryReadHeader(inlines, lineEnd, out var header, out var author))
        {
            return new QuoteNode { Span = span, Content = children };
        }

        var headerSpan = new SourceSpan(inlines[0].Span.Start, inlines[lineEnd - 1].Span.End);
        var content = new List<DocumentNode>(children.Count + 1)
        {
            new BoilerplateNode { Span = headerSpan, Boilerplate = BoilerplateKind.QuoteHeader, Text = header },
        };
        var rest = lineEnd + 1;
        if (rest < inlines.Count)
        {
            var restNodes = new List<DocumentNode>(inlines.Count - rest);
            for (var i = rest; i < inlines.Count; i++)
            {
                restNodes.Add(inlines[i]);
            }

            content.Add(new ParagraphNode { Span = new SourceSpan(restNodes[0].Span.Start, first.Span.End), Content = restNodes });
        }

        for (var i = 1; i < children.Count; i++)
        {
            content.Add(children[i]);
        }

        return new QuoteNode { Span = span, Attribution = new QuoteAttribution(author), Content = content };
    }

    /// <summary>Reads the text of the first line (text, emphasis and mentions only) and matches "name said:".</summary>
    private static bool TryReadHeader(IReadOnlyList<DocumentNode> inlines, int count, out string header, out string author)
    {
        header = author = "";
        var text = new StringBuilder();
        var stack = new Stack<DocumentNode>();
        for (var i = count - 1; i >= 0; i--)
        {
            stack.Push(inlines[i]);
        }

        while (stack.Count > 0)
        {
            if (text.Length > MaxNameLength + 16)
            {
                return false;
            }

            switch (stack.Pop())
            {
                case TextNode node:
                    _ = text.Append(node.Text);
                    break;
                case MentionNode mention:
                    _ = text.Append('@').Append(mention.Name);
                    break;
                case StyledNode styled:
                    for (var i = styled.Content.Count - 1; i >= 0; i--)
                    {
                        stack.Push(styled.Content[i]);
                    }

                    break;
                default:
                    return false;
            }
        }

        var line = text.ToString().Trim();
        foreach (var verb in Verbs)
        {
            if (!line.EndsWith(verb, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var name = line[..^verb.Length].Trim().TrimStart('@').Trim();
            if (name.Length is 0 or > MaxNameLength || name.Contains(':', StringComparison.Ordinal))
            {
                return false;
            }

            header = line;
            author = name;
            return true;
        }

        return false;
    }
}
