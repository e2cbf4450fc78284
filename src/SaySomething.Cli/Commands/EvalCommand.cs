using System.CommandLine;
using System.Globalization;
using SaySomething.Cli.Evaluation;
using SaySomething.Cli.Judging;
using SaySomething.Cli.Output;
using SaySomething.Cli.Scanning;

namespace SaySomething.Cli.Commands;

/// <summary>
/// <c>saysomething eval LABELS.jsonl [--policy FILE] [--json] [--min-precision P] [--min-recall R]</c>: measures the
/// judge against labelled posts.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("labels")
        {
            Description = "One or more files of labelled posts (JSON Lines: id, text, format, verdict, optional reason and context with thread_title, title, description), measured together. - reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var policy = new Option<string?>("--policy") { Description = "A policy file to judge by instead of the default policy." };
        var json = new Option<bool>("--json") { Description = "Write the measures, confusion matrix, reasons and misjudged posts as one JSON object." };
        var minPrecision = MeasureOption("--min-precision", "Exit 1 when the drive_by precision is below this (0 to 1).");
        var minRecall = MeasureOption("--min-recall", "Exit 1 when the drive_by recall is below this (0 to 1).");

        var command = new Command("eval", "Measure the judge against labelled posts: precision, recall and F1 for drive_by, the confusion matrix, each reason, and every misjudged post.")
        {
            files,
            policy,
            json,
            minPrecision,
            minRecall,
        };
        command.SetAction(parsed => Execute(
            parsed.GetValue(files)!,
            parsed.GetValue(policy),
            parsed.GetValue(json),
            new Thresholds(parsed.GetValue(minPrecision), parsed.GetValue(minRecall)),
            console));
        return command;
    }

    private static Option<double?> MeasureOption(string name, string description)
    {
        var option = new Option<double?>(name) { Description = description };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1
                && double.TryParse(result.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && value is < 0 or > 1)
            {
                result.AddError($"{name} must be between 0 and 1, not {result.Tokens[0].Value}.");
            }
        });
        return option;
    }

    private static int Execute(string[] paths, string? policyPath, bool json, Thresholds thresholds, CliConsole console)
    {
        if (paths.FirstOrDefault(path => path.StartsWith("--", StringComparison.Ordinal) && !File.Exists(path)) is { } option)
        {
            console.Error.WriteLine($"error: unknown option {option}; run 'saysomething eval --help' for the options.");
            return ExitCodes.BadInput;
        }

        if (!JudgeSetup.TryCreate(policyPath, console, out var judge))
        {
            return ExitCodes.BadInput;
        }

        var names = paths.Select(path => path == "-" ? "standard input" : path).ToList();
        var labels = new List<LabelledPost>();
        foreach (var path in paths)
        {
            if (!TryRead(path, console, labels))
            {
                return ExitCodes.BadInput;
            }
        }

        if (labels.Count == 0)
        {
            console.Error.WriteLine($"error: {string.Join(", ", names)} {(names.Count == 1 ? "has" : "have")} no labelled posts; write one JSON object per line with id, text, verdict.");
            return ExitCodes.BadInput;
        }

        EvaluationResult result;
        try
        {
            result = EvaluationResult.Evaluate(labels, judge.Judge);
        }
        catch (AggregateException e) when (e.InnerException is not OutOfMemoryException)
        {
            // Parallel.For wraps what the judge threw.
            console.Error.WriteLine($"error: the judge could not judge a post ({e.InnerException?.GetType().Name}: {e.InnerException?.Message}); please report it with the labels file.");
            return ExitCodes.BadInput;
        }

        if (json)
        {
            console.Out.WriteLine(EvaluationReport.ToJson(names, result, thresholds));
        }
        else
        {
            EvaluationReport.WriteText(SpectreConsoleFactory.Create(console), names, result, thresholds);
        }

        return thresholds.Failures(result).Any() ? ExitCodes.Flagged : ExitCodes.Success;
    }

    /// <summary>Adds the labelled posts of <paramref name="path"/> to <paramref name="labels"/>; false (reported) when it cannot be read.</summary>
    private static bool TryRead(string path, CliConsole console, List<LabelledPost> labels)
    {
        var name = path == "-" ? "standard input" : path;
        try
        {
            if (path == "-")
            {
                labels.AddRange(LabelFile.Read(console.StandardInput, name));
            }
            else
            {
                using var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
                labels.AddRange(LabelFile.Read(input, name));
            }

            return true;
        }
        catch (ScanInputException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
        }
        catch (FileNotFoundException)
        {
            console.Error.WriteLine($"error: {name} does not exist.");
        }
        catch (DirectoryNotFoundException)
        {
            console.Error.WriteLine($"error: {name} does not exist (its folder is missing).");
        }
        catch (UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: {name} cannot be read: permission denied, or it is a folder.");
        }
        catch (IOException e)
        {
            console.Error.WriteLine($"error: {name} cannot be read: {e.Message}");
        }

        return false;
    }
}
