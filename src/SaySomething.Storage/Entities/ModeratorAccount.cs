namespace SaySomething.Storage.Entities;

/// <summary>A person who moderates through the web UI.</summary>
public sealed class ModeratorAccount
{
    /// <summary>Gets or sets the row id.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the unique login name.</summary>
    public required string UserName { get; set; }

    /// <summary>Gets or sets the password hash (<see cref="Accounts.PasswordHashing"/> format).</summary>
    public required string PasswordHash { get; set; }

    /// <summary>Gets or sets the role (<see cref="ModeratorRoles"/>).</summary>
    public required string Role { get; set; }

    /// <summary>Gets or sets a value indicating whether the password must be changed at the next login (the first-run one).</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>Gets or sets when the account was created (UTC).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>Gets or sets when the account was disabled (UTC), or null.</summary>
    public DateTime? DisabledAt { get; set; }

    /// <summary>Gets or sets how many times the account has signed out. It is part of the session stamp, so signing out
    /// ends every session of the account on the server, not only the cookie in the browser that asked.</summary>
    public int SignOuts { get; set; }
}

/// <summary>Moderator roles.</summary>
public static class ModeratorRoles
{
    /// <summary>Everything, including settings, keys and accounts.</summary>
    public const string Admin = "admin";

    /// <summary>The queue: approve, override, remove, note.</summary>
    public const string Moderator = "moderator";
}
