using SaySomething.Core.Policies;

namespace SaySomething.Cli.Judging;

/// <summary>
/// The one place the command line reads a policy file. Every command's <c>--policy</c> comes through here, so the
/// file format and its errors are the Core's business (<see cref="PolicyFile"/>), not the command line's.
/// </summary>
internal static class PolicySource
{
    /// <summary>Reads the policy file at <paramref name="path"/>; on failure, <paramref name="error"/> says what to fix.</summary>
    public static PolicySet? TryLoad(string path, out string? error)
    {
        try
        {
            error = null;
            return PolicyFile.Load(path);
        }
        catch (PolicyException e)
        {
            // The message names the file, and the line, column and key when it knows them.
            error = e.Message;
            return null;
        }
    }
}
