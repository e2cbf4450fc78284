using System.CommandLine;
using SaySomething.Cli.Input;
using SaySomething.Cli.Judging;
using SaySomething.Cli.Metadata;
using SaySomething.Cli.Output;
using SaySomething.Core.Judging;

namespace SaySomething.Cli.Commands;

/// <summary>
/// <c>saysomething check [FILE|-] [--format …] [--policy FILE] [--json] [--thread-title TEXT] [--community ID] [--section ID]
/// [--fetch] [--offline] [--cache PATH] [--budget SECONDS]</c>: judges one post, with its links' metadata when asked.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console, CliServices services)
    {
        var file = new Argument<string?>("file")
        {
            Description = "A UTF-8 text file holding one post, or - for standard input (the default).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format")
        {
            Description = $"How the post is written: {FormatNames.Choices} (auto, the default, detects it).",
            DefaultValueFactory = _ => "auto",
        };
        format.AcceptOnlyFromAmong(FormatNames.All);
        var policy = new Option<string?>("--policy") { Description = "A policy file to judge by instead of the default policy." };
        var json = new Option<bool>("--json") { Description = "Write the judgement as one line of JSON (the service's contract) instead of a report." };
        var threadTitle = new Option<string?>("--thread-title") { Description = "The title of the thread the post is in: text copied from it is not the poster's own." };
        var community = new Option<string?>("--community") { Description = "The community whose policy applies (from the policy file)." };
        var section = new Option<string?>("--section") { Description = "The section of the community whose policy applies." };

        var command = new Command("check", "Judge one post: did the poster say something of their own about the links they shared? Exit 0 when commented or not applicable, 1 for a drive-by or a post that needs review.")
        {
            file,
            format,
            policy,
            json,
            threadTitle,
            community,
            section,
        };
        var fetch = new FetchOptions();
        fetch.AddTo(command);
        command.SetAction(parsed => Execute(
            new CheckRequest(
                parsed.GetValue(file),
                parsed.GetValue(format) ?? "auto",
                parsed.GetValue(policy),
                parsed.GetValue(json),
                parsed.GetValue(threadTitle),
                parsed.GetValue(community),
                parsed.GetValue(section),
                fetch.Read(parsed)),
            console,
            services));
        return command;
    }

    private static int Execute(CheckRequest request, CliConsole console, CliServices services)
    {
        if (!CommandInput.TryRead(request.Path, "check", console, out var text)
            || !JudgeSetup.TryCreate(request.PolicyPath, console, out var judge))
        {
            return ExitCodes.BadInput;
        }

        _ = FormatNames.TryParse(request.Format, out var markup); // The option accepts only known names.
        var post = new PostToJudge
        {
            Text = text,
            Format = markup,
            ThreadTitle = request.ThreadTitle,
            Community = request.Community,
            Section = request.Section,
        };

        if (request.Fetch.Enabled)
        {
            // Gathered before the judge runs: the judge itself never waits on the network.
            if (!MetadataSetup.TryCreate(request.Fetch, services, console, null, out var metadata, out var setting))
            {
                return ExitCodes.BadInput;
            }

            using (metadata)
            {
                post = metadata.GatherAsync(post, judge, setting, CancellationToken.None).GetAwaiter().GetResult().ApplyTo(post);
            }
        }

        Judgement judgement;
        try
        {
            judgement = judge.Judge(post);
        }
#pragma warning disable CA1031 // Whatever the judge fails with, say so plainly instead of a stack trace and an exit code that reads as a verdict.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            console.Error.WriteLine($"error: the judge could not judge this post ({e.GetType().Name}: {e.Message}); please report it with the post.");
            return ExitCodes.BadInput;
        }

        if (request.Json)
        {
            console.Out.WriteLine(JudgementJson.ToJson(judgement));
        }
        else
        {
            JudgementView.Write(console, text, judgement);
        }

        return IsFlagged(judgement.Verdict) ? ExitCodes.Flagged : ExitCodes.Success;
    }

    /// <summary>Whether a verdict asks for action: a drive-by, or a post a moderator should look at.</summary>
    public static bool IsFlagged(Verdict verdict) => verdict is Verdict.DriveBy or Verdict.NeedsReview;

    private sealed record CheckRequest(string? Path, string Format, string? PolicyPath, bool Json, string? ThreadTitle, string? Community, string? Section, FetchRequest Fetch);
}
