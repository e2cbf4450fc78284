using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SaySomething.Server.Hosting;
using SaySomething.Server.Moderation.Pages;
using SaySomething.Server.Moderation.Rendering;
using SaySomething.Storage;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Moderation.Queue;

/// <summary><c>GET /ui/queue</c>: the judged posts, newest judgement first, filtered and paged.</summary>
internal static class QueueEndpoints
{
    public static async Task<IResult> ListAsync(HttpContext http, ServiceStore store, ServiceOptions options, CancellationToken cancellationToken)
    {
        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            var communities = await CommunityChoice.AllAsync(db, cancellationToken).ConfigureAwait(false);
            var filter = QueueFilter.Read(http.Request.Query, options.Moderation.MaxPage, communities.Select(c => c.Id).ToList());
            int size = options.Moderation.QueuePageSize;
            if (filter.Errors.Count > 0)
            {
                return UiResults.Page<QueuePage>(http, new { Ui = UiContext.For(http), Model = new QueueView(filter, communities, [], 0, size) }, StatusCodes.Status400BadRequest);
            }

            var query = Filtered(db.Posts.AsNoTracking(), filter);
            int total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
            var posts = await query.OrderByDescending(p => p.JudgedAt).ThenByDescending(p => p.Id)
                .Skip((filter.Page - 1) * size).Take(size)
                .Select(p => new { p.Id, p.CommunityId, p.ExternalId, p.AuthorName, p.SectionId, p.Verdict, p.Reason, p.Providers, p.Text, p.JudgedAt })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var statuses = await StatusesAsync(db, posts.Select(p => p.Id).ToList(), cancellationToken).ConfigureAwait(false);
            var rows = posts.Select(p => new QueueRow(p.Id, p.CommunityId, p.ExternalId, p.AuthorName, p.SectionId, p.Verdict, p.Reason, p.Providers,
                Display.Excerpt(p.Text), p.JudgedAt, statuses.GetValueOrDefault(p.Id, "–"))).ToList();
            return UiResults.Page<QueuePage>(http, new { Ui = UiContext.For(http), Model = new QueueView(filter, communities, rows, total, size) });
        }
    }

    /// <summary>The posts that pass <paramref name="filter"/>; every condition is translated to SQL.</summary>
    internal static IQueryable<PostRecord> Filtered(IQueryable<PostRecord> posts, QueueFilter filter)
    {
        if (filter.Community is { } community)
        {
            posts = posts.Where(p => p.CommunityId == community);
        }

        if (filter.Verdict is { } verdict)
        {
            posts = posts.Where(p => p.Verdict == verdict);
        }

        if (filter.Reason is { } reason)
        {
            posts = posts.Where(p => p.Reason == reason);
        }

        if (filter.Provider is { } provider)
        {
            // Providers are stored comma-separated: match a whole name, not a part of one.
            string needle = "," + provider + ",";
            posts = posts.Where(p => p.Providers != null && ("," + p.Providers + ",").Contains(needle));
        }

        if (filter.Member is { } member)
        {
            posts = posts.Where(p => p.AuthorName == member);
        }

        if (filter.Section is { } section)
        {
            posts = posts.Where(p => p.SectionId == section);
        }

        if (filter.From is { } from)
        {
            posts = posts.Where(p => p.JudgedAt >= from);
        }

        if (filter.To is { } to)
        {
            var end = to.AddDays(1);
            posts = posts.Where(p => p.JudgedAt < end);
        }

        return posts;
    }

    /// <summary>The latest decision of each post in words (who decided what, and where its action stands).</summary>
    private static async Task<Dictionary<long, string>> StatusesAsync(ServiceDb db, List<long> ids, CancellationToken cancellationToken)
    {
        var decisions = await db.Decisions.AsNoTracking().Where(d => ids.Contains(d.PostId))
            .Select(d => new { d.Id, d.PostId, d.Action, d.Actor, d.State, d.GraceEndsAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var latest = decisions.GroupBy(d => d.PostId).Select(g => g.MaxBy(d => d.Id)!).ToList();
        var names = await Actors.NamesAsync(db, latest.Select(d => d.Actor), cancellationToken).ConfigureAwait(false);
        return latest.ToDictionary(d => d.PostId, d => DecisionWords.Describe(d.Action, d.Actor, d.State, d.GraceEndsAt, names));
    }
}
