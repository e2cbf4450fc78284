using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SaySomething.Server.Hosting;
using SaySomething.Server.Moderation.Pages;
using SaySomething.Server.Moderation.Rendering;
using SaySomething.Storage;

namespace SaySomething.Server.Moderation.Statistics;

/// <summary>The statistics page's data.</summary>
/// <param name="Community">The community, or null for all.</param>
/// <param name="From">The first day (UTC).</param>
/// <param name="To">The last day (UTC, inclusive).</param>
/// <param name="Communities">Every community, for the filter.</param>
/// <param name="Overall">All posts of the range.</param>
/// <param name="ByDay">Per day.</param>
/// <param name="ByProvider">Per provider.</param>
/// <param name="ByMember">The members with the most drive-bys.</param>
/// <param name="BySection">Per section.</param>
/// <param name="Errors">What is wrong with the filters, or why nothing was counted.</param>
public sealed record StatisticsView(string? Community, DateTime From, DateTime To, IReadOnlyList<CommunityChoice> Communities, RateRow Overall,
    IReadOnlyList<RateRow> ByDay, IReadOnlyList<RateRow> ByProvider, IReadOnlyList<RateRow> ByMember, IReadOnlyList<RateRow> BySection, IReadOnlyList<string> Errors);

/// <summary><c>GET /ui/stats</c>: drive-by rates over a range of days (30 by default), counted over at most <see cref="ModerationOptions.MaxStatisticsPosts"/> posts.</summary>
internal static class StatisticsEndpoints
{
    public static async Task<IResult> ShowAsync(HttpContext http, ServiceStore store, ServiceOptions options, CancellationToken cancellationToken)
    {
        var limits = options.Moderation;
        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            var communities = await CommunityChoice.AllAsync(db, cancellationToken).ConfigureAwait(false);
            var values = new FormValues(name => http.Request.Query[name]);
            string? community = values.Choice("community", "Community", communities.Select(c => c.Id));
            var today = options.Time.GetUtcNow().UtcDateTime.Date;
            var to = values.Date("to", "To") ?? today;
            var from = values.Date("from", "From") ?? to.AddDays(-29);
            values.Range(from, to);
            if ((to - from).TotalDays + 1 > limits.MaxStatisticsDays)
            {
                values.Errors.Add($"The range has {(to - from).TotalDays + 1:0} days; at most {limits.MaxStatisticsDays} can be counted at once.");
            }

            var empty = new RateRow("all", 0, 0);
            if (values.Errors.Count > 0)
            {
                return UiResults.Page<StatsPage>(http, new { Ui = UiContext.For(http), Model = new StatisticsView(community, from, to, communities, empty, [], [], [], [], values.Errors) }, StatusCodes.Status400BadRequest);
            }

            var end = to.AddDays(1);
            var query = db.Posts.AsNoTracking().Where(p => p.FirstSeenAt >= from && p.FirstSeenAt < end);
            if (community is not null)
            {
                query = query.Where(p => p.CommunityId == community);
            }

            var posts = await query.Select(p => new CountedPost(p.Verdict, p.Providers, p.AuthorName, p.SectionId, p.FirstSeenAt))
                .Take(limits.MaxStatisticsPosts + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (posts.Count > limits.MaxStatisticsPosts)
            {
                string tooMany = $"More than {Display.Count(limits.MaxStatisticsPosts)} posts fall in this range; choose fewer days or one community.";
                return UiResults.Page<StatsPage>(http, new { Ui = UiContext.For(http), Model = new StatisticsView(community, from, to, communities, empty, [], [], [], [], [tooMany]) }, StatusCodes.Status400BadRequest);
            }

            var view = new StatisticsView(community, from, to, communities, DriveByStatistics.Overall(posts), DriveByStatistics.ByDay(posts),
                DriveByStatistics.ByProvider(posts), DriveByStatistics.ByMember(posts), DriveByStatistics.BySection(posts), []);
            return UiResults.Page<StatsPage>(http, new { Ui = UiContext.For(http), Model = view });
        }
    }
}
