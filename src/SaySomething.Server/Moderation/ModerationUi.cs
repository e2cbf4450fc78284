using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaySomething.Server.Hosting;
using SaySomething.Server.Moderation.Accounts;
using SaySomething.Server.Moderation.Assets;
using SaySomething.Server.Moderation.AuditTrail;
using SaySomething.Server.Moderation.Decisions;
using SaySomething.Server.Moderation.Queue;
using SaySomething.Server.Moderation.Rendering;
using SaySomething.Server.Moderation.Security;
using SaySomething.Server.Moderation.Settings;
using SaySomething.Server.Moderation.Statistics;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Moderation;

/// <summary>
/// The moderation UI: server-rendered pages under <c>/ui</c> for moderator accounts (session cookie, never API keys).
/// The one place its services, middleware and routes are registered; <see cref="ServiceApp"/> calls the three steps.
/// </summary>
internal static class ModerationUi
{
    public const string SignInRateLimit = "ui-sign-in-per-address";
    public const string CookieName = "saysomething_session";
    public const string AntiforgeryCookieName = "saysomething_form";

    public static void AddServices(IServiceCollection services, ServiceOptions options)
    {
        services.AddRazorComponents();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<ModeratorDecisions>();

        services.AddDataProtection().SetApplicationName("SaySomething").PersistKeysToFileSystem(new DirectoryInfo(KeysDirectory(options)));

        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = AntiforgeryCookieName;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.Cookie.HttpOnly = true;
            antiforgery.FormFieldName = UiContext.CsrfField;
            antiforgery.HeaderName = null;
            // SecurityHeaders sends DENY on every response.
            antiforgery.SuppressXFrameOptionsHeader = true;
        });

        services.AddAuthentication().AddCookie(UiAccess.Scheme, cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = options.Moderation.SessionIdleTimeout;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = SignInEndpoints.Path;
            cookie.ReturnUrlParameter = SignInEndpoints.ReturnField;
            cookie.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
            cookie.Events.OnRedirectToAccessDenied = context =>
                UiResults.Message(context.HttpContext, StatusCodes.Status403Forbidden, "Not allowed",
                    "This page is for admins. Ask an admin if you need it.", "/ui/queue").ExecuteAsync(context.HttpContext);
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(UiAccess.ModeratorPolicy, policy => policy.AddAuthenticationSchemes(UiAccess.Scheme).RequireAuthenticatedUser()
                .RequireRole(ModeratorRoles.Moderator, ModeratorRoles.Admin))
            .AddPolicy(UiAccess.AdminPolicy, policy => policy.AddAuthenticationSchemes(UiAccess.Scheme).RequireAuthenticatedUser()
                .RequireRole(ModeratorRoles.Admin));

        services.AddRateLimiter(limiter => limiter.AddPolicy(SignInRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
            "sign-in|" + http.Connection.RemoteIpAddress,
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, options.Moderation.SignInAttemptsPerMinute),
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            })));
    }

    /// <summary>Security headers on every response; call before the other middleware.</summary>
    public static void UseSecurityHeaders(WebApplication app) => app.Use(SecurityHeaders.AddAsync);

    public static void Map(WebApplication app)
    {
        app.MapGet("/", () => UiResults.SeeOther("/ui/queue")).AllowAnonymous().WithMetadata(UiAccess.Public).ExcludeFromDescription();

        var ui = app.MapGroup("/ui").ExcludeFromDescription();
        ui.MapGet("/assets/{name}", AssetEndpoints.Get).AllowAnonymous().WithMetadata(UiAccess.Public);
        ui.MapGet("/sign-in", SignInEndpoints.Show).AllowAnonymous().WithMetadata(UiAccess.Public);
        Form(ui.MapPost("/sign-in", SignInEndpoints.SignInAsync).AllowAnonymous().WithMetadata(UiAccess.Public).RequireRateLimiting(SignInRateLimit));

        // Signed in, even with a password still to change.
        var session = ui.MapGroup("").RequireAuthorization(UiAccess.ModeratorPolicy).WithMetadata(UiAccess.Moderator);
        Form(session.MapPost("/sign-out", SignInEndpoints.SignOutAsync));
        session.MapGet(PasswordChangeGate.PasswordPath["/ui".Length..], PasswordEndpoints.Show);
        Form(session.MapPost(PasswordChangeGate.PasswordPath["/ui".Length..], PasswordEndpoints.ChangeAsync).RequireRateLimiting(SignInRateLimit));

        var moderator = ui.MapGroup("").RequireAuthorization(UiAccess.ModeratorPolicy).WithMetadata(UiAccess.Moderator).AddEndpointFilter<PasswordChangeGate>();
        moderator.MapGet("/queue", QueueEndpoints.ListAsync);
        moderator.MapGet("/posts/{id:long}", PostEndpoints.ShowAsync);
        moderator.MapGet("/posts/{id:long}/links/{index:int}/open", PostEndpoints.OpenLinkAsync);
        Form(moderator.MapPost("/posts/{id:long}/approve", DecisionEndpoints.ApproveAsync));
        Form(moderator.MapPost("/posts/{id:long}/override", DecisionEndpoints.OverrideAsync));
        Form(moderator.MapPost("/posts/{id:long}/remove", DecisionEndpoints.RemoveAsync));
        Form(moderator.MapPost("/posts/{id:long}/note", DecisionEndpoints.NoteAsync));
        moderator.MapGet("/audit", AuditEndpoints.ListAsync);
        moderator.MapGet("/stats", StatisticsEndpoints.ShowAsync);

        var admin = ui.MapGroup("").RequireAuthorization(UiAccess.AdminPolicy).WithMetadata(UiAccess.Admin).AddEndpointFilter<PasswordChangeGate>();
        admin.MapGet("/communities", SettingsEndpoints.ListAsync);
        admin.MapGet("/communities/{id}/settings", SettingsEndpoints.ShowAsync);
        Form(admin.MapPost("/communities/{id}/settings", SettingsEndpoints.SaveAsync));
        admin.MapGet("/accounts", AccountEndpoints.ListAsync);
        Form(admin.MapPost("/accounts", AccountEndpoints.AddAsync));
        Form(admin.MapPost("/accounts/{id:long}/disable", AccountEndpoints.DisableAsync));
    }

    /// <summary>A state-changing form endpoint: same origin and a valid antiforgery token, checked before the handler.</summary>
    private static void Form(RouteHandlerBuilder endpoint) => endpoint.AddEndpointFilter<FormProtection>().DisableAntiforgery();

    /// <summary>The configured folder, else <c>keys</c> in the store's key folder (beside the data, for both providers).</summary>
    private static string KeysDirectory(ServiceOptions options) =>
        options.Moderation.KeysDirectory ?? Path.Combine(options.Store.KeyFolder, "keys");
}
