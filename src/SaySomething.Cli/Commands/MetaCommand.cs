using System.CommandLine;
using SaySomething.Cli.Metadata;
using SaySomething.Cli.Output;
using SaySomething.Core.Judging;
using SaySomething.Metadata.Gathering;

namespace SaySomething.Cli.Commands;

/// <summary>
/// <c>saysomething meta URL [--json] [--offline] [--cache PATH] [--budget SECONDS]</c>: what the fetcher sees for one
/// link (title, description, author, article text, where each came from, timings, the cache), or why it refused.
/// </summary>
internal static class MetaCommand
{
    /// <summary>Budget of <c>meta</c> when none is given: long enough to see the fetcher's own time limits at work.</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(20);

    public static Command Create(CliConsole console, CliServices services)
    {
        var url = new Argument<string>("url") { Description = "The link, as a post would write it (the scheme may be left out)." };
        var json = new Option<bool>("--json") { Description = "Write what was found as one line of JSON." };
        var fetch = new FetchOptions();
        var command = new Command("meta", "Show what the fetcher sees for a link: title, description, author, article text, sources, timings and cache status, or why it refused. Exit 0 when metadata was found, 1 when not.")
        {
            url,
            json,
        };
        fetch.AddTo(command, withFetch: false);
        command.SetAction(parsed => Execute(parsed.GetValue(url)!, parsed.GetValue(json), fetch.Read(parsed, fetchAlways: true), console, services));
        return command;
    }

    private static int Execute(string url, bool json, FetchRequest request, CliConsole console, CliServices services)
    {
        if (new FetchPlanner().Plan(url) is null)
        {
            console.Error.WriteLine($"error: '{SafeText.OneLine(url)}' is not an http or https address; give a link such as https://youtu.be/VIDEOID.");
            return ExitCodes.BadInput;
        }

        if (!MetadataSetup.TryCreate(request, services, console, DefaultBudget, out var service, out var setting))
        {
            return ExitCodes.BadInput;
        }

        using (service)
        {
            var report = service.DescribeAsync(url, setting, CancellationToken.None).GetAwaiter().GetResult();
            if (json)
            {
                console.Out.WriteLine(MetaView.ToJson(report));
            }
            else
            {
                MetaView.Write(console, report);
            }

            return report.State is MetadataState.Fetched or MetadataState.Cached ? ExitCodes.Success : ExitCodes.Flagged;
        }
    }
}
