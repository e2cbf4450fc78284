using System.Net;
using Microsoft.EntityFrameworkCore;
using SaySomething.Server.Tests.TestSupport;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Tests.Moderation;

/// <summary>Sign-in, sessions, lockout, the first-run password change and sign-out (security.md §6).</summary>
public sealed class SignInTests
{
    [Fact]
    public async Task Sign_in_sets_a_strict_http_only_cookie_and_sign_out_ends_the_session()
    {
        await using var service = await ServiceHarness.StartAsync(configure: UiAccounts.WithDemo);
        await UiAccounts.AddAsync(service.Store, "mo", ModeratorRoles.Moderator);
        using var ui = new UiClient(service.Client.BaseAddress!);

        using (var anonymous = await ui.GetAsync("/ui/queue"))
        {
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.StartsWith("/ui/sign-in?ReturnUrl=%2Fui%2Fqueue", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        using (var signIn = await ui.SubmitAsync("/ui/sign-in", "/ui/sign-in", ("userName", "MO"), ("password", UiAccounts.Password)))
        {
            Assert.Equal(HttpStatusCode.SeeOther, signIn.StatusCode);
            string cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("saysomething_session=", StringComparison.Ordinal));
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
            // Plain HTTP here: Secure is set when the request is HTTPS (SameAsRequest).
            Assert.DoesNotContain("secure", cookie.Replace("samesite", "", StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("Signed in as <strong>mo</strong>", await ui.PageAsync("/ui/queue"), StringComparison.Ordinal);
        using (var signOut = await ui.SubmitAsync("/ui/queue", "/ui/sign-out"))
        {
            Assert.Equal(HttpStatusCode.SeeOther, signOut.StatusCode);
            Assert.Equal("/ui/sign-in?done=signed-out", signOut.Headers.Location!.OriginalString);
        }

        using (var after = await ui.GetAsync("/ui/queue"))
        {
            Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        }

        var db = service.Store.Open();
        await using (db)
        {
            var actions = await db.Audit.Where(a => a.TargetId == "mo").Select(a => a.Action).ToListAsync();
            Assert.Equal(["session.signed_in", "session.signed_out"], actions);
        }
    }

    [Fact]
    public async Task Signing_out_ends_the_session_on_the_server_so_a_copied_cookie_is_refused()
    {
        await using var service = await ServiceHarness.StartAsync(configure: UiAccounts.WithDemo);
        await UiAccounts.AddAsync(service.Store, "mo", ModeratorRoles.Moderator);
        using var ui = new UiClient(service.Client.BaseAddress!);
        await ui.SignInAsync("mo", UiAccounts.Password);

        // Another browser holding a copy of the same cookie (stolen, or simply a second tab's jar).
        using var copy = new UiClient(service.Client.BaseAddress!);
        foreach (System.Net.Cookie cookie in ui.Cookies.GetAllCookies())
        {
            copy.Cookies.Add(cookie);
        }

        Assert.Contains("Signed in as <strong>mo</strong>", await copy.PageAsync("/ui/queue"), StringComparison.Ordinal);
        using (var signOut = await ui.SubmitAsync("/ui/queue", "/ui/sign-out"))
        {
            Assert.Equal(HttpStatusCode.SeeOther, signOut.StatusCode);
        }

        using var after = await copy.GetAsync("/ui/queue");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/ui/sign-in", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        // Signing in again works as before.
        await ui.SignInAsync("mo", UiAccounts.Password);
        Assert.Contains("Signed in as <strong>mo</strong>", await ui.PageAsync("/ui/queue"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_account_get_the_same_answer_and_are_audited()
    {
        await using var service = await ServiceHarness.StartAsync(configure: UiAccounts.WithDemo);
        await UiAccounts.AddAsync(service.Store, "mo", ModeratorRoles.Moderator);
        using var ui = new UiClient(service.Client.BaseAddress!);

        using var wrong = await ui.SubmitAsync("/ui/sign-in", "/ui/sign-in", ("userName", "mo"), ("password", "not the password"));
        using var unknown = await ui.SubmitAsync("/ui/sign-in", "/ui/sign-in", ("userName", "nobody"), ("password", "not the password"));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        string message = "The account name or the password is wrong.";
        Assert.Contains(message, await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(message, await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var empty = await ui.SubmitAsync("/ui/sign-in", "/ui/sign-in", ("userName", ""), ("password", ""));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);

        var db = service.Store.Open();
        await using (db)
        {
            var failed = await db.Audit.Where(a => a.Action == "session.sign_in_failed").OrderBy(a => a.Id).ToListAsync();
            Assert.Equal(2, failed.Count);
            Assert.StartsWith("wrong password", failed[0].Reason, StringComparison.Ordinal);
            Assert.StartsWith("unknown account", failed[1].Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_for_the_right_password_until_the_lockout_ends()
    {
        await using var service = await ServiceHarness.StartAsync(configure: UiAccounts.WithDemo);
        await UiAccounts.AddAsync(service.Store, "mo", ModeratorRoles.Moderator);
        using var ui = new UiClient(service.Client.BaseAddress!);
        for (int i = 0; i < 5; i++)
        {
            using var failure = await ui.SubmitAsync("/ui/sign-in", "/ui/sign-in", ("userName", "mo"), ("password", "guess " + i));
            Assert.Equal(HttpStatusCode.Unauthorized, failure.StatusCode);
        }

        using (var locked = await ui.SubmitAsync("/ui/sign-in", "/ui/sign-in", ("userName", "mo"), ("password", UiAccounts.Password)))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
            Assert.Equal("900", locked.Headers.GetValues("Retry-After").Single());
            Assert.Contains("Signing in is locked until 2026-03-14 09:15 UTC", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        service.Time.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        await ui.SignInAsync("mo", UiAccounts.Password);

        var db = service.Store.Open();
        await using (db)
        {
            Assert.Equal(1, await db.Audit.CountAsync(a => a.Action == "session.locked"));
            Assert.Equal(4, await db.Audit.CountAsync(a => a.Action == "session.sign_in_failed"));
        }
    }

    [Fact]
    public async Task The_first_run_admin_signs_in_with_the_printed_password_and_must_change_it_first()
    {
        var notices = new StringWriter();
        await using var service = await ServiceHarness.StartAsync(configure: options =>
        {
            UiAccounts.WithDemo(options);
            options.Notices = notices;
        });
        string printed = notices.ToString();
        string password = printed.Split("one-time password ")[1].Split('\n')[0].Trim();
        using var ui = new UiClient(service.Client.BaseAddress!);

        await ui.SignInAsync("admin", password, expectedLocation: "/ui/account/password");
        using (var gated = await ui.GetAsync("/ui/queue"))
        {
            Assert.Equal(HttpStatusCode.SeeOther, gated.StatusCode);
            Assert.Equal("/ui/account/password", gated.Headers.Location!.OriginalString);
        }

        using (var same = await ui.SubmitAsync("/ui/account/password", "/ui/account/password", ("current", password), ("password", password), ("confirm", password)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, same.StatusCode);
            Assert.Contains("must differ from the current one", await same.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var shortOne = await ui.SubmitAsync("/ui/account/password", "/ui/account/password", ("current", password), ("password", "short"), ("confirm", "short")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, shortOne.StatusCode);
        }

        using (var changed = await ui.SubmitAsync("/ui/account/password", "/ui/account/password", ("current", password), ("password", "my own admin password"), ("confirm", "my own admin password")))
        {
            Assert.Equal(HttpStatusCode.SeeOther, changed.StatusCode);
        }

        Assert.Contains("Password changed.", await ui.PageAsync("/ui/queue?done=password"), StringComparison.Ordinal);
        using var again = new UiClient(service.Client.BaseAddress!);
        await again.SignInAsync("admin", "my own admin password");
        var db = service.Store.Open();
        await using (db)
        {
            Assert.False((await db.Moderators.SingleAsync(m => m.UserName == "admin")).MustChangePassword);
            Assert.Equal(1, await db.Audit.CountAsync(a => a.Action == "account.password_changed"));
        }
    }

    [Fact]
    public async Task Only_a_local_return_address_is_followed_after_sign_in()
    {
        await using var service = await ServiceHarness.StartAsync(configure: UiAccounts.WithDemo);
        await UiAccounts.AddAsync(service.Store, "mo", ModeratorRoles.Moderator);
        foreach (var (returnUrl, expected) in new[] { ("/ui/stats", "/ui/stats"), ("//evil.example/x", "/ui/queue"), ("https://evil.example/", "/ui/queue"), ("/\\evil.example", "/ui/queue") })
        {
            using var ui = new UiClient(service.Client.BaseAddress!);
            using var response = await ui.SubmitAsync("/ui/sign-in", "/ui/sign-in", ("userName", "mo"), ("password", UiAccounts.Password), ("ReturnUrl", returnUrl));
            Assert.Equal(expected, response.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_open_session()
    {
        await using var service = await ServiceHarness.StartAsync(configure: UiAccounts.WithDemo);
        await UiAccounts.AddAsync(service.Store, "alice", ModeratorRoles.Admin);
        long mo = await UiAccounts.AddAsync(service.Store, "mo", ModeratorRoles.Moderator);
        using var admin = new UiClient(service.Client.BaseAddress!);
        using var moderator = new UiClient(service.Client.BaseAddress!);
        await admin.SignInAsync("alice", UiAccounts.Password);
        await moderator.SignInAsync("mo", UiAccounts.Password);
        await moderator.PageAsync("/ui/queue");

        using (var disable = await admin.SubmitAsync("/ui/accounts", $"/ui/accounts/{mo}/disable"))
        {
            Assert.Equal(HttpStatusCode.SeeOther, disable.StatusCode);
        }

        using (var after = await moderator.GetAsync("/ui/queue"))
        {
            Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        }

        using var again = new UiClient(service.Client.BaseAddress!);
        using var refused = await again.SubmitAsync("/ui/sign-in", "/ui/sign-in", ("userName", "mo"), ("password", UiAccounts.Password));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
