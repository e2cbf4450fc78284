using Spectre.Console;

namespace SaySomething.Cli.Output;

/// <summary>Builds a Spectre console over the command's writer: colour on terminals, plain text in pipes and tests.</summary>
internal static class SpectreConsoleFactory
{
    public static IAnsiConsole Create(CliConsole console)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Out),
            Ansi = console.OutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = console.OutputRedirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });

        // Redirected output has no width: make it wide enough that URLs are not wrapped.
        if (console.OutputRedirected)
        {
            terminal.Profile.Width = 240;
        }

        return terminal;
    }
}
