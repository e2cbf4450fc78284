using SaySomething.Core.Documents;

namespace SaySomething.Core.Tests.Parsing.Markdown;

/// <summary>Checks every reader must pass: spans inside the source, children inside their parents.</summary>
internal static class MarkdownTreeAssert
{
    public static void SpansNest(PostDocument document)
    {
        var stack = new Stack<(DocumentNode Node, SourceSpan Parent)>();
        foreach (var node in document.Content)
        {
            stack.Push((node, new SourceSpan(0, document.Source.Length)));
        }

        while (stack.Count > 0)
        {
            var (node, parent) = stack.Pop();
            Assert.True(node.Span.Start >= 0 && node.Span.End <= document.Source.Length && node.Span.Start <= node.Span.End, $"{node.Kind} {node.Span} is outside the source (length {document.Source.Length}).");
            Assert.True(parent.Contains(node.Span), $"{node.Kind} {node.Span} is outside its parent {parent}.");
            if (node is LinkNode { UrlSpan: { IsEmpty: false } urlSpan })
            {
                Assert.True(urlSpan.End <= document.Source.Length, $"url span {urlSpan} is outside the source.");
            }

            foreach (var child in node.Children)
            {
                stack.Push((child, node.Span));
            }
        }
    }

    /// <summary>The deepest nesting of nodes that hold children (a top-level paragraph is depth 1).</summary>
    public static int ContainerDepth(PostDocument document)
    {
        var max = 0;
        var stack = new Stack<(DocumentNode Node, int Depth)>();
        foreach (var node in document.Content)
        {
            stack.Push((node, 1));
        }

        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (node.Children.Count > 0)
            {
                max = Math.Max(max, depth);
            }

            foreach (var child in node.Children)
            {
                stack.Push((child, depth + 1));
            }
        }

        return max;
    }

    public static IEnumerable<DocumentNode> All(PostDocument document)
    {
        var stack = new Stack<DocumentNode>(document.Content);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var child in node.Children)
            {
                stack.Push(child);
            }
        }
    }
}
