using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Moderation.Rendering;

/// <summary>What every page needs besides its own data: who is signed in, the form token, and a message to show.</summary>
/// <param name="UserName">The signed-in account's name, or empty when nobody is signed in.</param>
/// <param name="Role">The account's role, or empty.</param>
/// <param name="CsrfToken">The antiforgery request token that every form of the page carries.</param>
/// <param name="Flash">A short message about what just happened, or null.</param>
public sealed record UiContext(string UserName, string Role, string CsrfToken, string? Flash)
{
    /// <summary>The form field that carries <see cref="CsrfToken"/>.</summary>
    public const string CsrfField = "__RequestVerificationToken";

    /// <summary>Gets a value indicating whether an admin is signed in.</summary>
    public bool IsAdmin => Role == ModeratorRoles.Admin;

    /// <summary>Gets a value indicating whether anybody is signed in.</summary>
    public bool SignedIn => UserName.Length > 0;

    /// <summary>The context of the current request; issues the antiforgery token pair (cookie and form field).</summary>
    internal static UiContext For(HttpContext http, string? flash = null)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        var user = http.User;
        bool signedIn = user.Identity is { IsAuthenticated: true, AuthenticationType: Security.UiAccess.Scheme };
        return new UiContext(
            signedIn ? user.Identity!.Name ?? "" : "",
            signedIn ? user.FindFirstValue(ClaimTypes.Role) ?? "" : "",
            tokens.RequestToken ?? "",
            flash ?? FlashMessages.From(http.Request.Query["done"]));
    }
}
