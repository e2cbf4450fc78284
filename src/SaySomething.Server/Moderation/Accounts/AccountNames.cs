namespace SaySomething.Server.Moderation.Accounts;

/// <summary>Account names: 1 to 64 characters of a-z, 0-9, '.', '_' and '-', compared in lower case.</summary>
internal static class AccountNames
{
    public const int MaxLength = 64;

    public static string Normalize(string name) => name.Trim().ToLowerInvariant();

    public static bool IsValid(string name) =>
        name.Length is > 0 and <= MaxLength && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '_' or '-');

    /// <summary>A name as typed, cut for the audit log (an attacker's 10,000-character name is not stored whole).</summary>
    public static string ForAudit(string name) => name.Length <= MaxLength ? name : name[..MaxLength] + "…";
}
