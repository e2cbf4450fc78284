using System.Text;
using SaySomething.Core.Documents;
using SaySomething.Core.Links;
using SaySomething.Core.Parsing;

namespace SaySomething.Fuzz;

/// <summary>
/// The code under fuzzing, one entry per target. Each takes raw bytes (decoded leniently as UTF-8, as a post from
/// a platform would be) and must return normally: any exception is a finding.
/// </summary>
public static class Targets
{
    /// <summary>The target names accepted on the command line.</summary>
    public static IReadOnlyList<string> Names { get; } = ["bbcode", "markdown", "html", "plain", "links"];

    /// <summary>Runs target <paramref name="name"/> on <paramref name="input"/>.</summary>
    /// <exception cref="ArgumentException">The target name is unknown.</exception>
    public static void Run(string name, ReadOnlySpan<byte> input)
    {
        var text = Encoding.UTF8.GetString(input);
        switch (name)
        {
            case "links":
                LinkExtractor.Default.Extract(text);
                break;
            default:
                var document = PostReader.Default.Read(text, Format(name));
                Check(document);
                break;
        }
    }

    private static MarkupFormat Format(string name) => name switch
    {
        "bbcode" => MarkupFormat.BbCode,
        "markdown" => MarkupFormat.Markdown,
        "html" => MarkupFormat.Html,
        "plain" => MarkupFormat.Plain,
        _ => throw new ArgumentException($"Unknown fuzz target '{name}'; use one of: {string.Join(", ", Names)}.", nameof(name)),
    };

    /// <summary>Spans outside the source are findings too: turn them into exceptions the fuzzer sees.</summary>
    private static void Check(PostDocument document)
    {
        var stack = new Stack<DocumentNode>(document.Content);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.Span.Start < 0 || node.Span.End > document.Source.Length || node.Span.Start > node.Span.End)
            {
                throw new InvalidOperationException($"{node.Kind} span {node.Span} lies outside the source ({document.Source.Length}).");
            }

            foreach (var child in node.Children)
            {
                stack.Push(child);
            }
        }
    }
}
