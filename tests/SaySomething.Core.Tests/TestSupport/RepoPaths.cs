namespace SaySomething.Core.Tests.TestSupport;

/// <summary>Finds the repository the tests were built from.</summary>
internal static class RepoPaths
{
    private const string SolutionFileName = "SaySomething.sln";

    private static readonly Lazy<string?> s_root = new(FindRoot);

    /// <summary>
    /// Gets the directory containing <c>SaySomething.sln</c>, found by walking up from
    /// <see cref="AppContext.BaseDirectory"/>; <see langword="null"/> when the tests run outside a checkout.
    /// </summary>
    public static string? Root => s_root.Value;

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
