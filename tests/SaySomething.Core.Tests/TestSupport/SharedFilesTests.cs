namespace SaySomething.Core.Tests.TestSupport;

public sealed class SharedFilesTests
{
    [Fact]
    public void RepositoryRoot_IsTheFolderWithTheSolution()
    {
        string? root = SharedFiles.RepositoryRoot;

        Assert.NotNull(root);
        Assert.True(File.Exists(Path.Combine(root, "SaySomething.sln")));
        Assert.Equal(Path.GetFullPath(Path.Combine(root, "..", "shared")), SharedFiles.Directory);
    }

    [Fact]
    public void FindRepositoryRoot_ReturnsNullWhenThereIsNoSolutionAbove()
        => Assert.Null(SharedFiles.FindRepositoryRoot(Path.GetPathRoot(AppContext.BaseDirectory)!));

    [Fact]
    public void GetSkipReason_AllPresent_Runs()
        => Assert.Null(SharedFiles.GetSkipReason(["a", "b"], _ => true, required: false));

    [Fact]
    public void GetSkipReason_MissingAndNotRequired_SkipsSayingWhere()
    {
        string? reason = SharedFiles.GetSkipReason(["a", "missing/file.txt"], path => path == "a", required: false);

        Assert.NotNull(reason);
        Assert.Contains("missing/file.txt", reason, StringComparison.Ordinal);
        Assert.Contains(SharedFiles.RequireVariable, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GetSkipReason_MissingButRequired_RunsSoThatTheTestFails()
        => Assert.Null(SharedFiles.GetSkipReason(["missing/file.txt"], _ => false, required: true));

    [Fact]
    public void Path_MissingFile_ThrowsWithTheExpectedLocation()
    {
        var error = Assert.Throws<FileNotFoundException>(() => SharedFiles.Path("no-such-folder/no-such-file.txt"));

        Assert.Contains("no-such-folder/no-such-file.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("shared", error.Message, StringComparison.Ordinal);
    }

    [RequiresSharedFact]
    public void Available_WhenTheSharedFolderExists()
    {
        Assert.True(SharedFiles.Available);
        Assert.True(SharedFiles.Exists("reference"));
    }
}
