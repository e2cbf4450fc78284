namespace SaySomething.Server.Tests.TestSupport;

/// <summary>Finds the repository (the folder holding SaySomething.sln) and the shared folder beside it.</summary>
public static class RepoPaths
{
    /// <summary>Set to <c>1</c> to make missing shared files a failure instead of a skip (CI).</summary>
    public const string RequireSharedVariable = "SAYSOMETHING_REQUIRE_SHARED";

    private static readonly Lazy<string> s_root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SaySomething.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder containing SaySomething.sln above '{AppContext.BaseDirectory}'.");
    });

    /// <summary>Gets the repository root.</summary>
    public static string Root => s_root.Value;

    /// <summary>Gets the shared folder's expected path.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>Null when <paramref name="relative"/> exists in the shared folder or is required; otherwise the skip reason.</summary>
    public static string? SharedSkipReason(string relative) =>
        File.Exists(Path.Combine(Shared, relative)) || Environment.GetEnvironmentVariable(RequireSharedVariable) == "1"
            ? null
            : $"Shared test file missing: '{Path.Combine(Shared, relative)}'; skipped; set {RequireSharedVariable}=1 to make this a failure.";
}

/// <summary>A fact that needs a file of the shared folder: skipped with a message when it is missing, unless CI requires it.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresSharedFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute.</summary>
    public RequiresSharedFactAttribute(string relativePath)
    {
        Skip = RepoPaths.SharedSkipReason(relativePath);
    }
}
