using SaySomething.Server.Tests.TestSupport;

namespace SaySomething.Server.Tests.Api;

/// <summary>The service's commands as a user runs them: the real <c>saysomething</c> process.</summary>
public sealed class CliCommandTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "saysomething-cli", Guid.NewGuid().ToString("n"));

    [Fact]
    public async Task Keys_are_printed_once_listed_without_the_key_and_revoked_once()
    {
        var (exit, output) = await ServerProcess.RunCliAsync("keys", "add", "widget", "--check-only", "--data", _data);
        Assert.Equal(0, exit);
        string key = output.Split('\n')[0].Trim();
        Assert.StartsWith("ss_", key, StringComparison.Ordinal);

        (exit, output) = await ServerProcess.RunCliAsync("keys", "list", "--data", _data);
        Assert.Equal(0, exit);
        Assert.Contains(key[..7], output, StringComparison.Ordinal);
        Assert.DoesNotContain(key, output, StringComparison.Ordinal);
        Assert.Contains("check-only", output, StringComparison.Ordinal);

        Assert.Equal(0, (await ServerProcess.RunCliAsync("keys", "revoke", "1", "--data", _data)).Exit);
        (exit, output) = await ServerProcess.RunCliAsync("keys", "revoke", "1", "--data", _data);
        Assert.Equal(2, exit);
        Assert.Contains("no valid key 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_settings_are_refused_with_what_to_fix()
    {
        var (exit, output) = await ServerProcess.RunCliAsync("keys", "add", "widget", "--community", "nowhere", "--data", _data);
        Assert.Equal(2, exit);
        Assert.Contains("no community 'nowhere'", output, StringComparison.Ordinal);

        (exit, output) = await ServerProcess.RunCliAsync("communities", "set", "Bad Id", "--platform", "discourse", "--secret", "long-enough-secret", "--data", _data);
        Assert.Equal(2, exit);
        Assert.Contains("a-z, 0-9", output, StringComparison.Ordinal);

        (exit, output) = await ServerProcess.RunCliAsync("communities", "set", "forum", "--platform", "discourse", "--secret", "short", "--data", _data);
        Assert.Equal(2, exit);
        Assert.Contains("at least 12", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
