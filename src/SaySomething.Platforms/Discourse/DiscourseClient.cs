using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using SaySomething.Platforms.Actions;
using SaySomething.Platforms.Webhooks;

namespace SaySomething.Platforms.Discourse;

/// <summary>
/// Acts on Discourse through its REST API (platforms.md §1.8) with <c>Api-Key</c> and <c>Api-Username</c>: private
/// messages to the author, a <c>notify_moderators</c> flag (type 7) with the explanation, soft delete to hide, and
/// recover to undo it.
/// </summary>
internal sealed class DiscourseClient(PlatformConnection connection, HttpClient http) : IPlatformClient
{
    /// <summary>The <c>notify_moderators</c> flag: a custom message that creates a review-queue item.</summary>
    public const int NotifyModeratorsFlag = 7;

    public async Task<ActionOutcome> ExecuteAsync(PlatformAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        switch (action.Kind)
        {
            case PlatformActionKind.TellAuthor:
            case PlatformActionKind.MessageAuthor:
                if (action.AuthorName is null)
                {
                    return ActionOutcome.Fail("the post has no author user name to message");
                }

                var message = new JsonObject
                {
                    ["title"] = action.Title ?? "About your post",
                    ["raw"] = action.Text,
                    ["target_recipients"] = action.AuthorName,
                    ["archetype"] = "private_message",
                };
                return await SendAsync(HttpMethod.Post, "posts.json", message, "private message", IdOf, cancellationToken).ConfigureAwait(false);
            case PlatformActionKind.Flag:
                var flag = new JsonObject
                {
                    ["id"] = long.Parse(action.PostId, System.Globalization.CultureInfo.InvariantCulture),
                    ["post_action_type_id"] = NotifyModeratorsFlag,
                    ["message"] = action.Text,
                    ["flag_topic"] = false,
                };
                return await SendAsync(HttpMethod.Post, "post_actions.json", flag, "flag", null, cancellationToken).ConfigureAwait(false);
            case PlatformActionKind.Hide:
                return await SendAsync(HttpMethod.Delete, $"posts/{Uri.EscapeDataString(action.PostId)}.json", new JsonObject { ["force_destroy"] = false }, "soft delete", null, cancellationToken).ConfigureAwait(false);
            case PlatformActionKind.Restore:
                // PUT /posts/{id}/recover is Discourse's route for undeleting (posts#recover); not in platforms.md: inferred.
                return await SendAsync(HttpMethod.Put, $"posts/{Uri.EscapeDataString(action.PostId)}/recover.json", null, "recover", null, cancellationToken).ConfigureAwait(false);
            default:
                return ActionOutcome.NotSupported($"Discourse has no action '{action.Kind}'");
        }
    }

    public async Task<ActionState> CheckAsync(PlatformAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.Kind is not (PlatformActionKind.Hide or PlatformActionKind.Restore or PlatformActionKind.Flag))
        {
            // Discourse cannot tell whether one particular private message was sent.
            return ActionState.Unknown;
        }

        using var request = NewRequest(HttpMethod.Get, $"posts/{Uri.EscapeDataString(action.PostId)}.json", null);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            return ActionState.Unknown;
        }

        using var document = JsonFields.ParseObject(await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
        if (document is null)
        {
            return ActionState.Unknown;
        }

        var post = document.RootElement;
        bool deleted = post.TryGetProperty("deleted_at", out var d) && d.ValueKind == JsonValueKind.String;
        return action.Kind switch
        {
            PlatformActionKind.Hide => deleted ? ActionState.Done : ActionState.NotDone,
            PlatformActionKind.Restore => deleted ? ActionState.NotDone : ActionState.Done,
            _ => Flagged(post) ? ActionState.Done : ActionState.NotDone,
        };
    }

    /// <summary>Whether <c>actions_summary</c> shows that the acting user has flagged the post.</summary>
    private static bool Flagged(JsonElement post)
    {
        if (!post.TryGetProperty("actions_summary", out var summary) || summary.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        foreach (var item in summary.EnumerateArray())
        {
            if (JsonFields.Integer(item, "id") == NotifyModeratorsFlag && JsonFields.IsTrue(item, "acted"))
            {
                return true;
            }
        }

        return false;
    }

    private static string? IdOf(string body)
    {
        using var document = JsonFields.ParseObject(System.Text.Encoding.UTF8.GetBytes(body));
        return document is null ? null : JsonFields.Text(document.RootElement, "id");
    }

    private async Task<ActionOutcome> SendAsync(HttpMethod method, string path, JsonObject? body, string what, Func<string, string?>? externalRef, CancellationToken cancellationToken)
    {
        using var request = NewRequest(method, path, body);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return await HttpAnswers.ToOutcomeAsync(response, what, externalRef, cancellationToken).ConfigureAwait(false);
    }

    private HttpRequestMessage NewRequest(HttpMethod method, string path, JsonObject? body)
    {
        var request = new HttpRequestMessage(method, new Uri(connection.BaseUrl, path));
        request.Headers.Add("Api-Key", connection.ApiKey);
        request.Headers.Add("Api-Username", connection.ApiUser ?? "system");
        request.Headers.Accept.ParseAdd("application/json");
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }
}
