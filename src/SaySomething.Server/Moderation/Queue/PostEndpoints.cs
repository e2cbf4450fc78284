using Microsoft.AspNetCore.Http;
using SaySomething.Server.Hosting;
using SaySomething.Server.Moderation.Pages;
using SaySomething.Server.Moderation.Rendering;
using SaySomething.Storage;

namespace SaySomething.Server.Moderation.Queue;

/// <summary>The post page, and the consent gate that opens one of its links (the only way the UI leads to another site).</summary>
internal static class PostEndpoints
{
    public static async Task<IResult> ShowAsync(long id, HttpContext http, ServiceStore store, ServiceOptions options, CancellationToken cancellationToken)
    {
        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            var post = await PostLoader.LoadAsync(db, id, options.Moderation.MaxShownCharacters, cancellationToken).ConfigureAwait(false);
            return post is null
                ? UiResults.Message(http, StatusCodes.Status404NotFound, "No such post", $"There is no post {id}. It may be in another community; go back to the queue.", "/ui/queue")
                : UiResults.Page<PostPage>(http, new { Ui = UiContext.For(http), Model = post });
        }
    }

    /// <summary>
    /// Sends the moderator to the link's address (303) when they chose to open it. Pages never carry another site's
    /// address in a <c>src</c> or <c>href</c>; the address comes from the stored judgement, never from the request,
    /// so this is not an open redirect. The referrer is withheld by the site-wide <c>Referrer-Policy</c>.
    /// </summary>
    public static async Task<IResult> OpenLinkAsync(long id, int index, HttpContext http, ServiceStore store, CancellationToken cancellationToken)
    {
        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            var uri = await PostLoader.LinkAsync(db, id, index, cancellationToken).ConfigureAwait(false);
            return uri is null
                ? UiResults.Message(http, StatusCodes.Status404NotFound, "No such link", $"Post {id} has no link {index} that can be opened (only http and https addresses are).", $"/ui/posts/{id}")
                : UiResults.SeeOther(uri.AbsoluteUri);
        }
    }
}
