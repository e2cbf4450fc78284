using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SaySomething.Server.Auth;
using SaySomething.Server.Hosting;
using SaySomething.Storage;

namespace SaySomething.Server.Reading;

/// <summary>Read-only views of a community's judged posts, for integrations (the moderation UI reads the store directly).</summary>
internal static class PostsEndpoint
{
    public const int MaxLimit = 200;

    public static async Task<IResult> ListAsync(string community, string? verdict, int? limit, HttpContext http, ServiceStore store, CancellationToken cancellationToken)
    {
        if (Denied(community, http) is { } denied)
        {
            return denied;
        }

        int take = limit ?? 50;
        if (take is < 1 or > MaxLimit)
        {
            return Problems.BadRequest($"'limit' must be 1 to {MaxLimit}.");
        }

        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            if (!await db.Communities.AnyAsync(c => c.Id == community, cancellationToken).ConfigureAwait(false))
            {
                return Problems.NotFound($"There is no community '{community}'.");
            }

            var query = db.Posts.AsNoTracking().Where(p => p.CommunityId == community);
            if (verdict is not null)
            {
                query = query.Where(p => p.Verdict == verdict);
            }

            var posts = await query.OrderByDescending(p => p.Id).Take(take)
                .Select(p => new { post_id = p.ExternalId, p.Version, p.Verdict, p.Reason, p.Providers, author = p.AuthorName, thread_id = p.ThreadId, judged_at = p.JudgedAt })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return Results.Ok(new { community, posts });
        }
    }

    public static async Task<IResult> GetAsync(string community, string postId, HttpContext http, ServiceStore store, CancellationToken cancellationToken)
    {
        if (Denied(community, http) is { } denied)
        {
            return denied;
        }

        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            var post = await db.Posts.AsNoTracking().SingleOrDefaultAsync(p => p.CommunityId == community && p.ExternalId == postId, cancellationToken).ConfigureAwait(false);
            if (post is null)
            {
                return Problems.NotFound($"Community '{community}' has no post '{postId}'.");
            }

            var decisions = await db.Decisions.AsNoTracking().Where(d => d.PostId == post.Id).OrderBy(d => d.Id)
                .Select(d => new { d.Id, d.Version, d.Verdict, d.Reason, d.Action, d.Actor, state = d.State.ToString(), d.GraceEndsAt, d.Note })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            using var judgement = JsonDocument.Parse(post.JudgementJson);
            return Results.Ok(new { post_id = post.ExternalId, post.Version, post.Verdict, post.Reason, judgement = judgement.RootElement.Clone(), decisions });
        }
    }

    private static IResult? Denied(string community, HttpContext http)
    {
        var caller = ApiKeyCaller.From(http.User);
        return caller.CommunityId is not null && caller.CommunityId != community
            ? Problems.Forbidden($"This key is limited to community '{caller.CommunityId}'.")
            : null;
    }
}
