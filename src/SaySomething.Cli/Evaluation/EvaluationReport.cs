using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SaySomething.Cli.Output;
using SaySomething.Core.Judging;
using Spectre.Console;

namespace SaySomething.Cli.Evaluation;

/// <summary>Writes an evaluation for people (tables) or for scripts (one JSON object).</summary>
internal static class EvaluationReport
{
    /// <summary>How many findings of a misjudged post are shown.</summary>
    public const int FindingsShown = 3;

    private const int OwnWordsShown = 160;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteText(IAnsiConsole terminal, IReadOnlyList<string> files, EvaluationResult result, Thresholds thresholds)
    {
        var name = files.Count <= 3 ? string.Join(", ", files) : $"{files[0]} and {files.Count - 1} more files";
        terminal.MarkupLineInterpolated($"[bold]{SafeText.OneLine(name)}[/]: {result.Posts.Count} labelled post(s), {result.Misjudged.Count()} misjudged.");
        terminal.MarkupLineInterpolated(
            $"drive_by: precision [bold]{Format(result.Precision)}[/]  recall [bold]{Format(result.Recall)}[/]  F1 [bold]{Format(result.F1)}[/]  (true positives {result.TruePositives}, false positives {result.FalsePositives}, false negatives {result.FalseNegatives}, true negatives {result.TrueNegatives})");

        var matrix = new Table().Border(TableBorder.Rounded).Title("Labels (rows) × predictions (columns)").AddColumn("label \\ predicted");
        foreach (var verdict in EvaluationResult.Verdicts)
        {
            matrix.AddColumn(new TableColumn(verdict.ToName()).RightAligned());
        }

        foreach (var label in EvaluationResult.Verdicts)
        {
            matrix.AddRow([new Text(label.ToName()), .. EvaluationResult.Verdicts.Select(predicted => new Text(Count(result.Matrix[(int)label, (int)predicted])))]);
        }

        terminal.Write(matrix);

        var reasons = new Table().Border(TableBorder.Rounded).Title("Drive-by reasons")
            .AddColumn("Labelled reason")
            .AddColumn(new TableColumn("Posts").RightAligned())
            .AddColumn(new TableColumn("Recall").RightAligned())
            .AddColumn(new TableColumn("Reason matched").RightAligned());
        foreach (var reason in result.Reasons)
        {
            reasons.AddRow(reason.Reason.ToName()!, Count(reason.Count), Format(reason.Recall), Format(reason.ReasonMatchRate));
        }

        if (result.Reasons.Count == 0)
        {
            reasons.AddRow("(no labelled reasons)", "0", "-", "-");
        }

        terminal.Write(reasons);

        var misjudged = result.Misjudged.ToList();
        if (misjudged.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("Misjudged posts")
                .AddColumn("Id")
                .AddColumn("Label")
                .AddColumn("Predicted")
                .AddColumn(new TableColumn("Confidence").RightAligned())
                .AddColumn("Own words")
                .AddColumn("Message")
                .AddColumn("Findings");
            foreach (var post in misjudged)
            {
                var j = post.Judgement;
                table.AddRow(
                    new Text(SafeText.OneLine(post.Label.Id)),
                    new Text(Describe(post.Label.Verdict, post.Label.Reason)),
                    new Text(Describe(j.Verdict, j.Reason)),
                    new Text(j.Confidence.ToString("0.00", CultureInfo.InvariantCulture)),
                    new Text(string.Create(CultureInfo.InvariantCulture, $"{j.OwnWordCount}: {Shorten(SafeText.OneLine(j.OwnWords), OwnWordsShown)}")),
                    new Text(SafeText.OneLine(j.Message)),
                    new Text(string.Join("\n", j.Findings.Take(FindingsShown).Select(f => SafeText.OneLine($"{f.Code}: {f.Detail}")))));
            }

            terminal.Write(table);
        }

        foreach (var failure in thresholds.Failures(result))
        {
            terminal.MarkupLineInterpolated($"[red]below target:[/] {failure}");
        }
    }

    public static string ToJson(IReadOnlyList<string> files, EvaluationResult result, Thresholds thresholds)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteStartArray("labels_files");
            foreach (var file in files)
            {
                json.WriteStringValue(file);
            }

            json.WriteEndArray();
            json.WriteNumber("posts", result.Posts.Count);
            json.WriteString("positive", Verdict.DriveBy.ToName());
            WriteMeasure(json, "precision", result.Precision);
            WriteMeasure(json, "recall", result.Recall);
            WriteMeasure(json, "f1", result.F1);
            json.WriteNumber("true_positives", result.TruePositives);
            json.WriteNumber("false_positives", result.FalsePositives);
            json.WriteNumber("false_negatives", result.FalseNegatives);
            json.WriteNumber("true_negatives", result.TrueNegatives);

            json.WriteStartObject("confusion");
            foreach (var label in EvaluationResult.Verdicts)
            {
                json.WriteStartObject(label.ToName());
                foreach (var predicted in EvaluationResult.Verdicts)
                {
                    json.WriteNumber(predicted.ToName(), result.Matrix[(int)label, (int)predicted]);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();

            json.WriteStartArray("reasons");
            foreach (var reason in result.Reasons)
            {
                json.WriteStartObject();
                json.WriteString("reason", reason.Reason.ToName());
                json.WriteNumber("count", reason.Count);
                json.WriteNumber("detected", reason.Detected);
                json.WriteNumber("recall", Math.Round(reason.Recall, 4));
                json.WriteNumber("reason_matched", reason.ReasonMatched);
                json.WriteNumber("reason_match_rate", Math.Round(reason.ReasonMatchRate, 4));
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("misjudged");
            foreach (var post in result.Misjudged)
            {
                var j = post.Judgement;
                json.WriteStartObject();
                json.WriteString("id", post.Label.Id);
                json.WriteString("file", post.Label.File);
                json.WriteNumber("line", post.Label.Line);
                json.WriteString("label", post.Label.Verdict.ToName());
                WriteNullable(json, "label_reason", post.Label.Reason.ToName());
                json.WriteString("prediction", j.Verdict.ToName());
                WriteNullable(json, "reason", j.Reason.ToName());
                json.WriteNumber("confidence", Math.Round(j.Confidence, 3));
                json.WriteStartObject("own_words");
                json.WriteString("text", j.OwnWords);
                json.WriteNumber("count", j.OwnWordCount);
                json.WriteEndObject();
                json.WriteString("message", j.Message);
                json.WriteStartArray("findings");
                foreach (var finding in j.Findings.Take(FindingsShown))
                {
                    json.WriteStartObject();
                    json.WriteString("code", finding.Code);
                    json.WriteString("detail", finding.Detail);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartObject("thresholds");
            WriteMeasure(json, "min_precision", thresholds.MinPrecision);
            WriteMeasure(json, "min_recall", thresholds.MinRecall);
            json.WriteBoolean("passed", !thresholds.Failures(result).Any());
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Describe(Verdict verdict, DriveByReason reason)
        => reason.ToName() is { } name ? $"{verdict.ToName()} ({name})" : verdict.ToName();

    private static string Format(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    private static void WriteMeasure(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Math.Round(v, 4));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
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

/// <summary>The minimum precision and recall asked for with <c>--min-precision</c> and <c>--min-recall</c>.</summary>
internal sealed record Thresholds(double? MinPrecision, double? MinRecall)
{
    /// <summary>Each measure below its minimum, as a sentence. An undefined measure does not meet a minimum.</summary>
    public IEnumerable<string> Failures(EvaluationResult result)
    {
        if (MinPrecision is { } minPrecision && !(result.Precision >= minPrecision))
        {
            yield return result.Precision is { } p
                ? string.Create(CultureInfo.InvariantCulture, $"precision {p:0.000} is below the minimum {minPrecision:0.000}.")
                : string.Create(CultureInfo.InvariantCulture, $"precision is undefined (no post was judged drive_by); the minimum is {minPrecision:0.000}.");
        }

        if (MinRecall is { } minRecall && !(result.Recall >= minRecall))
        {
            yield return result.Recall is { } r
                ? string.Create(CultureInfo.InvariantCulture, $"recall {r:0.000} is below the minimum {minRecall:0.000}.")
                : string.Create(CultureInfo.InvariantCulture, $"recall is undefined (no post is labelled drive_by); the minimum is {minRecall:0.000}.");
        }
    }
}
