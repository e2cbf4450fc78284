namespace SaySomething.Cli;

/// <summary>Process exit codes shared by every command.</summary>
internal static class ExitCodes
{
    /// <summary>The command did its work and found nothing to act on.</summary>
    public const int Success = 0;

    /// <summary>
    /// The command did its work and found something to act on: <c>check</c> judged the post a drive-by or asks for
    /// review, <c>scan</c> found at least one such post, <c>eval</c> measured less than the minimum asked for.
    /// </summary>
    public const int Flagged = 1;

    /// <summary>The input could not be used (missing or unreadable file, invalid UTF-8, too large) or the arguments were wrong.</summary>
    public const int BadInput = 2;
}
