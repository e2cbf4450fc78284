using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SaySomething.Server.Hosting;
using SaySomething.Server.Moderation.Pages;
using SaySomething.Server.Moderation.Rendering;
using SaySomething.Server.Moderation.Security;
using SaySomething.Storage;
using SaySomething.Storage.Accounts;
using SaySomething.Storage.Audit;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Moderation.Accounts;

/// <summary>An account as the accounts page lists it.</summary>
/// <param name="Id">The row id.</param>
/// <param name="UserName">The name.</param>
/// <param name="Role">The role.</param>
/// <param name="MustChangePassword">Whether its one-time password is still unchanged.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="DisabledAt">When it was disabled (UTC), or null.</param>
public sealed record AccountRow(long Id, string UserName, string Role, bool MustChangePassword, DateTime CreatedAt, DateTime? DisabledAt);

/// <summary>An account just created, with its one-time password (shown once, in the answer to the form, never stored).</summary>
/// <param name="UserName">The name.</param>
/// <param name="Password">The one-time password.</param>
public sealed record NewAccount(string UserName, string Password);

/// <summary><c>/ui/accounts</c> (admin): list accounts, add a moderator or admin with a one-time password, disable an account.</summary>
internal static class AccountEndpoints
{
    public static readonly IReadOnlyList<string> Roles = [ModeratorRoles.Moderator, ModeratorRoles.Admin];

    public static async Task<IResult> ListAsync(HttpContext http, ServiceStore store, CancellationToken cancellationToken) =>
        await PageAsync(http, store, null, [], StatusCodes.Status200OK, cancellationToken).ConfigureAwait(false);

    public static async Task<IResult> AddAsync(HttpContext http, ServiceStore store, ServiceOptions options, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var values = new FormValues(name => form[name]);
        string? typed = values.Text("userName", "Account name", 256, required: true);
        string? role = values.Choice("role", "Role", Roles, required: true);
        string name = AccountNames.Normalize(typed ?? "");
        if (typed is not null && !AccountNames.IsValid(name))
        {
            values.Errors.Add($"The account name must be 1 to {AccountNames.MaxLength} characters of a-z, 0-9, '.', '_' and '-'.");
        }

        if (values.Errors.Count > 0)
        {
            return await PageAsync(http, store, null, values.Errors, StatusCodes.Status400BadRequest, cancellationToken).ConfigureAwait(false);
        }

        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            if (await db.Moderators.AnyAsync(m => m.UserName == name, cancellationToken).ConfigureAwait(false))
            {
                return await PageAsync(http, store, null, [$"There is already an account '{name}'; choose another name."], StatusCodes.Status400BadRequest, cancellationToken).ConfigureAwait(false);
            }

            string password = PasswordHashing.NewOneTimePassword();
            var now = options.Time.GetUtcNow().UtcDateTime;
            db.Moderators.Add(new ModeratorAccount { UserName = name, PasswordHash = PasswordHashing.Hash(password), Role = role!, MustChangePassword = true, CreatedAt = now });
            AuditLog.Add(db, now, SessionClaims.ActorOf(http.User), null, "account.created", "moderator", name, $"role {role}; one-time password to change at first sign-in");
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                return await PageAsync(http, store, null, [$"There is already an account '{name}'; choose another name."], StatusCodes.Status400BadRequest, cancellationToken).ConfigureAwait(false);
            }

            return await PageAsync(http, store, new NewAccount(name, password), [], StatusCodes.Status200OK, cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task<IResult> DisableAsync(long id, HttpContext http, ServiceStore store, ServiceOptions options, CancellationToken cancellationToken)
    {
        if (SessionClaims.AccountIdOf(http.User) == id)
        {
            return await PageAsync(http, store, null, ["You cannot disable your own account; ask another admin."], StatusCodes.Status400BadRequest, cancellationToken).ConfigureAwait(false);
        }

        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            var account = await db.Moderators.SingleOrDefaultAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
            if (account is null || account.DisabledAt is not null)
            {
                return await PageAsync(http, store, null, [$"There is no active account {id.ToString(CultureInfo.InvariantCulture)}."], StatusCodes.Status404NotFound, cancellationToken).ConfigureAwait(false);
            }

            var now = options.Time.GetUtcNow().UtcDateTime;
            account.DisabledAt = now;
            AuditLog.Add(db, now, SessionClaims.ActorOf(http.User), null, "account.disabled", "moderator", account.UserName, "disabled by an admin; its sessions ended");
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return UiResults.SeeOther("/ui/accounts?done=disabled");
        }
    }

    private static async Task<IResult> PageAsync(HttpContext http, ServiceStore store, NewAccount? created, List<string> errors, int status, CancellationToken cancellationToken)
    {
        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            var accounts = await db.Moderators.AsNoTracking().OrderBy(m => m.UserName)
                .Select(m => new AccountRow(m.Id, m.UserName, m.Role, m.MustChangePassword, m.CreatedAt, m.DisabledAt))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return UiResults.Page<AccountsPage>(http, new { Ui = UiContext.For(http), Accounts = accounts, Created = created, Errors = errors }, status);
        }
    }
}
