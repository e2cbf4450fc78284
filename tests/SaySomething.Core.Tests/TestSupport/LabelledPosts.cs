using System.Text.Json;
using System.Text.RegularExpressions;
using SaySomething.Core.Documents;
using SaySomething.Core.Judging;

namespace SaySomething.Core.Tests.TestSupport;

/// <summary>A post with the verdict a careful moderator gave it (tests/corpus, the seed thread's labels).</summary>
internal sealed record LabelledPost(
    string Where, string Id, string Format, string Text, string Verdict, string? Reason,
    string? ThreadTitle, string? Title, string? Description, string? Technique, string? Language)
{
    private static readonly Regex FirstUrl = new(@"https?://[^\s\[\]<>""')]+", RegexOptions.None, TimeSpan.FromSeconds(1));

    public PostToJudge ToPost()
    {
        var metadata = Title is null && Description is null
            ? []
            : new[] { new LinkMetadata(FirstUrl.Match(Text) is { Success: true } m ? m.Value : "about:blank", Title, Description) };
        return new PostToJudge
        {
            Text = Text,
            Format = Format switch
            {
                "bbcode" => MarkupFormat.BbCode,
                "markdown" => MarkupFormat.Markdown,
                "html" => MarkupFormat.Html,
                _ => MarkupFormat.Plain,
            },
            ThreadTitle = ThreadTitle,
            Metadata = metadata,
        };
    }

    public static IReadOnlyList<LabelledPost> Corpus() => s_corpus.Value;

    /// <summary>The held-out set (tests/corpus-holdout): written after the judge was tuned, never used for tuning.</summary>
    public static IReadOnlyList<LabelledPost> Holdout() => Load(Path.Combine(RepoPaths.Root!, "tests", "corpus-holdout", "holdout.jsonl"));

    /// <summary>The seed thread's labelled items; null when ../shared is not beside the clone.</summary>
    public static IReadOnlyList<LabelledPost>? SeedThread() =>
        SharedFiles.Exists("samples/seed-thread.labels.jsonl") ? Load(SharedFiles.Path("samples/seed-thread.labels.jsonl")) : null;

    private static readonly Lazy<IReadOnlyList<LabelledPost>> s_corpus = new(() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root!, "tests", "corpus"), "*.jsonl")
            .Order(StringComparer.Ordinal)
            .SelectMany(Load)
            .ToList());

    public static IReadOnlyList<LabelledPost> Load(string path)
    {
        var posts = new List<LabelledPost>();
        int number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var e = json.RootElement;
            string? Str(JsonElement parent, string name) =>
                parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var context = e.TryGetProperty("context", out var c) ? c : default;
            posts.Add(new LabelledPost(
                $"{Path.GetFileName(path)}:{number}",
                Str(e, "id")!,
                Str(e, "format") ?? "plain",
                Str(e, "text")!,
                Str(e, "verdict")!,
                Str(e, "reason"),
                Str(context, "thread_title"),
                Str(context, "title"),
                Str(context, "description"),
                Str(e, "technique"),
                Str(e, "language")));
        }

        return posts;
    }
}
