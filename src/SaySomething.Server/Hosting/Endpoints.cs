using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SaySomething.Platforms;
using SaySomething.Server.Auth;
using SaySomething.Server.Checking;
using SaySomething.Server.Guard;
using SaySomething.Server.Guard.Cors;
using SaySomething.Server.Processing;
using SaySomething.Server.RateLimiting;
using SaySomething.Server.Reading;
using SaySomething.Server.Webhooks;
using SaySomething.Storage;

namespace SaySomething.Server.Hosting;

/// <summary>
/// Every endpoint and who may call it. Each endpoint carries an <see cref="EndpointAccess"/> in its metadata: the
/// authorisation matrix test reads it from routing and fails for an endpoint that has none.
/// </summary>
internal static class Endpoints
{
    public static void Map(WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous().WithMetadata(EndpointAccess.Anonymous);
        app.MapGet("/health", () => Results.Ok(new { status = "ok" }))
            .AllowAnonymous().WithMetadata(EndpointAccess.Anonymous).WithSummary("Liveness: the process answers.");

        app.MapPost("/v1/check", CheckEndpoint.HandleAsync)
            .RequireAuthorization(AccessPolicies.Check).RequireRateLimiting(RateLimits.CheckPolicy)
            .AddEndpointFilter(GuardCors.FilterAsync)
            .WithMetadata(EndpointAccess.AnyKey)
            .WithSummary("Judges one post; answers with the same JSON as `saysomething check --json`.")
            .Accepts<CheckRequest>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests);

        app.MapGet("/v1/communities/{community}/posts", PostsEndpoint.ListAsync)
            .RequireAuthorization(AccessPolicies.Manage).RequireRateLimiting(RateLimits.CheckPolicy)
            .WithMetadata(EndpointAccess.FullKey)
            .WithSummary("The community's judged posts, newest first, optionally filtered by verdict.");
        app.MapGet("/v1/communities/{community}/posts/{postId}", PostsEndpoint.GetAsync)
            .RequireAuthorization(AccessPolicies.Manage).RequireRateLimiting(RateLimits.CheckPolicy)
            .WithMetadata(EndpointAccess.FullKey)
            .WithSummary("One post with its latest judgement and its decisions.");

        var platforms = app.Services.GetRequiredService<PlatformRegistry>();
        foreach (string name in platforms.Names.Order(StringComparer.Ordinal))
        {
            var adapter = platforms.Find(name)!;
            app.MapPost($"/webhooks/{name}/{{community}}", (string community, HttpContext http) =>
                    new WebhookEndpoint(adapter, http.RequestServices.GetRequiredService<ServiceStore>(), http.RequestServices.GetRequiredService<ServiceOptions>(),
                        http.RequestServices.GetRequiredService<WorkSignals>(), http.RequestServices.GetRequiredService<ILogger<WebhookEndpoint>>())
                    .HandleAsync(community, http))
                .AllowAnonymous().RequireRateLimiting(RateLimits.WebhookPolicy)
                .WithMetadata(EndpointAccess.WebhookSignature)
                .WithSummary($"Receives {name} webhook deliveries for a community; verified by its secret, stored before the 2xx.")
                .DisableAntiforgery();
        }

        GuardEndpoints.Map(app);
    }
}

/// <summary>Who may call an endpoint, as its metadata says (read by the authorisation matrix test).</summary>
/// <param name="Name">The access class.</param>
public sealed record EndpointAccess(string Name)
{
    /// <summary>Anyone.</summary>
    public static EndpointAccess Anonymous { get; } = new("anonymous");

    /// <summary>Any valid API key, check-only keys included.</summary>
    public static EndpointAccess AnyKey { get; } = new("any_key");

    /// <summary>A valid API key that is not check-only (and, for a community's data, is not limited to another community).</summary>
    public static EndpointAccess FullKey { get; } = new("full_key");

    /// <summary>No key: the platform's signature or shared secret for the community.</summary>
    public static EndpointAccess WebhookSignature { get; } = new("webhook_signature");
}
