using System.Globalization;
using System.Security.Claims;

namespace SaySomething.Server.Auth;

/// <summary>The key a request was authorised with, read from its claims.</summary>
/// <param name="KeyId">The key's row id.</param>
/// <param name="CommunityId">The community the key is limited to, or null.</param>
/// <param name="CheckOnly">Whether the key may only check posts.</param>
internal sealed record ApiKeyCaller(long KeyId, string? CommunityId, bool CheckOnly)
{
    public const string KeyIdClaim = "saysomething:key_id";
    public const string CommunityClaim = "saysomething:community";
    public const string ScopeClaim = "saysomething:scope";
    public const string CheckScope = "check";
    public const string FullScope = "full";

    public static ApiKeyCaller From(ClaimsPrincipal user) => new(
        long.Parse(user.FindFirstValue(KeyIdClaim) ?? "0", CultureInfo.InvariantCulture),
        user.FindFirstValue(CommunityClaim),
        user.FindFirstValue(ScopeClaim) != FullScope);

    /// <summary>The audit actor name of this key.</summary>
    public string Actor => "api_key:" + KeyId.ToString(CultureInfo.InvariantCulture);
}
