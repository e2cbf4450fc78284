using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SaySomething.Server.Actions;
using SaySomething.Server.Moderation.Rendering;
using SaySomething.Storage;

namespace SaySomething.Server.Moderation.Queue;

/// <summary>Reads one post, its stored judgement (JudgementJson), its decisions and its planned platform calls for the post page.</summary>
internal static class PostLoader
{
    public static async Task<PostView?> LoadAsync(ServiceDb db, long id, int maxCharacters, CancellationToken cancellationToken)
    {
        var post = await db.Posts.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false);
        if (post is null)
        {
            return null;
        }

        var community = await db.Communities.AsNoTracking().SingleAsync(c => c.Id == post.CommunityId, cancellationToken).ConfigureAwait(false);
        var decisions = await db.Decisions.AsNoTracking().Where(d => d.PostId == id).OrderBy(d => d.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var decisionIds = decisions.Select(d => d.Id).ToList();
        var outbox = await db.Outbox.AsNoTracking().Where(o => decisionIds.Contains(o.DecisionId)).OrderBy(o => o.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var names = await Actors.NamesAsync(db, decisions.Select(d => d.Actor), cancellationToken).ConfigureAwait(false);

        var view = new PostView
        {
            Id = post.Id,
            CommunityId = post.CommunityId,
            CommunityName = community.Name,
            ExternalId = post.ExternalId,
            Version = post.Version,
            ThreadTitle = post.ThreadTitle,
            Section = post.SectionId,
            Author = post.AuthorName,
            Format = post.Format,
            JudgedAt = post.JudgedAt,
            Verdict = post.Verdict,
            Reason = post.Reason,
            CanAct = ActionPlanner.CanAct(community),
            Decisions = decisions.Select(d => new DecisionView(d.CreatedAt, Actors.Describe(d.Actor, names), d.Verdict, d.Reason, d.Action,
                DecisionWords.Describe(d.Action, d.Actor, d.State, d.GraceEndsAt, names), d.Note)).ToList(),
            Actions = outbox.Select(o => new OutboxView(o.Kind, o.State.ToString(), o.DueAt, o.Attempts, o.LastError)).ToList(),
            HiddenCharacters = Math.Max(0, post.Text.Length - maxCharacters),
        };
        return WithJudgement(view, post.Text, post.JudgementJson, maxCharacters);
    }

    /// <summary>The address of link <paramref name="index"/> of a post when it is an http(s) address to open, else null.</summary>
    public static async Task<Uri?> LinkAsync(ServiceDb db, long id, int index, CancellationToken cancellationToken)
    {
        string? json = await db.Posts.AsNoTracking().Where(p => p.Id == id).Select(p => p.JudgementJson).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (json is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("links", out var links) || links.ValueKind != JsonValueKind.Array
                || index < 0 || index >= links.GetArrayLength())
            {
                return null;
            }

            var link = links[index];
            return OpenableUri(String(link, "url"), String(link, "kind"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>An absolute http(s) address without user information for a link as written (a bare <c>host/path</c> gets https), else null.</summary>
    internal static Uri? OpenableUri(string? url, string? kind)
    {
        if (string.IsNullOrWhiteSpace(url) || kind == "email")
        {
            return null;
        }

        string candidate = url.Contains("://", StringComparison.Ordinal) ? url : "https://" + url;
        return Uri.TryCreate(candidate, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && string.IsNullOrEmpty(uri.UserInfo)
            ? uri
            : null;
    }

    private static PostView WithJudgement(PostView view, string text, string json, int maxCharacters)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var spans = new List<(int, int, string)>();
            if (root.TryGetProperty("spans", out var spanArray) && spanArray.ValueKind == JsonValueKind.Array)
            {
                foreach (var span in spanArray.EnumerateArray())
                {
                    if (Int(span, "start") is { } start && Int(span, "end") is { } end && String(span, "role") is { } role)
                    {
                        spans.Add((start, end, role));
                    }
                }
            }

            var links = new List<LinkView>();
            if (root.TryGetProperty("links", out var linkArray) && linkArray.ValueKind == JsonValueKind.Array)
            {
                int index = 0;
                foreach (var link in linkArray.EnumerateArray())
                {
                    string url = String(link, "url") ?? "";
                    string kind = String(link, "kind") ?? "other";
                    links.Add(new LinkView(index++, url, String(link, "provider"), kind, String(link, "canonical"),
                        link.TryGetProperty("governed", out var g) && g.ValueKind == JsonValueKind.True, String(link, "why") ?? "", OpenableUri(url, kind) is not null));
                }
            }

            var findings = new List<(string, string)>();
            if (root.TryGetProperty("findings", out var findingArray) && findingArray.ValueKind == JsonValueKind.Array)
            {
                foreach (var finding in findingArray.EnumerateArray())
                {
                    findings.Add((String(finding, "code") ?? "", String(finding, "detail") ?? ""));
                }
            }

            var own = root.TryGetProperty("own_words", out var ownWords) && ownWords.ValueKind == JsonValueKind.Object ? ownWords : default;
            return view with
            {
                Confidence = root.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : null,
                OwnWords = own.ValueKind == JsonValueKind.Object ? String(own, "text") ?? "" : "",
                OwnWordCount = own.ValueKind == JsonValueKind.Object ? Int(own, "count") ?? 0 : 0,
                Message = String(root, "message") ?? "",
                Language = String(root, "language") ?? "",
                Links = links,
                Findings = findings,
                Segments = TextHighlighter.Segments(text, spans, maxCharacters),
            };
        }
        catch (JsonException e)
        {
            return view with
            {
                Segments = TextHighlighter.Segments(text, [], maxCharacters),
                JudgementProblem = "The stored judgement cannot be read (" + e.Message + "); the text is shown without highlighting.",
            };
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int n) ? n : null;
}
