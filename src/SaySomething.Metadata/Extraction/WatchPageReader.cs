using System.Text;
using System.Text.Json;
using AngleSharp.Dom;

namespace SaySomething.Metadata.Extraction;

/// <summary>
/// Reads a video watch page's player data: the JSON a YouTube-style page assigns in a script
/// (<c>var ytInitialPlayerResponse = {…};</c>), whose <c>videoDetails</c> carry the title, the channel
/// (<c>author</c>) and the full description (<c>shortDescription</c>), where the meta tags have only its first line.
/// The JSON is read as data, never run; a malformed or oversized object gives nothing.
/// </summary>
public static class WatchPageReader
{
    /// <summary>The variable whose value is the player data.</summary>
    public const string PlayerVariable = "ytInitialPlayerResponse";

    /// <summary>The title, channel and description of the page's player data, or <see cref="ExtractedMetadata.Empty"/>.</summary>
    public static ExtractedMetadata Read(HtmlPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        foreach (IElement script in page.Document.Scripts)
        {
            string code = script.TextContent;
            int name = code.IndexOf(PlayerVariable, StringComparison.Ordinal);
            if (name < 0)
            {
                continue;
            }

            int brace = code.IndexOf('{', name + PlayerVariable.Length);
            if (brace < 0 || code.AsSpan(name + PlayerVariable.Length, brace - name - PlayerVariable.Length).Trim().ToString() != "=")
            {
                continue;
            }

            return FromJson(code.AsSpan(brace, Math.Min(code.Length - brace, ExtractionLimits.MaxPageJsonChars)));
        }

        return ExtractedMetadata.Empty;
    }

    /// <summary>Reads the first JSON value of <paramref name="json"/> (what follows it, such as <c>;var x=…</c>, is ignored).</summary>
    internal static ExtractedMetadata FromJson(ReadOnlySpan<char> json)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(json.ToArray());
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = ExtractionLimits.MaxJsonDepth });
        try
        {
            using var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("videoDetails", out JsonElement details)
                || details.ValueKind != JsonValueKind.Object)
            {
                return ExtractedMetadata.Empty;
            }

            string? description = ExtractionLimits.Clean(String(details, "shortDescription"), ExtractionLimits.MaxDescriptionChars, keepLines: true);
            var found = new ExtractedMetadata
            {
                Title = ExtractionLimits.Clean(String(details, "title"), ExtractionLimits.MaxTitleChars),
                Author = ExtractionLimits.Clean(String(details, "author"), ExtractionLimits.MaxNameChars),
                Description = description,
            };
            return found.IsEmpty && found.Author is null ? ExtractedMetadata.Empty : found with { Sources = MetadataSources.WatchPage };
        }
        catch (JsonException)
        {
            // Broken, truncated or too deep: the meta tags still describe the page.
            return ExtractedMetadata.Empty;
        }
    }

    private static string? String(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
