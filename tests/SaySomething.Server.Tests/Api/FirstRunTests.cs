using Microsoft.EntityFrameworkCore;
using SaySomething.Server.Hosting;
using SaySomething.Server.Tests.TestSupport;
using SaySomething.Storage;
using SaySomething.Storage.Accounts;

namespace SaySomething.Server.Tests.Api;

/// <summary>The first run creates the admin with a one-time password and the demo community with the bundled samples judged; later runs change nothing.</summary>
public sealed class FirstRunTests
{
    [Fact]
    public async Task First_run_prints_a_one_time_admin_password_and_seeds_the_demo_once()
    {
        using var test = TestStores.Create("sqlite");
        var notices = new StringWriter();
        var options = new ServiceOptions { Store = test.Location, Notices = notices };
        await ServiceApp.PrepareAsync(options);
        string printed = notices.ToString();
        string password = printed.Split('\n')[0].Split(' ')[^1].Trim();

        var store = new ServiceStore(test.Location);
        var db = store.Open();
        await using (db)
        {
            var admin = await db.Moderators.SingleAsync();
            Assert.Equal("admin", admin.Role);
            Assert.True(admin.MustChangePassword);
            Assert.True(PasswordHashing.Verify(password, admin.PasswordHash));
            Assert.DoesNotContain(password, admin.PasswordHash, StringComparison.Ordinal);
            var posts = await db.Posts.Where(p => p.CommunityId == "demo").ToListAsync();
            Assert.Equal(File.ReadLines(Path.Combine(RepoPaths.Root, "samples", "posts.jsonl")).Count(l => l.Trim().Length > 0), posts.Count);
            Assert.Contains(posts, p => p.Verdict == "drive_by");
            Assert.Contains(posts, p => p.Verdict == "commented");
            Assert.Equal(posts.Count, await db.Decisions.CountAsync());
        }

        var again = new StringWriter();
        await ServiceApp.PrepareAsync(new ServiceOptions { Store = test.Location, Notices = again });
        Assert.Equal("", again.ToString());
    }
}
