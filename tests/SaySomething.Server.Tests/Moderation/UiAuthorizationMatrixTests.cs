using System.Net;
using System.Net.Http.Headers;
using SaySomething.Server.Tests.TestSupport;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Tests.Moderation;

/// <summary>
/// Every UI route × every kind of caller (G6.1): nobody, a valid full API key (which must never open the UI), a
/// moderator and an admin. The routes come from routing; one this matrix does not list fails the test. Forms are sent
/// with the caller's valid token, so the answer shows authorisation alone.
/// </summary>
public sealed class UiAuthorizationMatrixTests
{
    /// <summary>The UI routes this matrix knows; keep in step with Moderation/ModerationUi.cs.</summary>
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "GET /", "GET /ui/assets/{name}", "GET /ui/sign-in", "POST /ui/sign-in",
        "POST /ui/sign-out", "GET /ui/account/password", "POST /ui/account/password",
        "GET /ui/queue", "GET /ui/posts/{id:long}", "GET /ui/posts/{id:long}/links/{index:int}/open",
        "POST /ui/posts/{id:long}/approve", "POST /ui/posts/{id:long}/override", "POST /ui/posts/{id:long}/remove", "POST /ui/posts/{id:long}/note",
        "GET /ui/audit", "GET /ui/stats",
        "GET /ui/communities", "GET /ui/communities/{id}/settings", "POST /ui/communities/{id}/settings",
        "GET /ui/accounts", "POST /ui/accounts", "POST /ui/accounts/{id:long}/disable",
    };

    private static readonly string[] Callers = ["none", "api_key", "moderator", "admin"];

    /// <summary>allowed: the handler ran; sign_in: sent to the sign-in page; forbidden: 403.</summary>
    private static string Expected(string access, string caller) => (access, caller) switch
    {
        ("ui_public", _) => "allowed",
        ("ui_moderator" or "ui_admin", "none" or "api_key") => "sign_in",
        ("ui_moderator", _) => "allowed",
        ("ui_admin", "admin") => "allowed",
        ("ui_admin", "moderator") => "forbidden",
        _ => throw new InvalidOperationException($"No expectation for {access} × {caller}"),
    };

    [Fact]
    public async Task Every_ui_route_answers_every_kind_of_caller_as_its_access_class_says()
    {
        await using var service = await ServiceHarness.StartAsync(configure: UiAccounts.WithDemo);
        await UiAccounts.AddAsync(service.Store, "mo", ModeratorRoles.Moderator);
        await UiAccounts.AddAsync(service.Store, "alice", ModeratorRoles.Admin);
        long spare = await UiAccounts.AddAsync(service.Store, "spare", ModeratorRoles.Moderator);
        string key = await service.AddKeyAsync();
        var clients = new Dictionary<string, UiClient>(StringComparer.Ordinal)
        {
            ["none"] = new(service.Client.BaseAddress!),
            ["api_key"] = new(service.Client.BaseAddress!),
            ["moderator"] = new(service.Client.BaseAddress!),
            ["admin"] = new(service.Client.BaseAddress!),
        };
        await clients["moderator"].SignInAsync("mo", UiAccounts.Password);
        await clients["admin"].SignInAsync("alice", UiAccounts.Password);

        var routes = UiRoute.All(service.Services);
        var failures = routes.Where(r => !Known.Contains(r.Key)).Select(r => $"{r.Key} is not in the UI authorisation matrix").ToList();
        failures.AddRange(Known.Where(k => routes.All(r => r.Key != k)).Select(k => $"{k} is in the matrix but not routed"));
        // Sign-out last: it ends the caller's session.
        foreach (var route in routes.Where(r => Known.Contains(r.Key)).OrderBy(r => r.Key == "POST /ui/sign-out"))
        {
            foreach (string caller in Callers)
            {
                var client = clients[caller];
                string path = route.PathFor(spare);
                var request = new HttpRequestMessage(new HttpMethod(route.Method), path);
                if (route.Method == "POST")
                {
                    string token = await client.TokenAsync(caller is "moderator" or "admin" ? "/ui/account/password" : "/ui/sign-in");
                    request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("note", "matrix"), new("why", "matrix")]);
                }

                if (caller == "api_key")
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
                }

                using var response = await client.SendAsync(request);
                string outcome = response.StatusCode switch
                {
                    HttpStatusCode.Redirect when response.Headers.Location?.AbsolutePath == "/ui/sign-in" => "sign_in",
                    HttpStatusCode.Forbidden => "forbidden",
                    _ => "allowed",
                };
                string expected = Expected(route.Access, caller);
                if (outcome != expected)
                {
                    failures.Add($"{route.Key} as {caller}: {(int)response.StatusCode} ({outcome}), expected {expected}");
                }
            }
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        Assert.Empty(failures);
        Assert.Equal(Known.Count, routes.Count);
    }
}
