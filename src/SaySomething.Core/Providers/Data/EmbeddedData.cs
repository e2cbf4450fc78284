using System.Text.Json;

namespace SaySomething.Core.Providers.Data;

/// <summary>Opens the JSON files embedded in the assembly (see the csproj for their logical names).</summary>
internal static class EmbeddedData
{
    public const string OwnProviders = "SaySomething.Core.Providers.Data.providers.json";
    public const string MediaEmbedSites = "SaySomething.Core.Providers.Data.vendor.s9e-mediaembed-sites.json";
    public const string OEmbedProviders = "SaySomething.Core.Providers.Data.vendor.oembed-providers.json";

    public static JsonDocument Open(string name)
    {
        using Stream stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing.");
        return JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
    }

    public static string[] Strings(JsonElement parent, string property)
    {
        if (!parent.TryGetProperty(property, out JsonElement array) || array.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. array.EnumerateArray().Select(e => e.GetString() ?? string.Empty)];
    }

    public static string? String(JsonElement parent, string property) =>
        parent.TryGetProperty(property, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
