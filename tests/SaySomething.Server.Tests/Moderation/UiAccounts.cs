using SaySomething.Storage;
using SaySomething.Storage.Accounts;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Tests.Moderation;

/// <summary>Moderator accounts written straight into the store, and the harness options the UI tests start with.</summary>
public static class UiAccounts
{
    public const string Password = "a long test password";

    public static async Task<long> AddAsync(ServiceStore store, string name, string role, bool mustChange = false, string password = Password)
    {
        var account = new ModeratorAccount
        {
            UserName = name,
            PasswordHash = PasswordHashing.Hash(password),
            Role = role,
            MustChangePassword = mustChange,
            CreatedAt = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc),
        };
        var db = store.Open();
        await using (db)
        {
            db.Moderators.Add(account);
            await db.SaveChangesAsync();
        }

        return account.Id;
    }

    /// <summary>The demo community seeded, session keys in a folder of the test's own.</summary>
    public static void WithDemo(Server.Hosting.ServiceOptions options)
    {
        options.SeedDemo = true;
        options.Moderation.KeysDirectory = Path.Combine(Path.GetTempPath(), "saysomething-tests", "keys-" + Guid.NewGuid().ToString("n"));
    }
}
