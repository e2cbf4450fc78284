namespace SaySomething.Cli;

/// <summary>Process exit codes shared by every command.</summary>
internal static class ExitCodes
{
    /// <summary>The command did its work.</summary>
    public const int Success = 0;

    /// <summary>The input could not be used (missing or unreadable file, invalid UTF-8, too large) or the arguments were wrong.</summary>
    public const int BadInput = 2;
}
