using SaySomething.Server.Hosting;

namespace SaySomething.Server.Moderation.Security;

/// <summary>
/// Who may open a moderation UI route. Each UI endpoint carries one of these as its <see cref="EndpointAccess"/>
/// metadata, beside the authorisation policy that enforces it; the matrix test reads both from routing.
/// </summary>
public static class UiAccess
{
    /// <summary>The session-cookie scheme; UI policies accept no other, so API keys never open a UI page.</summary>
    public const string Scheme = "ModeratorSession";

    /// <summary>The policy of pages for any signed-in account (moderator or admin).</summary>
    public const string ModeratorPolicy = "ui-moderator";

    /// <summary>The policy of admin-only pages.</summary>
    public const string AdminPolicy = "ui-admin";

    /// <summary>The prefix of the UI's access classes: the API's matrix leaves these routes to the UI's own matrix.</summary>
    public const string Prefix = "ui_";

    /// <summary>Gets the access class of UI routes anyone may open (sign-in, the style sheet, the root redirect).</summary>
    public static EndpointAccess Public { get; } = new("ui_public");

    /// <summary>Gets the access class of pages for a signed-in moderator or admin.</summary>
    public static EndpointAccess Moderator { get; } = new("ui_moderator");

    /// <summary>Gets the access class of pages for a signed-in admin only.</summary>
    public static EndpointAccess Admin { get; } = new("ui_admin");
}
