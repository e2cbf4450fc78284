using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaySomething.Server.Hosting;

namespace SaySomething.Server.Tests.Moderation;

/// <summary>The moderation UI's routes as routing has them: method, pattern and access class.</summary>
public sealed record UiRoute(string Method, string Pattern, string Access)
{
    public string Key => $"{Method} {Pattern}";

    public static List<UiRoute> All(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Access: e.Metadata.GetMetadata<EndpointAccess>()))
            .Where(x => x.Access?.Name.StartsWith("ui_", StringComparison.Ordinal) == true)
            .Select(x => new UiRoute(x.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Single() ?? "GET",
                "/" + x.Endpoint.RoutePattern.RawText!.TrimStart('/'), x.Access!.Name))
            .ToList();

    /// <summary>A concrete path for the pattern (post 1 of the demo, the demo community, account <paramref name="account"/>).</summary>
    public string PathFor(long account) => Pattern
        .Replace("{id:long}/disable", account.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/disable", StringComparison.Ordinal)
        .Replace("{id:long}", "1", StringComparison.Ordinal)
        .Replace("{index:int}", "0", StringComparison.Ordinal)
        .Replace("{id}", "demo", StringComparison.Ordinal)
        .Replace("{name}", "site.css", StringComparison.Ordinal);
}
