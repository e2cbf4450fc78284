namespace SaySomething.Core.Tests.TestSupport;

/// <summary>
/// Locates the read-only <c>shared</c> folder (peer test data, reference lists) that is checked out
/// beside the repository: <c>&lt;repo&gt;/../shared</c>.
/// </summary>
public static class SharedFiles
{
    /// <summary>Environment variable that turns a missing shared folder from a skip into a failure (set it in CI).</summary>
    internal const string RequireVariable = "SAYSOMETHING_REQUIRE_SHARED";

    private static readonly string? s_root = RepoPaths.Root is { } repo
        ? System.IO.Path.GetFullPath(System.IO.Path.Combine(repo, "..", "shared"))
        : null;

    /// <summary>Gets a value indicating whether the shared folder exists.</summary>
    public static bool Available { get; } = s_root is not null && Directory.Exists(s_root);

    /// <summary>Gets the message tests report when the shared folder is missing.</summary>
    internal static string MissingMessage =>
        $"../shared not found next to the repo (expected at {s_root ?? $"<folder of SaySomething.sln, not found above {AppContext.BaseDirectory}>/../shared"}); "
        + $"clone it beside the repo or set {RequireVariable}=1 in CI";

    /// <summary>
    /// Gets the skip reason for tests that need the shared folder: <see langword="null"/> when it exists, or when
    /// <c>SAYSOMETHING_REQUIRE_SHARED=1</c> asks for such tests to run (and fail) anyway.
    /// </summary>
    internal static string? SkipReason =>
        Available || Environment.GetEnvironmentVariable(RequireVariable) == "1" ? null : MissingMessage;

    /// <summary>Returns the full path of <paramref name="relative"/> inside the shared folder.</summary>
    /// <param name="relative">A path relative to the shared folder, such as <c>conformance/linkify-it/links.txt</c>.</param>
    /// <exception cref="DirectoryNotFoundException">The shared folder is missing.</exception>
    public static string Path(string relative)
    {
        ArgumentNullException.ThrowIfNull(relative);
        if (!Available || s_root is null)
        {
            throw new DirectoryNotFoundException(MissingMessage);
        }

        return System.IO.Path.GetFullPath(System.IO.Path.Combine(s_root, relative));
    }
}
