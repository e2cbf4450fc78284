namespace SaySomething.Platforms.Actions;

/// <summary>How to reach one community's platform API.</summary>
/// <param name="BaseUrl">The forum's base URL (XenForo: the URL the <c>api/</c> folder is under).</param>
/// <param name="ApiKey">The API key.</param>
/// <param name="ApiUser">The user to act as (Discourse username; XenForo user id for a super-user key), or null.</param>
/// <param name="ModeratorRecipients">Who receives moderator messages where the platform has no flag (XenForo user ids, comma-separated), or null.</param>
public sealed record PlatformConnection(Uri BaseUrl, string ApiKey, string? ApiUser, string? ModeratorRecipients);
