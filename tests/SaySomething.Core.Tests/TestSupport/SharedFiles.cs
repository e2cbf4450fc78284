namespace SaySomething.Core.Tests.TestSupport;

/// <summary>
/// Finds the team's shared read-only folder (conformance suites, reference data), which lives next to the
/// repository: <c>&lt;folder containing SaySomething.sln&gt;/../shared</c>.
/// </summary>
/// <remarks>
/// Tests that need it use <see cref="RequiresSharedFactAttribute"/> or <see cref="RequiresSharedTheoryAttribute"/>:
/// they are skipped where the folder is absent, unless the environment variable
/// <see cref="RequireVariable"/> is <c>1</c> (CI), in which case they run and fail with <see cref="MissingMessage"/>.
/// </remarks>
public static class SharedFiles
{
    /// <summary>Set this environment variable to <c>1</c> to turn "shared files missing" from a skip into a failure.</summary>
    public const string RequireVariable = "SAYSOMETHING_REQUIRE_SHARED";

    private const string SolutionFileName = "SaySomething.sln";

    private static readonly Lazy<string?> s_repositoryRoot = new(() => FindRepositoryRoot(AppContext.BaseDirectory));

    /// <summary>Gets the folder that contains <c>SaySomething.sln</c>, or <see langword="null"/> if none was found above the test binaries.</summary>
    public static string? RepositoryRoot => s_repositoryRoot.Value;

    /// <summary>Gets the full path where the shared folder is expected, or <see langword="null"/> if the repository root is unknown.</summary>
    public static string? Directory => RepositoryRoot is { } root
        ? System.IO.Path.GetFullPath(System.IO.Path.Combine(root, "..", "shared"))
        : null;

    /// <summary>Gets a value indicating whether the shared folder exists.</summary>
    public static bool Available => Directory is { } directory && System.IO.Directory.Exists(directory);

    /// <summary>Gets a value indicating whether missing shared files must fail tests instead of skipping them.</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Returns the full path of <paramref name="relativePath"/> inside the shared folder, for example <c>reference/public-suffix-list/tests.txt</c>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist; the message says where it was expected.</exception>
    public static string Path(string relativePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(relativePath);
        string? full = TryGetPath(relativePath);
        if (full is null || !(File.Exists(full) || System.IO.Directory.Exists(full)))
        {
            throw new FileNotFoundException(MissingMessage(relativePath), full ?? relativePath);
        }

        return full;
    }

    /// <summary>Returns whether <paramref name="relativePath"/> (a file or a folder) exists inside the shared folder.</summary>
    public static bool Exists(string relativePath)
        => TryGetPath(relativePath) is { } full && (File.Exists(full) || System.IO.Directory.Exists(full));

    /// <summary>Explains where a missing shared file was expected and how the tests treat its absence.</summary>
    public static string MissingMessage(string relativePath)
    {
        string where = Directory is { } directory
            ? $"'{System.IO.Path.Combine(directory, relativePath)}' (the shared folder is expected at '{directory}', next to the folder containing {SolutionFileName})"
            : $"'../shared/{relativePath}' (no folder containing {SolutionFileName} was found above '{AppContext.BaseDirectory}')";
        string consequence = Required
            ? $"{RequireVariable}=1, so this is a failure"
            : $"skipped; set {RequireVariable}=1 to make this a failure";
        return $"Shared test file missing: {where}; {consequence}.";
    }

    /// <summary>
    /// Decides how a test that needs <paramref name="relativePaths"/> runs: <see langword="null"/> to run it (the files exist,
    /// or they are required and the test will fail on them), otherwise the skip reason.
    /// </summary>
    public static string? GetSkipReason(IEnumerable<string> relativePaths)
        => GetSkipReason(relativePaths, Exists, Required);

    internal static string? GetSkipReason(IEnumerable<string> relativePaths, Func<string, bool> exists, bool required)
    {
        ArgumentNullException.ThrowIfNull(relativePaths);
        ArgumentNullException.ThrowIfNull(exists);
        string? missing = relativePaths.FirstOrDefault(path => !exists(path));
        return missing is null || required ? null : MissingMessage(missing);
    }

    internal static string? FindRepositoryRoot(string startDirectory)
    {
        for (DirectoryInfo? directory = new(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    private static string? TryGetPath(string relativePath)
        => Directory is { } directory ? System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, relativePath)) : null;
}
