using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SaySomething.Core.Documents;
using SaySomething.Core.Parsing;

namespace SaySomething.Core.Tests.Parsing;

/// <summary>
/// Properties every reader must keep on any input: it returns a document (never throws), the document holds the
/// input, and every span lies inside the source and inside its parent's span.
/// </summary>
public sealed class ReaderPropertyTests
{
    // Pieces of every format, so random inputs reach deep into the readers instead of staying plain words.
    private static readonly string[] Fragments =
    [
        "[QUOTE=\"alice, post: 12, member: 3\"]", "[/QUOTE]", "[quote]", "[/quote]", "[quote=\"bob, post:1, topic:2\"]",
        "[B]", "[/B]", "[I]", "[/i]", "[URL=https://x.com/a/status/1]", "[URL]", "[/URL]", "[URL unfurl=\"true\"]",
        "[MEDIA=youtube]", "[/MEDIA]", "aBcD3fGh1jK", "[SPOILER=\"s\"]", "[/SPOILER]", "[CODE]", "[/CODE]", "[*]", "[LIST]",
        "[/LIST]", "[SIZE=1px]", "[/SIZE]", "[COLOR=transparent]", "[/COLOR]", "[IMG]", "[/IMG]", "[ATTACH]5[/ATTACH]",
        "<p>", "</p>", "<div class=\"bbWrapper\">", "</div>", "<blockquote class=\"bbCodeBlock bbCodeBlock--quote\">",
        "</blockquote>", "<a href=\"https://youtu.be/x\">", "</a>", "<br>", "<aside class=\"onebox\">", "</aside>",
        "<span style=\"display:none\">", "</span>", "&amp;", "&lt;", "<!--", "-->", "<script>", "</script>",
        "> ", ">> ", "**", "*", "_", "`", "```", "# ", "- ", "1. ", "[text](https://t.me/c/1)", "![a](upload://x.png)",
        "<https://x.com>", "@alice", ":smile:", "|a|b|\n|-|-|\n",
        "https://www.youtube.com/watch?v=aBcD3fGh1jK", "youtube.com/shorts/x", "t.me/chan/5", "mail@example.com",
        "alice said:", "Click to expand...", "To view this content we will need your consent to set third party cookies.",
        "For more detailed information, see our cookies page.", "foreignaffairs.com", "Sent from my iPhone using Tapatalk",
        "\n", "\n\n", "\u00A0\n", " ", "\t", "word", "дивіться", "見て", "😀", "\u200B", "\uD800", "\0", "[", "]", "(", ")", "<", ">", "\"", "=",
    ];

    private static Arbitrary<string> Posts() =>
        Gen.OneOf(
                Gen.Elements(Fragments),
                ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""))
            .ListOf()
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Read_AnyBbCode_KeepsInvariants() => Prop.ForAll(Posts(), post => Holds(post, MarkupFormat.BbCode));

    [Property(MaxTest = 300)]
    public Property Read_AnyMarkdown_KeepsInvariants() => Prop.ForAll(Posts(), post => Holds(post, MarkupFormat.Markdown));

    [Property(MaxTest = 300)]
    public Property Read_AnyHtml_KeepsInvariants() => Prop.ForAll(Posts(), post => Holds(post, MarkupFormat.Html));

    [Property(MaxTest = 300)]
    public Property Read_AnyPlainText_KeepsInvariants() => Prop.ForAll(Posts(), post => Holds(post, MarkupFormat.Plain));

    [Property(MaxTest = 200)]
    public Property Detect_AnyText_ReturnsAFormatThatReads() =>
        Prop.ForAll(Posts(), post => Holds(post, FormatDetector.Detect(post)));

    /// <summary>Found by Read_AnyMarkdown_KeepsInvariants: Markdig pads short table rows with cells that have no position.</summary>
    [Theory]
    [InlineData("| a | b |\n|-|-|\n| c |", MarkupFormat.Markdown)]
    [InlineData("word\n|a|b|\n|-|-|\n|x|\n", MarkupFormat.Markdown)]
    public void Read_ShortTableRow_KeepsPaddingCellsInsideTheRow(string post, MarkupFormat format) => Assert.True(Holds(post, format));

    private static bool Holds(string post, MarkupFormat format)
    {
        var document = PostReader.Default.Read(post, format);
        Assert.Same(post, document.Source);
        Assert.Equal(format, document.Format);
        var stack = new Stack<(DocumentNode Node, SourceSpan Parent)>();
        foreach (var child in document.Content)
        {
            stack.Push((child, new SourceSpan(0, post.Length)));
        }

        while (stack.Count > 0)
        {
            var (node, parent) = stack.Pop();
            Assert.True(node.Span.Start >= 0 && node.Span.End <= post.Length && node.Span.Start <= node.Span.End, $"{node.Kind} span {node.Span} outside the source of length {post.Length}");
            Assert.True(parent.Contains(node.Span), $"{node.Kind} span {node.Span} outside its parent's {parent}");
            if (node is LinkNode { UrlSpan.IsEmpty: false } link)
            {
                Assert.True(link.UrlSpan.End <= post.Length, $"url span {link.UrlSpan} outside the source");
            }

            foreach (var child in node.Children)
            {
                stack.Push((child, node.Span));
            }
        }

        return true;
    }
}
