namespace SaySomething.Server.Auth;

/// <summary>The authorisation policies of the API; every endpoint names one (or is anonymous), and the matrix test checks each.</summary>
internal static class AccessPolicies
{
    /// <summary>Any valid key, check-only keys included.</summary>
    public const string Check = "check";

    /// <summary>A valid key that is not limited to checking.</summary>
    public const string Manage = "manage";
}
