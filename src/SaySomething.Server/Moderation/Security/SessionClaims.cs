using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Moderation.Security;

/// <summary>
/// The claims of a moderator's session cookie. The stamp is derived from the password hash, role, disabled state and
/// sign-out count, so changing any of them (or signing out) ends every other session of the account at its next request.
/// </summary>
internal static class SessionClaims
{
    public const string AccountId = "saysomething:moderator_id";
    public const string Stamp = "saysomething:stamp";
    public const string MustChangePassword = "saysomething:must_change_password";

    public static ClaimsPrincipal For(ModeratorAccount account) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, account.Id.ToString(CultureInfo.InvariantCulture)),
        new Claim(AccountId, account.Id.ToString(CultureInfo.InvariantCulture)),
        new Claim(ClaimTypes.Name, account.UserName),
        new Claim(ClaimTypes.Role, account.Role),
        new Claim(Stamp, StampOf(account)),
        new Claim(MustChangePassword, account.MustChangePassword ? "true" : "false"),
    ], UiAccess.Scheme, ClaimTypes.Name, ClaimTypes.Role));

    public static string StampOf(ModeratorAccount account)
    {
        string material = string.Create(CultureInfo.InvariantCulture, $"{account.PasswordHash}|{account.Role}|{account.DisabledAt:O}|{account.SignOuts}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)))[..32];
    }

    public static long? AccountIdOf(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(AccountId), NumberStyles.None, CultureInfo.InvariantCulture, out long id) ? id : null;

    /// <summary>The audit actor of the signed-in account (<c>moderator:ID</c>).</summary>
    public static string ActorOf(ClaimsPrincipal user) =>
        "moderator:" + (AccountIdOf(user) ?? throw new InvalidOperationException("No moderator is signed in.")).ToString(CultureInfo.InvariantCulture);

    public static bool MustChange(ClaimsPrincipal user) => user.FindFirstValue(MustChangePassword) == "true";
}
