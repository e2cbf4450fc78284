using System.Diagnostics.CodeAnalysis;
using SaySomething.Core.Judging;

namespace SaySomething.Cli.Judging;

/// <summary>The judge a command uses: the default one, or one built from <c>--policy FILE</c>.</summary>
internal static class JudgeSetup
{
    /// <summary>
    /// Creates the judge for <paramref name="policyPath"/> (null: the default policy). On failure the reason is written
    /// to standard error and the caller exits with <see cref="ExitCodes.BadInput"/>.
    /// </summary>
    public static bool TryCreate(string? policyPath, CliConsole console, [NotNullWhen(true)] out PostJudge? judge)
    {
        judge = null;
        if (policyPath is null)
        {
            judge = PostJudge.Default;
            return true;
        }

        var policies = PolicySource.TryLoad(policyPath, out var error);
        if (policies is null)
        {
            console.Error.WriteLine($"error: {error}");
            return false;
        }

        judge = new PostJudge(policies);
        return true;
    }
}
