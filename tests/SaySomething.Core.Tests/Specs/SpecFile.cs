using System.Text;
using SaySomething.Core.Documents;

namespace SaySomething.Core.Tests.Specs;

/// <summary>One example of a reader spec file: a titled input in some format and the document tree expected for it.</summary>
public sealed record SpecExample(string File, string Title, MarkupFormat Format, string Input, string ExpectedTree, int TreeLine)
{
    /// <summary>Gets the stable id of the example: file name and title.</summary>
    public string Id => $"{File}#{Title}";
}

/// <summary>
/// Reads reader spec files (<c>Specs/**/*.spec.md</c>). Each example is a <c>## title</c> section holding one
/// input fence (<c>```bbcode</c>, <c>```markdown</c>, <c>```html</c> or <c>```plain</c>) and one <c>```tree</c>
/// fence with the expected dump (<see cref="DocumentDump"/>). Prose around them is documentation. The input is
/// the fence's content without its last line break; write <c>⏎</c> at the end of the fence's last line to keep one.
/// </summary>
public static class SpecFile
{
    /// <summary>Marks a trailing line break that the fence would otherwise drop.</summary>
    public const string TrailingNewlineMark = "⏎";

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Specs");

    public static IEnumerable<string> All() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.spec.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public static IReadOnlyList<SpecExample> Parse(string path)
    {
        var name = Path.GetRelativePath(Directory, path).Replace('\\', '/');
        var lines = File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var examples = new List<SpecExample>();
        string? title = null;
        (MarkupFormat Format, string Text)? input = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                title = line[3..].Trim();
                input = null;
                continue;
            }

            if (!line.StartsWith("```", StringComparison.Ordinal) || line.Length == 3)
            {
                continue;
            }

            var language = line[3..].Trim();
            var start = i + 1;
            var end = start;
            while (end < lines.Length && lines[end] != "```")
            {
                end++;
            }

            if (end == lines.Length)
            {
                throw new FormatException($"{name}:{i + 1}: fence ```{language} is never closed.");
            }

            var content = string.Join('\n', lines[start..end]);
            if (content.EndsWith(TrailingNewlineMark, StringComparison.Ordinal))
            {
                content = content[..^TrailingNewlineMark.Length] + "\n";
            }

            i = end;
            if (language == "tree")
            {
                if (title is null || input is null)
                {
                    throw new FormatException($"{name}:{start}: a tree fence needs a '## title' and an input fence before it.");
                }

                examples.Add(new SpecExample(name, title, input.Value.Format, input.Value.Text, content + "\n", start));
                input = null;
            }
            else
            {
                input = (ParseFormat(language, name, start), content);
            }
        }

        var duplicate = examples.GroupBy(e => e.Title).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new FormatException($"{name}: two examples are titled '{duplicate.Key}'.");
        }

        return examples;
    }

    private static MarkupFormat ParseFormat(string language, string file, int line) => language switch
    {
        "bbcode" => MarkupFormat.BbCode,
        "markdown" => MarkupFormat.Markdown,
        "html" => MarkupFormat.Html,
        "plain" => MarkupFormat.Plain,
        _ => throw new FormatException($"{file}:{line}: unknown fence language '{language}' (bbcode, markdown, html, plain or tree)."),
    };
}
