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
/// <c>/ui/account/password</c>: change one's own password; required before anything else for a one-time password.
/// The change ends the account's other sessions (the session stamp changes) and renews this one.
/// </summary>
internal static class PasswordEndpoints
{
    public static IResult Show(HttpContext http) => Form(http, [], StatusCodes.Status200OK);

    public static async Task<IResult> ChangeAsync(HttpContext http, ServiceStore store, ServiceOptions options, SignInThrottle throttle, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        string current = form["current"].ToString();
        string proposed = form["password"].ToString();
        string confirmation = form["confirm"].ToString();
        long id = SessionClaims.AccountIdOf(http.User) ?? throw new InvalidOperationException("No moderator is signed in.");
        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            var account = await db.Moderators.SingleAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
            string address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            if (throttle.LockedUntil(account.UserName, address) is not null)
            {
                return Form(http, ["Too many wrong passwords: changing the password is locked for now; try again later."], StatusCodes.Status429TooManyRequests);
            }

            if (current.Length > PasswordRules.MaxLength || !PasswordHashing.Verify(current, account.PasswordHash))
            {
                throttle.Fail(account.UserName, address);
                return Form(http, ["The current password is wrong."], StatusCodes.Status400BadRequest);
            }

            var problems = PasswordRules.Problems(account.UserName, current, proposed, confirmation);
            if (problems.Count > 0)
            {
                return Form(http, problems, StatusCodes.Status400BadRequest);
            }

            account.PasswordHash = PasswordHashing.Hash(proposed);
            account.MustChangePassword = false;
            AuditLog.Add(db, options.Time.GetUtcNow().UtcDateTime, SessionClaims.ActorOf(http.User), null, "account.password_changed", "moderator", account.UserName,
                "changed by the account itself; its other sessions ended");
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await http.SignInAsync(UiAccess.Scheme, SessionClaims.For(account), new AuthenticationProperties { IsPersistent = false }).ConfigureAwait(false);
            return UiResults.SeeOther("/ui/queue?done=password");
        }
    }

    private static IResult Form(HttpContext http, List<string> errors, int status) =>
        UiResults.Page<PasswordPage>(http, new { Ui = UiContext.For(http), Required = SessionClaims.MustChange(http.User), Errors = errors }, status);
}
