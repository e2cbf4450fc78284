namespace SaySomething.Guard.Tests.TestSupport;

/// <summary>Files of the repository the tests compare with (found from the test's output folder upwards).</summary>
public static class RepoFiles
{
    /// <summary>The repository's root (the folder holding SaySomething.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The guard's readable source, as committed.</summary>
    public static string GuardScript => Path.Combine(Root, "src", "SaySomething.Server", "Guard", "Script", "guard.js");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SaySomething.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"SaySomething.sln was not found above {AppContext.BaseDirectory}.");
    }
}
