namespace SaySomething.Core.Tests.TestSupport;

/// <summary>
/// A fact that needs files from the shared folder (see <see cref="SharedFiles"/>). It is skipped, with a message
/// saying where the folder is expected, when any of them is missing, unless <see cref="SharedFiles.RequireVariable"/>
/// is <c>1</c>: then it runs, and <see cref="SharedFiles.Path"/> fails it with that message.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequiresSharedFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="relativePaths">Files or folders the test needs, relative to the shared folder; none means the folder itself.</param>
    public RequiresSharedFactAttribute(params string[] relativePaths)
    {
        RelativePaths = relativePaths.Length == 0 ? ["."] : relativePaths;
        Skip = SharedFiles.GetSkipReason(RelativePaths);
    }

    /// <summary>Gets the files or folders the test needs, relative to the shared folder.</summary>
    public IReadOnlyList<string> RelativePaths { get; }
}
