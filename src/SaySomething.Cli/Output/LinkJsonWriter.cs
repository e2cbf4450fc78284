using System.Text.Encodings.Web;
using System.Text.Json;
using SaySomething.Core.Links;

namespace SaySomething.Cli.Output;

/// <summary>Writes links as JSON lines: one object per link, for scripts.</summary>
internal static class LinkJsonWriter
{
    // Relaxed escaping keeps non-ASCII URLs readable; the output is data for scripts, never embedded in HTML.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(TextWriter output, string text, IReadOnlyList<AnalyzedLink> links)
    {
        using var buffer = new MemoryStream();
        foreach (var link in links)
        {
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                json.WriteStartObject();
                json.WriteString("url", link.Found.Slice(text).ToString());
                json.WriteNumber("start", link.Found.Start);
                json.WriteNumber("end", link.Found.End);
                WriteStringOrNull(json, "provider", link.ProviderId);
                json.WriteString("kind", link.KindName);
                WriteStringOrNull(json, "canonical", link.CanonicalId);
                json.WriteEndObject();
            }

            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }
    }

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
