using Microsoft.EntityFrameworkCore;
using SaySomething.Storage.Audit;
using SaySomething.Storage.Entities;

namespace SaySomething.Storage.Accounts;

/// <summary>On the first run (no moderator account yet), creates the <c>admin</c> account with a one-time password.</summary>
public static class FirstRunAdmin
{
    /// <summary>The first account's login name.</summary>
    public const string UserName = "admin";

    /// <summary>Creates the admin account when there is no account; returns its one-time password, or null when accounts exist.</summary>
    public static async Task<string?> EnsureAsync(ServiceStore store, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            if (await db.Moderators.AnyAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            string password = PasswordHashing.NewOneTimePassword();
            var now = time.GetUtcNow().UtcDateTime;
            var account = new ModeratorAccount
            {
                UserName = UserName,
                PasswordHash = PasswordHashing.Hash(password),
                Role = ModeratorRoles.Admin,
                MustChangePassword = true,
                CreatedAt = now,
            };
            db.Moderators.Add(account);
            AuditLog.Add(db, now, AuditLog.System, null, "account.created", "moderator", UserName, "first run: admin account with a one-time password");
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                // Another process created it first.
                return null;
            }

            return password;
        }
    }
}
