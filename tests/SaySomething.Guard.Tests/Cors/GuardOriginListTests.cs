using SaySomething.Guard.Tests.TestSupport;
using SaySomething.Storage.Communities;

namespace SaySomething.Guard.Tests.Cors;

/// <summary>Guard origins as admins type them: normalised to what browsers send, or refused with what to fix.</summary>
public sealed class GuardOriginListTests
{
    [Theory]
    [InlineData("https://forum.example.org", "https://forum.example.org")]
    [InlineData("https://Forum.Example.ORG/", "https://forum.example.org")]
    [InlineData("https://forum.example.org:443", "https://forum.example.org")]
    [InlineData("https://forum.example.org:8443", "https://forum.example.org:8443")]
    [InlineData("https://bücher.example", "https://xn--bcher-kva.example")]
    [InlineData("http://localhost:8080", "http://localhost:8080")]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080")]
    [InlineData("http://[::1]:5080", "http://[::1]:5080")]
    public void Accepted_origins_are_stored_as_browsers_send_them(string typed, string stored)
        => Assert.Equal(stored, GuardOriginList.Normalize(typed));

    [Theory]
    [InlineData("forum.example.org")]
    [InlineData("https://*.example.org")]
    [InlineData("https://forum.example.org/forum")]
    [InlineData("https://forum.example.org/?x=1")]
    [InlineData("https://user@forum.example.org")]
    [InlineData("http://forum.example.org")]
    [InlineData("ftp://forum.example.org")]
    [InlineData("javascript:alert(1)")]
    [InlineData("null")]
    public void Other_text_is_refused_with_what_to_write(string typed)
    {
        Assert.Null(GuardOriginList.Normalize(typed));
        var (stored, problem) = GuardOriginList.Parse(typed);
        Assert.Null(stored);
        Assert.Contains("scheme://host[:port]", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_is_split_on_spaces_and_commas_and_duplicates_are_dropped()
    {
        var (stored, problem) = GuardOriginList.Parse(" https://a.example, https://b.example\nhttps://A.example/ ");
        Assert.Null(problem);
        Assert.Equal("https://a.example https://b.example", stored);
        Assert.True(GuardOriginList.Contains(stored, "https://b.example"));
        Assert.False(GuardOriginList.Contains(stored, "https://B.example"));
        Assert.False(GuardOriginList.Contains(stored, "https://c.example"));
        Assert.Equal((null, null), GuardOriginList.Parse("  "));
    }

    [Fact]
    public void At_most_twenty_origins_and_255_characters_each()
    {
        string twenty = string.Join(' ', Enumerable.Range(0, GuardOriginList.MaxOrigins).Select(i => $"https://f{i}.example"));
        Assert.Null(GuardOriginList.Parse(twenty).Problem);
        Assert.Contains("at most 20", GuardOriginList.Parse(twenty + " https://one-more.example").Problem, StringComparison.Ordinal);
        string longHost = "https://" + new string('a', 63) + "." + new string('b', 63) + "." + new string('c', 63) + "." + new string('d', 60) + ".example";
        Assert.True(longHost.Length > GuardOriginList.MaxOriginLength);
        Assert.NotNull(GuardOriginList.Parse(longHost).Problem);
    }

    [Fact]
    public async Task Changing_the_origins_is_audited_with_before_and_after_and_bad_input_changes_nothing()
    {
        await using var service = await GuardService.StartAsync();
        await service.AddCommunityAsync("forum", "https://forum.example.org");
        Assert.Null(await CommunitySettings.SetGuardOriginsAsync(service.Store, "forum", "https://new.example.org", "admin:alice", TimeProvider.System));
        Assert.Contains("wildcards", await CommunitySettings.SetGuardOriginsAsync(service.Store, "forum", "https://*.example.org", "admin:alice", TimeProvider.System), StringComparison.Ordinal);
        Assert.Contains("There is no community", await CommunitySettings.SetGuardOriginsAsync(service.Store, "nowhere", "https://a.example", "admin:alice", TimeProvider.System), StringComparison.Ordinal);
        var db = service.Store.Open();
        await using (db)
        {
            Assert.Equal("https://new.example.org", db.Communities.Single(c => c.Id == "forum").GuardOrigins);
            var rows = db.Audit.Where(a => a.Action == "community.guard_origins_changed").ToList();
            var row = Assert.Single(rows);
            Assert.Equal("admin:alice", row.Actor);
            Assert.Equal("guard origins https://forum.example.org -> https://new.example.org", row.Reason);
        }
    }
}
