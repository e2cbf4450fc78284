namespace SaySomething.Cli.Tests.TestSupport;

/// <summary>
/// The team's shared folder beside the repository (<c>../shared</c>). Tests that need it use
/// <see cref="RequiresSharedFactAttribute"/>: skipped where it is absent, failed when <see cref="RequireVariable"/> is 1 (CI).
/// </summary>
internal static class SharedFiles
{
    public const string RequireVariable = "SAYSOMETHING_REQUIRE_SHARED";

    /// <summary>Gets the folder holding <c>SaySomething.sln</c>, or null outside a checkout.</summary>
    public static string? RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The full path of <paramref name="relativePath"/> in the shared folder, or null when the repository root is unknown.</summary>
    public static string? PathOf(string relativePath)
        => RepositoryRoot is { } root ? Path.GetFullPath(Path.Combine(root, "..", "shared", relativePath)) : null;

    /// <summary>The full path of a shared file that must exist; fails the test with a clear message when it does not.</summary>
    public static string Require(string relativePath)
    {
        var path = PathOf(relativePath);
        if (path is null || !File.Exists(path))
        {
            throw new FileNotFoundException($"Shared test file missing: {path ?? relativePath} (the shared folder belongs beside the repository).", path);
        }

        return path;
    }

    /// <summary>Null to run a test that needs <paramref name="relativePaths"/>, else why it is skipped.</summary>
    public static string? SkipReason(IEnumerable<string> relativePaths)
    {
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
        {
            return null;
        }

        var missing = relativePaths.FirstOrDefault(path => PathOf(path) is not { } full || !File.Exists(full));
        return missing is null ? null : $"Shared test file missing: {PathOf(missing) ?? missing}; skipped; set {RequireVariable}=1 to make this a failure.";
    }

    private static string? FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SaySomething.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}

/// <summary>A fact that needs files from the shared folder; see <see cref="SharedFiles"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequiresSharedFactAttribute : FactAttribute
{
    public RequiresSharedFactAttribute(params string[] relativePaths)
    {
        RelativePaths = relativePaths;
        Skip = SharedFiles.SkipReason(relativePaths);
    }

    public IReadOnlyList<string> RelativePaths { get; }
}
