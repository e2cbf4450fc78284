using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaySomething.Server.Hosting;
using SaySomething.Server.Tests.TestSupport;
using SaySomething.Storage.Keys;

namespace SaySomething.Server.Tests.Api;

/// <summary>
/// Every endpoint × every kind of caller (G6.1). The endpoints come from routing: one without an access class, or one
/// this matrix does not list, fails the test, so a new endpoint cannot ship unclassified.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    private static readonly string[] Callers = ["none", "malformed", "unknown", "revoked", "check_only", "full", "full_other_community"];

    /// <summary>The endpoints this matrix knows, with a request for each; keep in step with Hosting/Endpoints.cs.</summary>
    private static readonly Dictionary<string, (string Method, string Path, string Body)> Known = new(StringComparer.Ordinal)
    {
        ["GET /openapi/{documentName}.json"] = ("GET", "/openapi/v1.json", ""),
        ["GET /health"] = ("GET", "/health", ""),
        ["POST /v1/check"] = ("POST", "/v1/check", """{"text":"hello"}"""),
        ["GET /v1/communities/{community}/posts"] = ("GET", "/v1/communities/forum/posts", ""),
        ["GET /v1/communities/{community}/posts/{postId}"] = ("GET", "/v1/communities/forum/posts/none", ""),
        ["POST /webhooks/discourse/{community}"] = ("POST", "/webhooks/discourse/forum", """{"ping":"OK"}"""),
        ["POST /webhooks/xenforo/{community}"] = ("POST", "/webhooks/xenforo/forum", "{}"),
        ["POST /webhooks/generic/{community}"] = ("POST", "/webhooks/generic/forum", "{}"),
        ["GET /guard.js"] = ("GET", "/guard.js", ""),
        ["GET /demo"] = ("GET", "/demo", ""),
        ["GET /demo/assets/{name}"] = ("GET", "/demo/assets/demo.js", ""),
    };

    private static int Expected(string access, string caller, string route) => (access, caller) switch
    {
        ("anonymous", _) => 200,
        // Webhooks never take API keys: without the platform's signature they are 401 whoever calls.
        ("webhook_signature", _) => 401,
        ("any_key" or "full_key", "none" or "malformed" or "unknown" or "revoked") => 401,
        ("any_key", _) => 200,
        ("full_key", "check_only") => 403,
        ("full_key", "full_other_community") => 403,
        // The one post asked for does not exist: the key passed, the answer is 404.
        ("full_key", "full") => route.EndsWith("{postId}", StringComparison.Ordinal) ? 404 : 200,
        _ => throw new InvalidOperationException($"No expectation for {access} × {caller}"),
    };

    [Fact]
    public async Task Every_endpoint_answers_every_kind_of_caller_as_its_access_class_says()
    {
        await using var service = await ServiceHarness.StartAsync();
        await service.AddCommunityAsync("forum", "discourse");
        await service.AddCommunityAsync("other", "discourse");
        var keys = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["none"] = null,
            ["malformed"] = "Basic abc",
            ["unknown"] = "Bearer ss_" + new string('x', 43),
            ["check_only"] = "Bearer " + await service.AddKeyAsync(checkOnly: true),
            ["full"] = "Bearer " + await service.AddKeyAsync("forum"),
            ["full_other_community"] = "Bearer " + await service.AddKeyAsync("other"),
        };
        var (revokedKey, revokedRecord) = await ApiKeys.AddAsync(service.Store, "old", null, false, "test", service.Time);
        await ApiKeys.RevokeAsync(service.Store, revokedRecord.Id, "test", service.Time);
        keys["revoked"] = "Bearer " + revokedKey;

        // The moderation UI's routes (access classes "ui_…", session cookies) have their own matrix: Moderation/UiAuthorizationMatrixTests.
        var endpoints = service.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<EndpointAccess>()?.Name.StartsWith("ui_", StringComparison.Ordinal) != true).ToList();
        Assert.NotEmpty(endpoints);
        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        {
            string method = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Single() ?? "GET";
            string route = $"{method} /{endpoint.RoutePattern.RawText?.TrimStart('/')}";
            var access = endpoint.Metadata.GetMetadata<EndpointAccess>();
            if (access is null)
            {
                failures.Add($"{route} has no EndpointAccess metadata");
                continue;
            }

            if (!Known.TryGetValue(route, out var call))
            {
                failures.Add($"{route} is not in the authorisation matrix");
                continue;
            }

            foreach (string caller in Callers)
            {
                var request = new HttpRequestMessage(new HttpMethod(call.Method), call.Path);
                if (call.Body.Length > 0)
                {
                    request.Content = new StringContent(call.Body, System.Text.Encoding.UTF8, "application/json");
                }

                if (keys[caller] is { } header)
                {
                    request.Headers.TryAddWithoutValidation("Authorization", header);
                }

                int status = (int)(await service.Client.SendAsync(request)).StatusCode;
                int expected = Expected(access.Name, caller, route);
                if (status != expected)
                {
                    failures.Add($"{route} as {caller}: {status}, expected {expected}");
                }
            }
        }

        Assert.Equal(Known.Count, endpoints.Count);
        Assert.Empty(failures);
    }
}
