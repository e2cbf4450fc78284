using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SaySomething.Core.Judging;

/// <summary>
/// The JSON form of a <see cref="Judgement"/>: the contract of <c>saysomething check --json</c>, <c>scan --output</c>
/// and the service's <c>POST /v1/check</c>. Field names are snake_case; enums are their snake_case names.
/// </summary>
public static class JudgementJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Non-ASCII text stays readable; HTML-sensitive characters are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The judgement as one line of JSON.</summary>
    public static string ToJson(Judgement judgement, string? id = null)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, judgement, id);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the judgement as one JSON object; with <paramref name="id"/>, an <c>id</c> field comes first.</summary>
    public static void Write(Utf8JsonWriter writer, Judgement judgement, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(judgement);

        writer.WriteStartObject();
        if (id is not null)
        {
            writer.WriteString("id", id);
        }

        writer.WriteString("verdict", judgement.Verdict.ToName());
        if (judgement.Reason.ToName() is { } reason)
        {
            writer.WriteString("reason", reason);
        }
        else
        {
            writer.WriteNull("reason");
        }

        writer.WriteNumber("confidence", Math.Round(judgement.Confidence, 3));
        writer.WriteStartObject("own_words");
        writer.WriteString("text", judgement.OwnWords);
        writer.WriteNumber("count", judgement.OwnWordCount);
        writer.WriteEndObject();

        writer.WriteStartArray("links");
        foreach (var link in judgement.Links)
        {
            writer.WriteStartObject();
            WriteNullable(writer, "url", link.Url);
            WriteNullable(writer, "provider", link.Provider);
            writer.WriteString("kind", link.Kind);
            WriteNullable(writer, "canonical", link.Canonical);
            writer.WriteBoolean("governed", link.Governed);
            writer.WriteNumber("start", link.Start);
            writer.WriteNumber("end", link.End);
            writer.WriteString("why", link.Why);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("language", judgement.Language);
        writer.WriteBoolean("language_supported", judgement.LanguageSupported);
        writer.WriteString("message", judgement.Message);

        writer.WriteStartArray("findings");
        foreach (var finding in judgement.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("code", finding.Code);
            writer.WriteString("detail", finding.Detail);
            if (finding.Start >= 0)
            {
                writer.WriteNumber("start", finding.Start);
                writer.WriteNumber("end", finding.End);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("spans");
        foreach (var span in judgement.Spans)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", span.Start);
            writer.WriteNumber("end", span.End);
            writer.WriteString("role", RoleName(span.Role));
            if (span.Source is not null)
            {
                writer.WriteString("source", span.Source);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("copies");
        foreach (var copy in judgement.Copies)
        {
            writer.WriteStartObject();
            writer.WriteString("source", copy.Source);
            writer.WriteNumber("share", Math.Round(copy.Share, 3));
            writer.WriteNumber("words", copy.Words);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("features");
        foreach (var feature in judgement.Features)
        {
            writer.WriteStartObject();
            writer.WriteString("name", feature.Name);
            writer.WriteNumber("weight", Math.Round(feature.Weight, 3));
            WriteNullable(writer, "evidence", feature.Evidence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (judgement.ThoughtScore is { } score)
        {
            writer.WriteNumber("thought_score", Math.Round(score, 3));
        }
        else
        {
            writer.WriteNull("thought_score");
        }

        WriteNullable(writer, "read_note", judgement.ReadNote);

        // Last, after the original fields: what became of each governed link's metadata (empty when none was gathered).
        writer.WriteStartArray("metadata");
        foreach (var status in judgement.MetadataStatus)
        {
            writer.WriteStartObject();
            writer.WriteString("url", status.Url);
            WriteNullable(writer, "canonical", status.Canonical);
            writer.WriteString("status", LinkMetadataStatus.StateName(status.State));
            WriteNullable(writer, "source", status.Source);
            WriteNullable(writer, "detail", status.Detail);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The snake_case name of a span role.</summary>
    public static string RoleName(SpanRole role) => role switch
    {
        SpanRole.Own => "own",
        SpanRole.Filler => "filler",
        SpanRole.Copied => "copied",
        SpanRole.Caption => "caption",
        SpanRole.Quote => "quote",
        SpanRole.Link => "link",
        SpanRole.Boilerplate => "boilerplate",
        SpanRole.Hidden => "hidden",
        _ => "code",
    };

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
