using Spectre.Console;

namespace SaySomething.Cli.Output;

/// <summary>Builds a Spectre console over the command's writer: colour on terminals, plain text in pipes and tests.</summary>
internal static class SpectreConsoleFactory
{
    /// <summary>A console over standard output.</summary>
    public static IAnsiConsole Create(CliConsole console) => Create(console.Out, console.OutputRedirected);

    /// <summary>A console over standard error (summaries when standard output carries data, progress).</summary>
    public static IAnsiConsole CreateForError(CliConsole console) => Create(console.Error, console.ErrorRedirected);

    /// <summary>A console over <paramref name="writer"/>; <paramref name="redirected"/> turns colour and live rendering off.</summary>
    public static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });

        // Redirected output has no width: make it wide enough that URLs are not wrapped.
        if (redirected)
        {
            terminal.Profile.Width = 240;
        }

        return terminal;
    }
}
