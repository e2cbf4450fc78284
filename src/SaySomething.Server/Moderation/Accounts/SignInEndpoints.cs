using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SaySomething.Server.Hosting;
using SaySomething.Server.Moderation.Pages;
using SaySomething.Server.Moderation.Rendering;
using SaySomething.Server.Moderation.Security;
using SaySomething.Storage;
using SaySomething.Storage.Accounts;
using SaySomething.Storage.Audit;

namespace SaySomething.Server.Moderation.Accounts;

/// <summary>
/// Sign-in and sign-out. A wrong name and a wrong password get the same answer and take the same time; failures count
/// toward a lockout (<see cref="SignInThrottle"/>); every sign-in, failure, lockout and sign-out is audited.
/// </summary>
internal static class SignInEndpoints
{
    public const string Path = "/ui/sign-in";
    public const string ReturnField = "ReturnUrl";

    // Verified against when the account does not exist, so that the answer takes as long as for a wrong password.
    private static readonly string DecoyHash = PasswordHashing.Hash("decoy password that matches nothing");

    public static IResult Show(HttpContext http)
    {
        if (http.User.Identity is { IsAuthenticated: true, AuthenticationType: UiAccess.Scheme })
        {
            return UiResults.SeeOther("/ui/queue");
        }

        string? returnUrl = http.Request.Query[ReturnField];
        return Form(http, UiResults.IsLocal(returnUrl) ? returnUrl : null, null, null, StatusCodes.Status200OK);
    }

    public static async Task<IResult> SignInAsync(HttpContext http, ServiceStore store, ServiceOptions options, SignInThrottle throttle, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        string typed = form["userName"].ToString();
        string password = form["password"].ToString();
        string? returnUrl = form[ReturnField];
        returnUrl = UiResults.IsLocal(returnUrl) ? returnUrl : null;
        if (typed.Trim().Length == 0 || password.Length == 0 || typed.Length > 256 || password.Length > PasswordRules.MaxLength)
        {
            return Form(http, returnUrl, typed.Length > 256 ? null : typed, "Type your account name and your password (at most 256 characters each).", StatusCodes.Status400BadRequest);
        }

        string name = AccountNames.Normalize(typed);
        string address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var now = options.Time.GetUtcNow();
        if (throttle.LockedUntil(name, address) is { } until)
        {
            int seconds = Math.Max(1, (int)Math.Ceiling((until - now).TotalSeconds));
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return Form(http, returnUrl, typed,
                $"Too many failed sign-ins. Signing in is locked until {Display.Time(until.UtcDateTime)}; try again then, or ask an admin.", StatusCodes.Status429TooManyRequests);
        }

        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            var account = await db.Moderators.SingleOrDefaultAsync(m => m.UserName == name, cancellationToken).ConfigureAwait(false);
            bool verified = PasswordHashing.Verify(password, account?.PasswordHash ?? DecoyHash);
            if (account is null || !verified || account.DisabledAt is not null)
            {
                bool locked = throttle.Fail(name, address);
                string why = (account is null ? "unknown account" : account.DisabledAt is not null ? "disabled account" : "wrong password")
                    + (locked ? $"; signing in to this account is locked for {options.Moderation.LockoutDuration.TotalMinutes:0} minutes" : "");
                AuditLog.Add(db, now.UtcDateTime, account is null ? "anonymous" : "moderator:" + account.Id.ToString(CultureInfo.InvariantCulture), null,
                    locked ? "session.locked" : "session.sign_in_failed", "moderator", AccountNames.ForAudit(name), why + " (from " + address + ")");
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return Form(http, returnUrl, typed, "The account name or the password is wrong.", StatusCodes.Status401Unauthorized);
            }

            throttle.Succeed(name);
            AuditLog.Add(db, now.UtcDateTime, "moderator:" + account.Id.ToString(CultureInfo.InvariantCulture), null, "session.signed_in", "moderator", account.UserName, "from " + address);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await http.SignInAsync(UiAccess.Scheme, SessionClaims.For(account), new AuthenticationProperties { IsPersistent = false }).ConfigureAwait(false);
            return UiResults.SeeOther(account.MustChangePassword ? PasswordChangeGate.PasswordPath : returnUrl ?? "/ui/queue");
        }
    }

    public static async Task<IResult> SignOutAsync(HttpContext http, ServiceStore store, ServiceOptions options, CancellationToken cancellationToken)
    {
        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            // The stamp changes, so a copy of this cookie (or another browser's) is refused from now on.
            if (SessionClaims.AccountIdOf(http.User) is { } id && await db.Moderators.FindAsync([id], cancellationToken).ConfigureAwait(false) is { } account)
            {
                account.SignOuts++;
            }

            AuditLog.Add(db, options.Time.GetUtcNow().UtcDateTime, SessionClaims.ActorOf(http.User), null, "session.signed_out", "moderator", http.User.Identity?.Name, null);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        await http.SignOutAsync(UiAccess.Scheme).ConfigureAwait(false);
        return UiResults.SeeOther(Path + "?done=signed-out");
    }

    private static IResult Form(HttpContext http, string? returnUrl, string? userName, string? error, int status) =>
        UiResults.Page<SignInPage>(http, new { Ui = UiContext.For(http), ReturnUrl = returnUrl, UserName = userName, Error = error }, status);
}
