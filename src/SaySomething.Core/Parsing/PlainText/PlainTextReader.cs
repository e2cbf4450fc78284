using System.Globalization;
using SaySomething.Core.Documents;
using SaySomething.Core.Parsing.PlainText.PageCopy;
using SaySomething.Core.Parsing.Text;

namespace SaySomething.Core.Parsing.PlainText;

/// <summary>
/// Reads plain text: paragraphs separated by blank lines, line breaks inside them, and the links typed in them.
/// <see cref="Read"/> also recognises what a browser copy of a rendered forum page holds besides the poster's words
/// (consent placeholders, link cards, quotes, app signatures, page chrome; see <c>PageCopy/</c>).
/// <see cref="ReadParagraphs"/> is the simple reading, the fallback for every other format when its markup cannot
/// be read within the limits.
/// </summary>
public sealed class PlainTextReader : IPostReader
{
    /// <inheritdoc/>
    public MarkupFormat Format => MarkupFormat.Plain;

    /// <inheritdoc/>
    public PostDocument Read(string source, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(limits);
        var content = PageCopyReader.Read(source, 0, source.Length, limits.MaxNodes, limits.MaxDepth);
        if (content is null)
        {
            return new PostDocument
            {
                Source = source,
                Format = MarkupFormat.Plain,
                Outcome = ReadOutcome.ReadAsPlainText,
                Note = string.Create(CultureInfo.InvariantCulture, $"The post has more than {limits.MaxNodes:N0} nodes, so it was read as simple paragraphs without page-copy elements."),
                Span = new SourceSpan(0, source.Length),
                Content = ReadParagraphs(source, 0, source.Length),
            };
        }

        return new PostDocument { Source = source, Format = MarkupFormat.Plain, Span = new SourceSpan(0, source.Length), Content = content };
    }

    /// <summary>Reads <c>source[start..end]</c> as paragraphs of text and links.</summary>
    public static List<DocumentNode> ReadParagraphs(string source, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(source);
        var blocks = new List<DocumentNode>();
        var lineStart = start;
        var paragraphStart = -1;
        var inlines = new List<DocumentNode>();
        while (lineStart <= end)
        {
            var newline = source.AsSpan(lineStart, end - lineStart).IndexOf('\n');
            var lineEnd = newline < 0 ? end : lineStart + newline;
            var contentEnd = lineEnd > lineStart && source[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            if (source.AsSpan(lineStart, contentEnd - lineStart).IsWhiteSpace())
            {
                Flush(blocks, inlines, ref paragraphStart);
            }
            else
            {
                if (paragraphStart < 0)
                {
                    paragraphStart = lineStart;
                }
                else
                {
                    inlines.Add(new LineBreakNode { Span = new SourceSpan(lineStart - 1, lineStart) });
                }

                TextRunLinker.AppendVerbatim(source, lineStart, contentEnd, inlines);
            }

            if (newline < 0)
            {
                break;
            }

            lineStart = lineEnd + 1;
        }

        Flush(blocks, inlines, ref paragraphStart);
        return blocks;
    }

    private static void Flush(List<DocumentNode> blocks, List<DocumentNode> inlines, ref int paragraphStart)
    {
        if (inlines.Count == 0)
        {
            paragraphStart = -1;
            return;
        }

        var end = inlines[^1].Span.End;
        blocks.Add(new ParagraphNode { Span = new SourceSpan(paragraphStart, end), Content = [.. inlines] });
        inlines.Clear();
        paragraphStart = -1;
    }
}
