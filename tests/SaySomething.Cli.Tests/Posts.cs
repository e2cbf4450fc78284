using System.Text;
using System.Text.Json;
using SaySomething.Core.Judging;

namespace SaySomething.Cli.Tests;

/// <summary>Posts for the scan and eval tests, and the judge's expected answer for them.</summary>
internal static class Posts
{
    public const string BareVideo = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";

    public const string Commented =
        "I watched the whole thing. The drone footage at the start matches what the brigade posted last week, so I think the strike is genuine.\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ";

    public const string NoLinks = "Does anyone know whether the ferry to the island runs again this winter? My family wants to visit.";

    /// <summary>One JSON line with the given fields (null fields left out).</summary>
    public static string JsonLine(string id, string text, string? format = null, string? threadTitle = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("text", text);
            if (format is not null)
            {
                json.WriteString("format", format);
            }

            if (threadTitle is not null)
            {
                json.WriteString("thread_title", threadTitle);
            }

            json.WriteString("ignored", "other fields are ignored");
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A varied post for bulk tests: a comment, a bare link, or no link, by <paramref name="n"/>.</summary>
    public static string Varied(int n) => (n % 3) switch
    {
        0 => $"Post {n}: the convoy in this clip is heading north, which contradicts the official story. https://youtu.be/aBcD3fGh{n % 10}jK",
        1 => $"https://x.com/someone/status/17900000000{n:00000000}",
        _ => $"Post {n} has no link at all, just a question about the weather near the front.",
    };

    /// <summary>What <c>scan --output</c> must write for a post: the judgement's JSON contract with the id.</summary>
    public static string ExpectedJson(string id, string text, Core.Documents.MarkupFormat? format = null, string? threadTitle = null)
        => JudgementJson.ToJson(PostJudge.Default.Judge(new PostToJudge { Text = text, Format = format, ThreadTitle = threadTitle }), id);

    /// <summary>The non-empty lines of a command's output.</summary>
    public static string[] Lines(string output) => output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The <c>id</c> of each JSON line.</summary>
    public static string[] Ids(IEnumerable<string> jsonLines) => [.. jsonLines.Select(line =>
    {
        using var json = JsonDocument.Parse(line);
        return json.RootElement.GetProperty("id").GetString()!;
    })];
}
