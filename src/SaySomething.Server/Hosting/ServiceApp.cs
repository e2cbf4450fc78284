using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SaySomething.Platforms;
using SaySomething.Server.Actions;
using SaySomething.Server.Auth;
using SaySomething.Server.Demo;
using SaySomething.Server.Moderation;
using SaySomething.Server.Guard;
using SaySomething.Server.Guard.Demo;
using SaySomething.Server.Processing;
using SaySomething.Server.RateLimiting;
using SaySomething.Storage;
using SaySomething.Storage.Accounts;

namespace SaySomething.Server.Hosting;

/// <summary>Builds and prepares the service: the one place the web application is put together, for the CLI and the tests.</summary>
public static class ServiceApp
{
    /// <summary>
    /// Prepares the database (migrations, durability check) and the first run (admin account, demo community),
    /// writing one-time secrets to <see cref="ServiceOptions.Notices"/>. Throws
    /// <see cref="Storage.Durability.StoreConfigurationException"/> when the database cannot be used.
    /// </summary>
    public static async Task PrepareAsync(ServiceOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var store = new ServiceStore(options.Store);
        await store.PrepareAsync(cancellationToken).ConfigureAwait(false);
        var notices = options.Notices ?? Console.Out;
        if (await FirstRunAdmin.EnsureAsync(store, options.Time, cancellationToken).ConfigureAwait(false) is { } password)
        {
            await notices.WriteLineAsync($"First run: created the moderator account '{FirstRunAdmin.UserName}' with the one-time password {password}").ConfigureAwait(false);
            await notices.WriteLineAsync("It is shown only now; you will be asked to change it at the first login.").ConfigureAwait(false);
        }

        if (options.SeedDemo && await DemoSeeder.SeedAsync(store, options.Time, cancellationToken).ConfigureAwait(false) is { } secret)
        {
            await notices.WriteLineAsync($"First run: created the community '{DemoSeeder.CommunityId}' with the bundled sample posts judged.").ConfigureAwait(false);
            await notices.WriteLineAsync($"Its generic webhook (POST /webhooks/generic/{DemoSeeder.CommunityId}) is signed with the secret {secret}").ConfigureAwait(false);
        }

        if (options.SeedDemo && await DemoGuardKey.EnsureAsync(store, options.Store, options.Time, cancellationToken).ConfigureAwait(false) is { } guardKey)
        {
            await notices.WriteLineAsync($"Created the check-only key {guardKey} for the demo community: the demo page /demo checks drafts with it.").ConfigureAwait(false);
        }
    }

    /// <summary>Builds the web application (not started). Call <see cref="PrepareAsync"/> first.</summary>
    public static WebApplication Build(ServiceOptions options, Action<ILoggingBuilder>? logging = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(ServiceApp).Assembly.GetName().Name });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 2 * 1024 * 1024);
        logging?.Invoke(builder.Logging);

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(new ServiceStore(options.Store));
        services.AddSingleton(PlatformRegistry.CreateDefault(options.Time));
        services.AddSingleton(new WorkSignals(new WorkSignal(), new WorkSignal()));
        services.AddSingleton<ApiKeyCache>();
        services.AddSingleton<DeliveryProcessor>();
        services.AddSingleton<OutboxDispatcher>();
        if (options.RunWorkers)
        {
            services.AddHostedService<InboxWorker>();
            services.AddHostedService<OutboxWorker>();
        }

        services.AddProblemDetails();
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
        });
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(AccessPolicies.Check, p => p.RequireAuthenticatedUser())
            .AddPolicy(AccessPolicies.Manage, p => p.RequireAuthenticatedUser().RequireClaim(ApiKeyCaller.ScopeClaim, ApiKeyCaller.FullScope));
        RateLimits.Add(services, options);
        ModerationUi.AddServices(services, options);
        GuardEndpoints.AddServices(services);

        var app = builder.Build();
        ModerationUi.UseSecurityHeaders(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        GuardEndpoints.UsePreflight(app);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        Endpoints.Map(app);
        ModerationUi.Map(app);
        return app;
    }
}
