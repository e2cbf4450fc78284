using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SaySomething.Core.Judging;
using SaySomething.Metadata;
using SaySomething.Metadata.Extraction;
using Spectre.Console;

namespace SaySomething.Cli.Output;

/// <summary>What <c>saysomething meta</c> prints: a table for people, or one JSON object. Fetched text is printed as
/// text, never as markup.</summary>
internal static class MetaView
{
    /// <summary>Lines of article text shown in the table.</summary>
    public const int ArticleLinesShown = 3;

    /// <summary>Characters of description shown in the table.</summary>
    public const int DescriptionShown = 400;

    public static void Write(CliConsole console, LinkReport report)
    {
        var terminal = SpectreConsoleFactory.Create(console);
        var table = new Table().HideHeaders().AddColumn("what").AddColumn("value");
        void Row(string name, string? value)
        {
            if (value is not null)
            {
                table.AddRow(new Text(name), new Text(SafeText.Clean(value)));
            }
        }

        var m = report.Metadata;
        Row("link", report.Url);
        Row("canonical", report.Canonical);
        Row("provider", $"{report.Provider ?? "(none)"}, {report.Kind}");
        Row("status", LinkMetadataStatus.StateName(report.State) + (report.Detail is null ? "" : ": " + report.Detail));
        Row("source", m is null ? null : MetadataSourceNames.ToName(m.Sources) ?? "(nothing found)");
        Row("cache", report.CacheStatus);
        Row("time", Ms(report.Elapsed));
        Row("title", m?.Title);
        Row("author", m?.Author);
        Row("site", m?.SiteName);
        Row("description", m?.Description is { } d ? (d.Length > DescriptionShown ? d[..DescriptionShown] + "…" : d) : null);
        if (m?.ArticleText is { } article)
        {
            var lines = article.Split('\n').Take(ArticleLinesShown);
            Row("article", string.Create(CultureInfo.InvariantCulture, $"{article.Length:N0} characters\n") + string.Join('\n', lines));
        }

        foreach (var fetch in report.Fetches)
        {
            Row("fetch " + fetch.Purpose, $"{fetch.Url}\n{(fetch.Failure == Fetching.FetchFailure.None ? "ok" : fetch.Failure.ToString())}: {fetch.Detail} ({Ms(fetch.Elapsed)})");
        }

        terminal.Write(table);
    }

    public static string ToJson(LinkReport report)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var m = report.Metadata;
            writer.WriteStartObject();
            writer.WriteString("url", report.Url);
            writer.WriteString("canonical", report.Canonical);
            writer.WriteString("provider", report.Provider);
            writer.WriteString("kind", report.Kind);
            writer.WriteString("status", LinkMetadataStatus.StateName(report.State));
            writer.WriteString("detail", report.Detail);
            writer.WriteString("source", m is null ? null : MetadataSourceNames.ToName(m.Sources));
            writer.WriteString("cache", report.CacheStatus);
            writer.WriteNumber("elapsed_ms", Math.Round(report.Elapsed.TotalMilliseconds));
            writer.WriteString("title", m?.Title);
            writer.WriteString("description", m?.Description);
            writer.WriteString("author", m?.Author);
            writer.WriteString("site_name", m?.SiteName);
            writer.WriteNumber("article_chars", m?.ArticleText?.Length ?? 0);
            writer.WriteString("article_start", m?.ArticleText is { } a ? string.Join('\n', a.Split('\n').Take(ArticleLinesShown)) : null);
            writer.WriteStartArray("fetches");
            foreach (var fetch in report.Fetches)
            {
                writer.WriteStartObject();
                writer.WriteString("purpose", fetch.Purpose);
                writer.WriteString("url", fetch.Url.AbsoluteUri);
                writer.WriteString("failure", fetch.Failure.ToString());
                writer.WriteString("detail", fetch.Detail);
                if (fetch.StatusCode is { } status)
                {
                    writer.WriteNumber("status_code", status);
                }

                writer.WriteNumber("bytes", fetch.Bytes);
                writer.WriteNumber("elapsed_ms", Math.Round(fetch.Elapsed.TotalMilliseconds));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Ms(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalMilliseconds:0} ms");
}
