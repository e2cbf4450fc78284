using System.Text.Json;
using SaySomething.Core.Links;

namespace SaySomething.Benchmarks;

/// <summary>
/// Counts the generator's placed links (<c>urls</c> in its jsonl output, plain markup) that the extractor finds
/// with exactly the same text, and lists a sample of the misses.
/// </summary>
internal static class Accuracy
{
    public static int Run(int posts)
    {
        var path = Corpus.Ensure(posts, "jsonl", "plain");
        var placed = 0;
        var exact = 0;
        var misses = new List<string>();
        var links = new List<FoundLink>();
        foreach (var line in File.ReadLines(path))
        {
            using var record = JsonDocument.Parse(line);
            var text = record.RootElement.GetProperty("text").GetString() ?? "";
            links.Clear();
            LinkExtractor.Default.Extract(text.AsSpan(), links);
            var found = links.Where(l => l.Kind == FoundLinkKind.Url).Select(l => text[l.Start..l.End]).ToList();
            foreach (var url in record.RootElement.GetProperty("urls").EnumerateArray().Select(u => u.GetString() ?? ""))
            {
                placed++;
                if (found.Remove(url))
                {
                    exact++;
                }
                else if (misses.Count < 20)
                {
                    misses.Add(url);
                }
            }
        }

        Console.WriteLine($"posts {posts:N0}; placed links {placed:N0}; found exactly {exact:N0} ({100.0 * exact / placed:F2} %)");
        foreach (var miss in misses)
        {
            Console.WriteLine($"  missed: {miss}");
        }

        return 0;
    }
}
