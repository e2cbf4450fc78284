using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SaySomething.Core.Documents;
using SaySomething.Core.Judging;
using SaySomething.Server.Auth;
using SaySomething.Server.Hosting;
using SaySomething.Storage;

namespace SaySomething.Server.Checking;

/// <summary><c>POST /v1/check</c>: judges one post and answers with the same JSON as <c>saysomething check --json</c>.</summary>
internal static class CheckEndpoint
{
    /// <summary>The longest post text accepted, in characters (the engine's own limit).</summary>
    public const int MaxTextLength = 1024 * 1024;

    /// <summary>The most metadata entries accepted.</summary>
    public const int MaxMetadata = 20;

    public static async Task<IResult> HandleAsync(CheckRequest? request, HttpContext http, ServiceStore store, CancellationToken cancellationToken)
    {
        if (request?.Text is null)
        {
            return Problems.BadRequest("The body must be a JSON object with a 'text' string.");
        }

        if (request.Text.Length > MaxTextLength)
        {
            return Problems.BadRequest($"'text' is {request.Text.Length} characters; the limit is {MaxTextLength}.");
        }

        if (request.Metadata is { Count: > MaxMetadata })
        {
            return Problems.BadRequest($"'metadata' has {request.Metadata.Count} entries; the limit is {MaxMetadata}.");
        }

        MarkupFormat? format;
        switch (request.Format ?? "auto")
        {
            case "auto": format = null; break;
            case "plain": format = MarkupFormat.Plain; break;
            case "bbcode": format = MarkupFormat.BbCode; break;
            case "markdown": format = MarkupFormat.Markdown; break;
            case "html": format = MarkupFormat.Html; break;
            default: return Problems.BadRequest($"'format' is '{request.Format}'; use auto, plain, bbcode, markdown or html.");
        }

        var caller = ApiKeyCaller.From(http.User);
        string? communityId = request.Community;
        if (caller.CommunityId is not null)
        {
            if (communityId is not null && communityId != caller.CommunityId)
            {
                return Problems.Forbidden($"This key is limited to community '{caller.CommunityId}'.");
            }

            communityId = caller.CommunityId;
        }

        PostJudge judge = PostJudge.Default;
        if (communityId is not null)
        {
            var db = store.Open();
            await using (db.ConfigureAwait(false))
            {
                var community = await db.Communities.AsNoTracking().Include(c => c.Sections)
                    .SingleOrDefaultAsync(c => c.Id == communityId, cancellationToken).ConfigureAwait(false);
                if (community is null)
                {
                    return Problems.NotFound($"There is no community '{communityId}'.");
                }

                judge = CommunityJudges.For(community);
            }
        }

        var post = new PostToJudge
        {
            Text = request.Text,
            Format = format,
            ThreadTitle = request.ThreadTitle,
            Community = communityId,
            Section = request.Section,
            Metadata = [.. (request.Metadata ?? []).Where(m => m.Url is not null).Select(m => new LinkMetadata(m.Url!, m.Title, m.Description, m.ArticleText))],
        };
        var judgement = judge.Judge(post);
        return Results.Text(JudgementJson.ToJson(judgement), "application/json", System.Text.Encoding.UTF8);
    }
}
