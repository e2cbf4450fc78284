using System.Text.Json;
using SaySomething.Core.Documents;
using SaySomething.Core.Judging;
using SaySomething.Platforms;
using SaySomething.Server.Checking;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Processing;

/// <summary>Judges a platform post with its community's settings and writes the result into its stored row.</summary>
internal static class JudgedPost
{
    public static Judgement Judge(Community community, PlatformPost post) => CommunityJudges.For(community).Judge(new PostToJudge
    {
        Text = post.Text,
        Format = post.Format,
        ThreadTitle = post.ThreadTitle,
        Community = community.Id,
        Section = post.SectionId,
    });

    /// <summary>Copies the post and its judgement into <paramref name="row"/>.</summary>
    public static void Apply(PostRecord row, PlatformPost post, Judgement judgement, DateTime now)
    {
        row.Version = post.Version;
        row.ThreadId = post.ThreadId;
        row.ThreadTitle = post.ThreadTitle;
        row.SectionId = post.SectionId;
        row.AuthorId = post.AuthorId;
        row.AuthorName = post.AuthorName;
        row.Text = post.Text;
        row.Format = FormatName(post.Format);
        row.PostedAt = post.PostedAt;
        row.JudgedAt = now;
        row.Verdict = judgement.Verdict.ToName();
        row.Reason = judgement.Reason.ToName();
        row.JudgementJson = JudgementJson.ToJson(judgement);
        row.OwnWordSpansJson = OwnWordSpans(judgement);
        var providers = judgement.Links.Where(l => l.Governed && l.Provider is not null).Select(l => l.Provider!).Distinct(StringComparer.Ordinal).ToArray();
        row.Providers = providers.Length == 0 ? null : string.Join(',', providers);
    }

    /// <summary>A new row for a post first seen now.</summary>
    public static PostRecord NewRow(string communityId, PlatformPost post, Judgement judgement, DateTime now)
    {
        var row = new PostRecord
        {
            CommunityId = communityId,
            ExternalId = post.PostId,
            Version = post.Version,
            Text = post.Text,
            Format = FormatName(post.Format),
            Verdict = "",
            JudgementJson = "",
            OwnWordSpansJson = "[]",
            FirstSeenAt = now,
        };
        Apply(row, post, judgement, now);
        return row;
    }

    public static string FormatName(MarkupFormat format) => format switch
    {
        MarkupFormat.BbCode => "bbcode",
        MarkupFormat.Markdown => "markdown",
        MarkupFormat.Html => "html",
        _ => "plain",
    };

    private static string OwnWordSpans(Judgement judgement) =>
        JsonSerializer.Serialize(judgement.Spans.Where(s => s.Role == SpanRole.Own).Select(s => new[] { s.Start, s.End }));
}
