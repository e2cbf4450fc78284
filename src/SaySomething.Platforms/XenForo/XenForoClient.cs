using System.Text.Json;
using SaySomething.Platforms.Actions;
using SaySomething.Platforms.Webhooks;

namespace SaySomething.Platforms.XenForo;

/// <summary>
/// Acts on XenForo 2.3 through its REST API (platforms.md §2.1) with <c>XF-Api-Key</c> (+ <c>XF-Api-User</c>), form
/// bodies. The API cannot file reports, approve or undelete: a flag becomes a conversation to the moderators, a hide
/// is a soft delete with reason and author alert, and restoring is left to a moderator.
/// </summary>
internal sealed class XenForoClient(PlatformConnection connection, HttpClient http) : IPlatformClient
{
    public async Task<ActionOutcome> ExecuteAsync(PlatformAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        switch (action.Kind)
        {
            case PlatformActionKind.TellAuthor:
            case PlatformActionKind.MessageAuthor:
                if (action.AuthorId is null)
                {
                    return ActionOutcome.Fail("the post has no author id to start a conversation with");
                }

                return await StartConversationAsync([action.AuthorId], action.Title ?? "About your post", action.Text, cancellationToken).ConfigureAwait(false);
            case PlatformActionKind.Flag:
                var moderators = (connection.ModeratorRecipients ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (moderators.Length == 0)
                {
                    return ActionOutcome.Fail("XenForo's API cannot file reports and no moderator recipients are configured for the conversation");
                }

                return await StartConversationAsync(moderators, $"Post {action.PostId} needs a look", action.Text, cancellationToken).ConfigureAwait(false);
            case PlatformActionKind.Hide:
                var query = $"posts/{Uri.EscapeDataString(action.PostId)}/?hard_delete=false&reason={Uri.EscapeDataString(action.Text)}"
                    + $"&author_alert=true&author_alert_reason={Uri.EscapeDataString(action.Text)}";
                using (var request = NewRequest(HttpMethod.Delete, query, null))
                using (var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false))
                {
                    return await HttpAnswers.ToOutcomeAsync(response, "soft delete", null, cancellationToken).ConfigureAwait(false);
                }

            default:
                return ActionOutcome.NotSupported($"XenForo's REST API has no '{action.Kind}'; a moderator must do it");
        }
    }

    public async Task<ActionState> CheckAsync(PlatformAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.Kind != PlatformActionKind.Hide)
        {
            return ActionState.Unknown;
        }

        using var request = NewRequest(HttpMethod.Get, $"posts/{Uri.EscapeDataString(action.PostId)}/", null);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            return ActionState.Unknown;
        }

        using var document = JsonFields.ParseObject(await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
        if (document is null || !document.RootElement.TryGetProperty("post", out var post))
        {
            return ActionState.Unknown;
        }

        return JsonFields.Text(post, "message_state") == "deleted" ? ActionState.Done : ActionState.NotDone;
    }

    private async Task<ActionOutcome> StartConversationAsync(IReadOnlyList<string> recipients, string title, string message, CancellationToken cancellationToken)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var recipient in recipients)
        {
            fields.Add(new("recipient_ids[]", recipient));
        }

        fields.Add(new("title", title));
        fields.Add(new("message", message));
        using var request = NewRequest(HttpMethod.Post, "conversations/", new FormUrlEncodedContent(fields));
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return await HttpAnswers.ToOutcomeAsync(response, "conversation", ConversationId, cancellationToken).ConfigureAwait(false);
    }

    private static string? ConversationId(string body)
    {
        using var document = JsonFields.ParseObject(System.Text.Encoding.UTF8.GetBytes(body));
        return document is not null && document.RootElement.TryGetProperty("conversation", out var c) && c.ValueKind == JsonValueKind.Object
            ? JsonFields.Text(c, "conversation_id")
            : null;
    }

    private HttpRequestMessage NewRequest(HttpMethod method, string path, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, new Uri(connection.BaseUrl, "api/" + path));
        request.Headers.Add("XF-Api-Key", connection.ApiKey);
        if (connection.ApiUser is not null)
        {
            request.Headers.Add("XF-Api-User", connection.ApiUser);
        }

        request.Content = content;
        return request;
    }
}
