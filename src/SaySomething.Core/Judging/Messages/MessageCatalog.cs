using System.Collections.Frozen;
using System.Text.Json;

namespace SaySomething.Core.Judging.Messages;

/// <summary>One locale's messages, read from its embedded <c>Data/messages.&lt;locale&gt;.json</c>.</summary>
internal sealed class MessageCatalog
{
    /// <summary>The <c>copied</c> sentence used when the share is not known (only <c>{source}</c>).</summary>
    public const string CopiedWithoutShare = "copied_without_share";

    /// <summary>The source phrase used when the caller does not say where copied text comes from.</summary>
    public const string UnknownSource = "unknown";

    /// <summary>The phrase of a source that is the same for every kind.</summary>
    public const string DefaultKind = "default";

    private static readonly FrozenDictionary<string, Lazy<MessageCatalog>> s_catalogs = PosterMessages.Locales.ToFrozenDictionary(
        locale => locale,
        locale => new Lazy<MessageCatalog>(() => Load(locale)),
        StringComparer.Ordinal);

    private readonly MessageCatalog? _fallback;

    private MessageCatalog(
        string locale,
        string percent,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> messages,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> sources,
        MessageCatalog? fallback)
    {
        Locale = locale;
        PercentPattern = percent;
        Messages = messages;
        Sources = sources;
        _fallback = fallback;
    }

    public string Locale { get; }

    /// <summary>Gets how a whole percentage is written, with <c>{n}</c> for the number.</summary>
    public string PercentPattern { get; }

    /// <summary>Gets the sentences by message key (and <see cref="CopiedWithoutShare"/>), then by item kind.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Messages { get; }

    /// <summary>Gets the phrases by copied source (and <see cref="UnknownSource"/>), then by item kind or <see cref="DefaultKind"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Sources { get; }

    public static MessageCatalog For(string locale) => s_catalogs[locale].Value;

    public static string ResourceName(string locale) => $"SaySomething.Core.Judging.Messages.Data.messages.{locale}.json";

    public string Message(string key, string kind) =>
        Messages.TryGetValue(key, out var byKind) && byKind.TryGetValue(kind, out string? text)
            ? text
            : _fallback?.Message(key, kind) ?? throw new InvalidOperationException($"No message '{key}'/'{kind}' in '{Locale}'.");

    public string Source(string source, string kind)
    {
        if (Sources.TryGetValue(source, out var byKind)
            && (byKind.TryGetValue(kind, out string? phrase) || byKind.TryGetValue(DefaultKind, out phrase)))
        {
            return phrase;
        }

        return _fallback?.Source(source, kind) ?? throw new InvalidOperationException($"No source phrase '{source}' in '{Locale}'.");
    }

    public string Percent(double share) => PercentPattern.Replace("{n}", PosterMessages.WholePercent(share), StringComparison.Ordinal);

    // A locale's file may lack an entry only by mistake (tests check completeness); English fills any gap.
    private static MessageCatalog Load(string locale)
    {
        string name = ResourceName(locale);
        using Stream stream = typeof(MessageCatalog).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing.");
        using JsonDocument document = JsonDocument.Parse(stream);
        JsonElement root = document.RootElement;
        MessageCatalog? fallback = locale == PosterMessages.FallbackLocale ? null : For(PosterMessages.FallbackLocale);
        string percent = root.TryGetProperty("percent", out JsonElement p) && p.GetString() is { } pattern ? pattern : "{n}%";
        return new MessageCatalog(locale, percent, Table(root, "messages"), Table(root, "sources"), fallback);
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> Table(JsonElement root, string property)
    {
        var table = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        if (!root.TryGetProperty(property, out JsonElement outer) || outer.ValueKind != JsonValueKind.Object)
        {
            return table;
        }

        foreach (JsonProperty entry in outer.EnumerateObject())
        {
            var inner = new Dictionary<string, string>(StringComparer.Ordinal);
            if (entry.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (JsonProperty text in entry.Value.EnumerateObject())
                {
                    if (text.Value.ValueKind == JsonValueKind.String)
                    {
                        inner[text.Name] = text.Value.GetString()!;
                    }
                }
            }

            table[entry.Name] = inner;
        }

        return table;
    }
}
