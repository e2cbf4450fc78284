using System.CommandLine;
using SaySomething.Cli.Commands;

namespace SaySomething.Cli;

/// <summary>The <c>saysomething</c> command line: one sub-command per job, each a thin layer over SaySomething.Core.</summary>
internal static class CliApplication
{
    public static int Run(string[] args, CliConsole console, CliServices? services = null)
    {
        services ??= CliServices.Default;
        var root = new RootCommand("SaySomething: finds links in forum posts and checks that posters say something of their own about them.")
        {
            LinksCommand.Create(console),
            ReadCommand.Create(console),
            CheckCommand.Create(console, services),
            ScanCommand.Create(console, services),
            MetaCommand.Create(console, services),
            EvalCommand.Create(console),
            ServeCommand.Create(console),
            KeysCommand.Create(console),
            CommunitiesCommand.Create(console),
        };

        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error };
        var parsed = root.Parse(args);
        var exit = parsed.Invoke(configuration);

        // Usage errors (unknown option, missing argument) are bad input too: keep one exit code for "fix your call".
        return parsed.Errors.Count > 0 ? ExitCodes.BadInput : exit;
    }
}
