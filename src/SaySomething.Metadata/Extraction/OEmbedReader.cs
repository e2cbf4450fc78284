using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SaySomething.Metadata.Extraction;

/// <summary>
/// Reads an oEmbed response (JSON): <c>title</c>, <c>author_name</c>, <c>provider_name</c>, and for rich embeds whose
/// <c>html</c> quotes the post (X's <c>&lt;blockquote&gt;&lt;p&gt;…&lt;/p&gt;</c>, TikTok's caption), the post's text as the
/// description. The HTML is parsed as inert markup, never rendered or run.
/// </summary>
public static class OEmbedReader
{
    /// <summary>The metadata in <paramref name="json"/>, or <see cref="ExtractedMetadata.Empty"/> when it is not a usable
    /// oEmbed object (broken JSON, not an object, over <see cref="ExtractionLimits.MaxOEmbedBytes"/>, too deep).</summary>
    public static ExtractedMetadata Read(ReadOnlySpan<byte> json)
    {
        if (json.Length > ExtractionLimits.MaxOEmbedBytes)
        {
            return ExtractedMetadata.Empty;
        }

        if (json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            json = json[3..];
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = ExtractionLimits.MaxJsonDepth, CommentHandling = JsonCommentHandling.Skip });
        try
        {
            using var document = JsonDocument.ParseValue(ref reader);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ExtractedMetadata.Empty;
            }

            var found = new ExtractedMetadata
            {
                Title = ExtractionLimits.Clean(String(root, "title"), ExtractionLimits.MaxTitleChars),
                Author = ExtractionLimits.Clean(String(root, "author_name"), ExtractionLimits.MaxNameChars),
                SiteName = ExtractionLimits.Clean(String(root, "provider_name"), ExtractionLimits.MaxNameChars),
                Description = QuotedText(String(root, "html")),
            };
            return found.IsEmpty && found.Author is null ? ExtractedMetadata.Empty : found with { Sources = MetadataSources.OEmbed };
        }
        catch (JsonException)
        {
            return ExtractedMetadata.Empty;
        }
    }

    /// <summary>The text of the post an embed quotes: the paragraphs of its first <c>&lt;blockquote&gt;</c>, or null.</summary>
    internal static string? QuotedText(string? html)
    {
        if (string.IsNullOrEmpty(html) || html.Length > ExtractionLimits.MaxOEmbedBytes)
        {
            return null;
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        IElement? quote = document.QuerySelector("blockquote");
        if (quote is null)
        {
            return null;
        }

        var paragraphs = quote.QuerySelectorAll("p").Select(p => p.TextContent).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        return ExtractionLimits.Clean(paragraphs.Count > 0 ? string.Join('\n', paragraphs) : null, ExtractionLimits.MaxDescriptionChars, keepLines: true);
    }

    private static string? String(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
