namespace SaySomething.Core.Tests.TestSupport;

/// <summary>
/// A theory that needs files from the shared folder; see <see cref="RequiresSharedFactAttribute"/>. When skipped,
/// the theory's data is not enumerated, so data members may read the shared files through <see cref="SharedFiles.Path"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequiresSharedTheoryAttribute : TheoryAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="relativePaths">Files or folders the test needs, relative to the shared folder; none means the folder itself.</param>
    public RequiresSharedTheoryAttribute(params string[] relativePaths)
    {
        RelativePaths = relativePaths.Length == 0 ? ["."] : relativePaths;
        Skip = SharedFiles.GetSkipReason(RelativePaths);
    }

    /// <summary>Gets the files or folders the test needs, relative to the shared folder.</summary>
    public IReadOnlyList<string> RelativePaths { get; }
}
