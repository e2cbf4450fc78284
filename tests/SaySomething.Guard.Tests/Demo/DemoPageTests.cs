using System.Net;
using Microsoft.EntityFrameworkCore;
using SaySomething.Guard.Tests.TestSupport;
using SaySomething.Server.Guard.Demo;
using SaySomething.Server.Hosting;
using SaySomething.Storage.Keys;

namespace SaySomething.Guard.Tests.Demo;

/// <summary>The demo page and its check-only key, created on the first run for the demo community.</summary>
public sealed class DemoPageTests
{
    [Fact]
    public async Task First_run_creates_one_check_only_demo_key_kept_beside_the_database_and_a_restart_keeps_it()
    {
        await using var service = await GuardService.StartAsync(seedDemo: true);
        string? key = DemoGuardKey.Read(service.Options.Store);
        Assert.NotNull(key);
        var record = await ApiKeys.FindValidAsync(service.Store, key);
        Assert.NotNull(record);
        Assert.True(record.CheckOnly);
        Assert.Equal("demo", record.CommunityId);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(DemoGuardKey.FileFor(service.Options.Store)!));
        }

        // Preparing again (a restart) neither creates another key nor changes the kept one.
        await ServiceApp.PrepareAsync(service.Options);
        Assert.Equal(key, DemoGuardKey.Read(service.Options.Store));
        var db = service.Store.Open();
        await using (db)
        {
            Assert.Equal(1, await db.ApiKeys.CountAsync(k => k.Name == DemoGuardKey.KeyName));
            Assert.Equal(1, await db.Audit.CountAsync(a => a.Action == "key.created" && a.Reason!.Contains(DemoGuardKey.KeyName)));
        }

        // A revoked demo key is replaced on the next start.
        await ApiKeys.RevokeAsync(service.Store, record.Id, "test", TimeProvider.System);
        await ServiceApp.PrepareAsync(service.Options);
        Assert.NotEqual(key, DemoGuardKey.Read(service.Options.Store));
    }

    [Fact]
    public async Task Page_carries_the_demo_key_and_a_strict_policy_and_its_assets_are_served()
    {
        await using var service = await GuardService.StartAsync(seedDemo: true);
        var response = await service.Client.GetAsync("/demo?mode=confirm&editor=rich");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string page = await response.Content.ReadAsStringAsync();
        Assert.Contains($"data-key=\"{DemoGuardKey.Read(service.Options.Store)}\"", page, StringComparison.Ordinal);
        Assert.Contains("data-mode=\"confirm\"", page, StringComparison.Ordinal);
        Assert.Contains("contenteditable=\"true\"", page, StringComparison.Ordinal);
        Assert.Equal(DemoPage.ContentSecurityPolicy, ResponseHeaders.Of(response, "Content-Security-Policy"));
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", page, StringComparison.Ordinal);
        foreach (string asset in new[] { "demo.js", "demo.css", "samples.jsonl" })
        {
            Assert.Equal(HttpStatusCode.OK, (await service.Client.GetAsync("/demo/assets/" + asset)).StatusCode);
        }

        var missing = await service.Client.GetAsync("/demo/assets/..%2Fsaysomething.db");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Without_a_kept_key_the_page_says_how_to_make_one_and_takes_only_a_key_shaped_parameter()
    {
        await using var service = await GuardService.StartAsync(seedDemo: false);
        string page = await service.Client.GetStringAsync("/demo?key=%22%3E%3Cscript%3Ealert(1)%3C/script%3E");
        Assert.Contains("saysomething keys add demo --check-only --community demo", page, StringComparison.Ordinal);
        Assert.Contains("data-key=\"\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(1)", page, StringComparison.Ordinal);
        string given = await service.Client.GetStringAsync("/demo?key=ss_abc%22onload");
        Assert.Contains("data-key=\"ss_abc&quot;onload\"", given, StringComparison.Ordinal);
    }
}
