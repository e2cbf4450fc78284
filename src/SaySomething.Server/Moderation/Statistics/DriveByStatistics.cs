namespace SaySomething.Server.Moderation.Statistics;

/// <summary>Posts and drive-bys of one group (a day, a provider, a member, a section).</summary>
/// <param name="Key">The group.</param>
/// <param name="Posts">Posts with a governed link (every verdict but not applicable).</param>
/// <param name="DriveBys">Of those, drive-bys.</param>
public sealed record RateRow(string Key, int Posts, int DriveBys)
{
    /// <summary>Gets the drive-by rate (0 when there are no posts).</summary>
    public double Rate => Posts == 0 ? 0 : (double)DriveBys / Posts;
}

/// <summary>One post as the statistics count it.</summary>
/// <param name="Verdict">The verdict name.</param>
/// <param name="Providers">Governed providers, comma-separated, or null.</param>
/// <param name="Member">The author's name, or null.</param>
/// <param name="Section">The section, or null.</param>
/// <param name="Day">The day the service first saw it (UTC).</param>
internal sealed record CountedPost(string Verdict, string? Providers, string? Member, string? Section, DateTime Day);

/// <summary>
/// The drive-by rate over time, by provider, by member and by section. Only posts with a governed link count (a post
/// the rule does not cover is neither a drive-by nor a comment); a post with two providers counts for each.
/// </summary>
internal static class DriveByStatistics
{
    public const int MaxMembers = 25;

    public static RateRow Overall(IReadOnlyList<CountedPost> posts) => Rate("all", Governed(posts));

    public static List<RateRow> ByDay(IReadOnlyList<CountedPost> posts) =>
        Governed(posts).GroupBy(p => p.Day.Date).OrderBy(g => g.Key).Select(g => Rate(g.Key.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), g)).ToList();

    public static List<RateRow> ByProvider(IReadOnlyList<CountedPost> posts) =>
        Governed(posts).SelectMany(p => (p.Providers ?? "(unknown)").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(provider => (provider, p)))
            .GroupBy(x => x.provider, StringComparer.Ordinal).Select(g => Rate(g.Key, g.Select(x => x.p)))
            .OrderByDescending(r => r.DriveBys).ThenByDescending(r => r.Posts).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();

    /// <summary>The <see cref="MaxMembers"/> members with the most drive-bys.</summary>
    public static List<RateRow> ByMember(IReadOnlyList<CountedPost> posts) =>
        Governed(posts).GroupBy(p => p.Member ?? "(unknown)", StringComparer.Ordinal).Select(g => Rate(g.Key, g))
            .OrderByDescending(r => r.DriveBys).ThenByDescending(r => r.Posts).ThenBy(r => r.Key, StringComparer.Ordinal).Take(MaxMembers).ToList();

    public static List<RateRow> BySection(IReadOnlyList<CountedPost> posts) =>
        Governed(posts).GroupBy(p => p.Section ?? "(none)", StringComparer.Ordinal).Select(g => Rate(g.Key, g))
            .OrderByDescending(r => r.DriveBys).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();

    private static IEnumerable<CountedPost> Governed(IEnumerable<CountedPost> posts) => posts.Where(p => p.Verdict != "not_applicable");

    private static RateRow Rate(string key, IEnumerable<CountedPost> posts)
    {
        int total = 0;
        int driveBys = 0;
        foreach (var post in posts)
        {
            total++;
            driveBys += post.Verdict == "drive_by" ? 1 : 0;
        }

        return new RateRow(key, total, driveBys);
    }
}
