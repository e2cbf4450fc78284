using System.Globalization;
using System.Text.Json;
using SaySomething.Cli.Input;
using SaySomething.Core.Judging;

namespace SaySomething.Cli.Scanning;

/// <summary>
/// The fields of one input record (a JSON line or a CSV row) that the command line uses. Other fields are ignored.
/// Labels (<c>verdict</c>, <c>reason</c>) and <c>context</c> are read for <c>eval</c>.
/// </summary>
internal sealed record InputRecord
{
    public string? Id { get; init; }

    public string? Text { get; init; }

    public string? Format { get; init; }

    public string? ThreadTitle { get; init; }

    public string? Verdict { get; init; }

    public string? Reason { get; init; }

    public string? ContextTitle { get; init; }

    public string? ContextDescription { get; init; }

    public string? ContextThreadTitle { get; init; }

    /// <summary>
    /// Reads a JSON object. Returns null with <paramref name="error"/> set when the line is not a JSON object or a field
    /// has the wrong type. <c>id</c> may be a string or a number; the other fields are strings or null.
    /// </summary>
    public static InputRecord? FromJson(ReadOnlyMemory<byte> json, out string? error)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = $"expected a JSON object, found {Describe(root.ValueKind)}";
                return null;
            }

            error = null;
            var record = new InputRecord
            {
                Id = ReadId(root, ref error),
                Text = ReadString(root, "text", ref error),
                Format = ReadString(root, "format", ref error),
                ThreadTitle = ReadString(root, "thread_title", ref error),
                Verdict = ReadString(root, "verdict", ref error),
                Reason = ReadString(root, "reason", ref error),
            };
            if (root.TryGetProperty("context", out var context) && context.ValueKind == JsonValueKind.Object)
            {
                record = record with
                {
                    ContextTitle = ReadString(context, "title", ref error, "context."),
                    ContextDescription = ReadString(context, "description", ref error, "context."),
                    ContextThreadTitle = ReadString(context, "thread_title", ref error, "context."),
                };
            }

            return error is null ? record : null;
        }
        catch (JsonException e)
        {
            error = $"not valid JSON ({FirstSentence(e.Message)})";
            return null;
        }
        catch (InvalidOperationException)
        {
            // GetString on a string holding invalid UTF-8.
            error = "not valid UTF-8";
            return null;
        }
    }

    /// <summary>
    /// The post to judge, or null with <paramref name="error"/> set when <c>id</c> or <c>text</c> is missing or
    /// <c>format</c> is not a format name. <paramref name="defaultFormat"/> applies when the record has no format.
    /// </summary>
    public PostToJudge? ToPost(string? defaultFormat, out string? error)
    {
        if (string.IsNullOrEmpty(Id))
        {
            error = "no \"id\"";
            return null;
        }

        if (Text is null)
        {
            error = "no \"text\"";
            return null;
        }

        if (!FormatNames.TryParse(Format ?? defaultFormat, out var format))
        {
            error = $"unknown format \"{Format}\"; use {FormatNames.Choices}";
            return null;
        }

        error = null;
        return new PostToJudge { Text = Text, Format = format, ThreadTitle = ThreadTitle ?? ContextThreadTitle };
    }

    private static string? ReadId(JsonElement root, ref string? error)
    {
        if (!root.TryGetProperty("id", out var id))
        {
            return null;
        }

        switch (id.ValueKind)
        {
            case JsonValueKind.String:
                return id.GetString();
            case JsonValueKind.Number:
                return id.GetRawText();
            case JsonValueKind.Null:
                return null;
            default:
                error ??= $"\"id\" must be a string or a number, not {Describe(id.ValueKind)}";
                return null;
        }
    }

    private static string? ReadString(JsonElement parent, string name, ref string? error, string prefix = "")
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            error ??= $"\"{prefix}{name}\" must be a string, not {Describe(value.ValueKind)}";
            return null;
        }

        return value.GetString();
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }

    /// <summary>The value of a top-level <c>id</c> near the start of a JSON object cut short, or null (to name an oversized line).</summary>
    public static string? SniffJsonId(ReadOnlySpan<byte> start)
    {
        var reader = new Utf8JsonReader(start, isFinalBlock: false, state: default);
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("id"u8))
                {
                    if (!reader.Read())
                    {
                        return null;
                    }

                    return reader.TokenType switch
                    {
                        JsonTokenType.String => reader.GetString(),
                        JsonTokenType.Number => reader.TryGetInt64(out var n) ? n.ToString(CultureInfo.InvariantCulture) : null,
                        _ => null,
                    };
                }

                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (!reader.TrySkip())
                    {
                        return null; // The value runs past the kept start.
                    }
                }
            }
        }
        catch (JsonException)
        {
        }
        catch (InvalidOperationException)
        {
        }

        return null;
    }
}
