namespace SaySomething.Cli;

/// <summary>Where a command reads standard input and writes its output; tests pass their own.</summary>
/// <param name="StandardInput">The stream behind <c>-</c> as a file name.</param>
/// <param name="Out">Results.</param>
/// <param name="Error">Errors, warnings and progress.</param>
/// <param name="OutputRedirected">Whether <paramref name="Out"/> is a file or pipe rather than a terminal.</param>
/// <param name="ErrorRedirected">Whether <paramref name="Error"/> is a file or pipe rather than a terminal (no progress bar then).</param>
internal sealed record CliConsole(Stream StandardInput, TextWriter Out, TextWriter Error, bool OutputRedirected, bool ErrorRedirected = true);
