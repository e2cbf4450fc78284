using SaySomething.Core.Policies;

namespace SaySomething.Cli.Judging;

/// <summary>
/// The one place the command line reads a policy file. Every command's <c>--policy</c> comes through here, so the
/// file format and its errors are the Core's business, not the command line's.
/// </summary>
internal static class PolicySource
{
    /// <summary>Reads the policy file at <paramref name="path"/>; on failure, <paramref name="error"/> says what to fix.</summary>
    public static PolicySet? TryLoad(string path, out string? error)
    {
        if (!File.Exists(path))
        {
            error = Directory.Exists(path)
                ? $"policy file {path} is a folder; give the path of a policy file."
                : $"policy file {path} does not exist.";
            return null;
        }

        error = $"policy file {path} cannot be read: this build has no policy-file reader yet; run without --policy to use the default policy.";
        return null;
    }
}
