using SaySomething.Core.Documents;

namespace SaySomething.Core.Tests.Parsing.Html;

/// <summary>Tree checks shared by the HTML reader tests; all iterative, so deep documents cannot overflow them.</summary>
internal static class HtmlTestSupport
{
    /// <summary>Every span lies inside the source and inside its parent's span.</summary>
    public static void AssertSpansNest(PostDocument document)
    {
        var stack = new Stack<(DocumentNode Node, SourceSpan Parent)>();
        foreach (var node in document.Content)
        {
            stack.Push((node, new SourceSpan(0, document.Source.Length)));
        }

        while (stack.Count > 0)
        {
            var (node, parent) = stack.Pop();
            Assert.True(node.Span.Start >= 0 && node.Span.End <= document.Source.Length && node.Span.Start <= node.Span.End, $"{node.Kind} {node.Span} outside the source");
            Assert.True(parent.Contains(node.Span), $"{node.Kind} {node.Span} outside its parent {parent}");
            if (node is LinkNode { UrlSpan.IsEmpty: false } link)
            {
                Assert.True(node.Span.Contains(link.UrlSpan), $"url span {link.UrlSpan} outside link {node.Span}");
            }

            foreach (var child in node.Children)
            {
                stack.Push((child, node.Span));
            }
        }
    }

    /// <summary>The deepest nesting of nodes below the document (a top-level node has depth 1).</summary>
    public static int Depth(PostDocument document)
    {
        var deepest = 0;
        var stack = new Stack<(DocumentNode Node, int Depth)>();
        foreach (var node in document.Content)
        {
            stack.Push((node, 1));
        }

        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in node.Children)
            {
                stack.Push((child, depth + 1));
            }
        }

        return deepest;
    }

    /// <summary>All nodes of the tree in document order.</summary>
    public static List<DocumentNode> Flatten(PostDocument document)
    {
        var nodes = new List<DocumentNode>();
        var stack = new Stack<DocumentNode>(document.Content.Reverse());
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            nodes.Add(node);
            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(node.Children[i]);
            }
        }

        return nodes;
    }
}
