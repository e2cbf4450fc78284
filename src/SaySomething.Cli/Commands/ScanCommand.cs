using System.CommandLine;
using System.Globalization;
using System.Text;
using SaySomething.Cli.Input;
using SaySomething.Cli.Judging;
using SaySomething.Cli.Metadata;
using SaySomething.Cli.Output;
using SaySomething.Cli.Scanning;
using SaySomething.Core.Judging;
using Spectre.Console;

namespace SaySomething.Cli.Commands;

/// <summary>
/// <c>saysomething scan FILE [--output FILE|-] [--policy FILE] [--format …] [--threads N]</c>: judges every post of
/// a JSON Lines file, a CSV file or a thread page, streaming, on all cores.
/// </summary>
internal static class ScanCommand
{
    /// <summary>How many bad records are described on standard error; the rest are only counted.</summary>
    public const int MaxErrorsShown = 100;

    public static Command Create(CliConsole console, CliServices services)
    {
        var file = new Argument<string>("file")
        {
            Description = "The posts: JSON Lines (.jsonl, .ndjson), CSV with a header (.csv) or a thread page (.txt, .html, .htm); other names are recognised by their content. - reads standard input.",
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write one JSON line per post, in input order, to this file (- for standard output; the summary then goes to standard error)." };
        var policy = new Option<string?>("--policy") { Description = "A policy file to judge by instead of the default policy." };
        var format = new Option<string>("--format")
        {
            Description = $"How posts without a format field are written: {FormatNames.Choices} (auto, the default, detects each).",
            DefaultValueFactory = _ => "auto",
        };
        format.AcceptOnlyFromAmong(FormatNames.All);
        var threads = new Option<int>("--threads")
        {
            Description = "The number of judging threads (default: one per core).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        threads.Validators.Add(result =>
        {
            // A value that is not a number is reported by the parser itself.
            if (result.Tokens.Count == 1
                && int.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                && value is < 1 or > 1024)
            {
                result.AddError($"--threads must be between 1 and 1024, not {result.Tokens[0].Value}.");
            }
        });

        var command = new Command("scan", "Judge every post of a file and summarise: counts by verdict, reason and provider. Exit 0 when no post is a drive-by or needs review, 1 otherwise.")
        {
            file,
            output,
            policy,
            format,
            threads,
        };
        var fetch = new FetchOptions();
        fetch.AddTo(command);
        command.SetAction(parsed => Execute(
            new ScanRequest(parsed.GetValue(file)!, parsed.GetValue(output), parsed.GetValue(policy), parsed.GetValue(format) ?? "auto", parsed.GetValue(threads), fetch.Read(parsed)),
            console,
            services));
        return command;
    }

    private static int Execute(ScanRequest request, CliConsole console, CliServices services)
    {
        if (request.Path.StartsWith("--", StringComparison.Ordinal) && !File.Exists(request.Path))
        {
            console.Error.WriteLine($"error: unknown option {request.Path}; run 'saysomething scan --help' for the options.");
            return ExitCodes.BadInput;
        }

        if (request.OutputPath is { } outputPath && outputPath != "-" && request.Path != "-"
            && string.Equals(Path.GetFullPath(outputPath), Path.GetFullPath(request.Path), StringComparison.Ordinal))
        {
            console.Error.WriteLine($"error: --output {outputPath} is the input file; write the judgements to another file.");
            return ExitCodes.BadInput;
        }

        if (!JudgeSetup.TryCreate(request.PolicyPath, console, out var judge))
        {
            return ExitCodes.BadInput;
        }

        SaySomething.Metadata.MetadataService? metadata = null;
        var setting = Core.Policies.FetchSetting.Off;
        if (request.Fetch.Enabled && !MetadataSetup.TryCreate(request.Fetch, services, console, null, out metadata, out setting))
        {
            return ExitCodes.BadInput;
        }

        using var metadataScope = metadata;
        Func<PostToJudge, Judgement> judgeOne = metadata is null
            ? judge.Judge
            // Each judging thread gathers its post's metadata first (within the budget), then judges it.
            : post => judge.Judge(metadata.GatherAsync(post, judge, setting, CancellationToken.None).GetAwaiter().GetResult().ApplyTo(post));

        RecordSource source;
        try
        {
            source = ScanInput.Open(request.Path, console.StandardInput, request.Format);
        }
        catch (ScanInputException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }

        using (source)
        {
            var toStdout = request.OutputPath == "-";
            TextWriter? output;
            try
            {
                output = request.OutputPath switch
                {
                    null => null,
                    "-" => console.Out,
                    var path => new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16),
                };
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"error: cannot write {request.OutputPath}: {e.Message}");
                return ExitCodes.BadInput;
            }

            try
            {
                return Run(request, console, source, judgeOne, output, toStdout);
            }
            finally
            {
                if (!toStdout)
                {
                    output?.Dispose();
                }
            }
        }
    }

    private static int Run(ScanRequest request, CliConsole console, RecordSource source, Func<PostToJudge, Judgement> judge, TextWriter? output, bool outputIsStdout)
    {
        var summary = new ScanSummary();
        var pipeline = new ScanPipeline(source, judge, request.Threads, json: output is not null);
        Exception? readError;
        try
        {
            if (console.ErrorRedirected)
            {
                readError = pipeline.Run(outcome => Write(outcome, output, summary, source.Name, console.Error.WriteLine));
            }
            else
            {
                readError = RunWithProgress(console, source, pipeline, output, summary);
            }

            output?.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: cannot write {request.OutputPath}: {e.Message}");
            return ExitCodes.BadInput;
        }

        var terminal = outputIsStdout ? SpectreConsoleFactory.CreateForError(console) : SpectreConsoleFactory.Create(console);
        summary.Write(terminal, source.Name, source.Kind);
        if (summary.Errors > MaxErrorsShown)
        {
            console.Error.WriteLine($"note: {summary.Errors - MaxErrorsShown} more record(s) could not be judged; only the first {MaxErrorsShown} are described above.");
        }

        if (readError is not null)
        {
            var message = readError is ScanInputException ? readError.Message : $"{source.Name} cannot be read to its end: {readError.Message}";
            console.Error.WriteLine($"error: {message}");
            return ExitCodes.BadInput;
        }

        return summary.AnyFlagged ? ExitCodes.Flagged : ExitCodes.Success;
    }

    private static Exception? RunWithProgress(CliConsole console, RecordSource source, ScanPipeline pipeline, TextWriter? output, ScanSummary summary)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Error),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });
        Exception? readError = null;
        terminal.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(SafeText.OneLine(Path.GetFileName(source.Name))), maxValue: Math.Max(1, source.TotalBytes ?? 1));
                task.IsIndeterminate = source.TotalBytes is null;
                void Error(string line) => terminal.Write(new Text(line + "\n", new Style(Color.Red)));
                readError = pipeline.Run(
                    outcome => Write(outcome, output, summary, source.Name, Error),
                    () => task.Value = Math.Min(source.BytesRead, task.MaxValue));
                task.Value = task.MaxValue;
            });
        return readError;
    }

    private static void Write(ScanOutcome outcome, TextWriter? output, ScanSummary summary, string inputName, Action<string> error)
    {
        summary.Add(outcome);
        if (outcome.Error is not null)
        {
            if (summary.Errors <= MaxErrorsShown)
            {
                var id = outcome.Id is null ? "" : $" (id {SafeText.OneLine(outcome.Id)})";
                error(string.Create(CultureInfo.InvariantCulture, $"error: {inputName} line {outcome.Line}{id}: {SafeText.OneLine(outcome.Error)}"));
            }

            return;
        }

        if (output is not null)
        {
            output.Write(outcome.Json);
            output.Write('\n');
        }
    }

    private sealed record ScanRequest(string Path, string? OutputPath, string? PolicyPath, string Format, int Threads, FetchRequest Fetch);
}
