using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SaySomething.Server.Hosting;
using SaySomething.Server.Moderation.Pages;
using SaySomething.Server.Moderation.Rendering;
using SaySomething.Storage;

namespace SaySomething.Server.Moderation.AuditTrail;

/// <summary><c>GET /ui/audit</c>: the append-only audit log, newest first, filtered and paged; read-only (there is no form that changes it).</summary>
internal static class AuditEndpoints
{
    public static async Task<IResult> ListAsync(HttpContext http, ServiceStore store, ServiceOptions options, CancellationToken cancellationToken)
    {
        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            var communities = await CommunityChoice.AllAsync(db, cancellationToken).ConfigureAwait(false);
            var values = new FormValues(name => http.Request.Query[name]);
            var filter = new AuditFilter
            {
                Community = values.Choice("community", "Community", communities.Select(c => c.Id)),
                Actor = values.Text("actor", "Actor", 200),
                Action = values.Text("action", "Action", 100),
                Target = values.Text("target", "Target", 200),
                From = values.Date("from", "From"),
                To = values.Date("to", "To"),
                Page = values.Number("page", "Page", 1, options.Moderation.MaxPage, 1),
            };
            values.Range(filter.From, filter.To);
            filter = filter with { Errors = values.Errors };
            int size = options.Moderation.AuditPageSize;
            if (filter.Errors.Count > 0)
            {
                return UiResults.Page<AuditPage>(http, new { Ui = UiContext.For(http), Model = new AuditView(filter, communities, [], 0, size) }, StatusCodes.Status400BadRequest);
            }

            var query = db.Audit.AsNoTracking();
            if (filter.Community is { } community)
            {
                query = query.Where(a => a.CommunityId == community);
            }

            if (filter.Actor is { } actor)
            {
                // An account name means that account's actor id.
                string lower = actor.ToLowerInvariant();
                long? byName = await db.Moderators.AsNoTracking().Where(m => m.UserName == lower)
                    .Select(m => (long?)m.Id).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                string wanted = byName is { } id ? "moderator:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture) : actor;
                query = query.Where(a => a.Actor == wanted);
            }

            if (filter.Action is { } action)
            {
                query = query.Where(a => a.Action.StartsWith(action));
            }

            if (filter.Target is { } target)
            {
                query = query.Where(a => a.TargetId == target);
            }

            if (filter.From is { } from)
            {
                query = query.Where(a => a.At >= from);
            }

            if (filter.To is { } to)
            {
                var end = to.AddDays(1);
                query = query.Where(a => a.At < end);
            }

            int total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
            var entries = await query.OrderByDescending(a => a.Id).Skip((filter.Page - 1) * size).Take(size).ToListAsync(cancellationToken).ConfigureAwait(false);
            var names = await Actors.NamesAsync(db, entries.Select(e => e.Actor), cancellationToken).ConfigureAwait(false);
            var rows = entries.Select(e => new AuditRow(e.At, Actors.Describe(e.Actor, names), e.CommunityId, e.Action,
                e.TargetKind + (e.TargetId is null ? "" : " " + e.TargetId), e.Reason, e.DetailsJson)).ToList();
            return UiResults.Page<AuditPage>(http, new { Ui = UiContext.For(http), Model = new AuditView(filter, communities, rows, total, size) });
        }
    }
}
