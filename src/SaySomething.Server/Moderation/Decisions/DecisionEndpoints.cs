using System.Globalization;
using Microsoft.AspNetCore.Http;
using SaySomething.Server.Moderation.Queue;
using SaySomething.Server.Moderation.Rendering;
using SaySomething.Server.Moderation.Security;

namespace SaySomething.Server.Moderation.Decisions;

/// <summary><c>POST /ui/posts/{id}/approve|override|remove|note</c>: a moderator's action on a post, then back to the post page.</summary>
internal static class DecisionEndpoints
{
    public const int MaxNoteLength = 2_000;

    public static async Task<IResult> ApproveAsync(long id, HttpContext http, ModeratorDecisions decisions, CancellationToken cancellationToken)
    {
        var form = await ReadAsync(http).ConfigureAwait(false);
        string? note = form.Text("note", "Note", MaxNoteLength);
        return form.Errors.Count > 0
            ? Refused(http, id, form)
            : Answer(http, id, await decisions.ApproveAsync(id, SessionClaims.ActorOf(http.User), note, cancellationToken).ConfigureAwait(false), "approved");
    }

    public static async Task<IResult> OverrideAsync(long id, HttpContext http, ModeratorDecisions decisions, CancellationToken cancellationToken)
    {
        var form = await ReadAsync(http).ConfigureAwait(false);
        string? verdict = form.Choice("verdict", "New verdict", ["commented", "drive_by"], required: true);
        string? reason = form.Choice("reason", "Drive-by reason", QueueFilter.Reasons);
        string? why = form.Text("why", "Why", MaxNoteLength, required: true);
        if (verdict == "drive_by" && reason is null && form.Errors.Count == 0)
        {
            form.Errors.Add("A drive-by needs a reason: choose one.");
        }

        return form.Errors.Count > 0
            ? Refused(http, id, form)
            : Answer(http, id, await decisions.OverrideAsync(id, SessionClaims.ActorOf(http.User), verdict!, verdict == "drive_by" ? reason : null, why!, cancellationToken).ConfigureAwait(false), "overridden");
    }

    public static async Task<IResult> RemoveAsync(long id, HttpContext http, ModeratorDecisions decisions, CancellationToken cancellationToken)
    {
        var form = await ReadAsync(http).ConfigureAwait(false);
        string? why = form.Text("why", "Reason for the removal", MaxNoteLength, required: true);
        return form.Errors.Count > 0
            ? Refused(http, id, form)
            : Answer(http, id, await decisions.RemoveAsync(id, SessionClaims.ActorOf(http.User), why!, cancellationToken).ConfigureAwait(false), "removed");
    }

    public static async Task<IResult> NoteAsync(long id, HttpContext http, ModeratorDecisions decisions, CancellationToken cancellationToken)
    {
        var form = await ReadAsync(http).ConfigureAwait(false);
        string? text = form.Text("note", "Note", MaxNoteLength, required: true);
        return form.Errors.Count > 0
            ? Refused(http, id, form)
            : Answer(http, id, await decisions.NoteAsync(id, SessionClaims.ActorOf(http.User), text!, cancellationToken).ConfigureAwait(false), "noted");
    }

    private static async Task<FormValues> ReadAsync(HttpContext http)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        return new FormValues(name => form[name]);
    }

    private static IResult Refused(HttpContext http, long id, FormValues form) =>
        UiResults.Message(http, StatusCodes.Status400BadRequest, "Nothing was saved", string.Join(" ", form.Errors), PostPath(id));

    private static IResult Answer(HttpContext http, long id, DecisionOutcome outcome, string done) => outcome switch
    {
        DecisionOutcome.Done => UiResults.SeeOther(PostPath(id) + "?done=" + done),
        DecisionOutcome.RecordedOnly => UiResults.SeeOther(PostPath(id) + "?done=" + done + "-recorded"),
        DecisionOutcome.NotFound => UiResults.Message(http, StatusCodes.Status404NotFound, "No such post", $"There is no post {id}; nothing was saved.", "/ui/queue"),
        _ => UiResults.Message(http, StatusCodes.Status409Conflict, "Nothing was saved",
            "The service changed this post's actions at the same moment. Look at the post again and repeat your action if it is still needed.", PostPath(id)),
    };

    private static string PostPath(long id) => "/ui/posts/" + id.ToString(CultureInfo.InvariantCulture);
}
