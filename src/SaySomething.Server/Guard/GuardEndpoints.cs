using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaySomething.Server.Guard.Cors;
using SaySomething.Server.Guard.Demo;
using SaySomething.Server.Guard.Script;
using SaySomething.Server.Hosting;

namespace SaySomething.Server.Guard;

/// <summary>
/// The composer guard's side of the service: <c>/guard.js</c>, CORS for <c>POST /v1/check</c> (check-only keys, the
/// community's origins) and the demo page. The one place its services, middleware and routes are registered.
/// </summary>
internal static class GuardEndpoints
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddSingleton<GuardOriginCache>();
        services.AddSingleton<GuardPreflightLimiter>();
    }

    /// <summary>The preflight middleware: before authentication, since a preflight carries no key.</summary>
    public static void UsePreflight(WebApplication app) => app.Use(GuardCors.PreflightAsync);

    public static void Map(WebApplication app)
    {
        app.MapGet(GuardScript.Path, GuardScript.ServeAsync)
            .AllowAnonymous().WithMetadata(EndpointAccess.Anonymous).ExcludeFromDescription();
        app.MapGet(DemoPage.Path, DemoPage.Page).AllowAnonymous().WithMetadata(EndpointAccess.Anonymous).ExcludeFromDescription();
        app.MapGet(DemoPage.Path + "/assets/{name}", DemoPage.Asset).AllowAnonymous().WithMetadata(EndpointAccess.Anonymous).ExcludeFromDescription();
    }
}
