using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SaySomething.Core.Judging;
using SaySomething.Platforms.Actions;
using SaySomething.Platforms.Generic;
using SaySomething.Server.Processing;
using SaySomething.Storage;
using SaySomething.Storage.Audit;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Actions;

/// <summary>
/// Turns a judgement into a decision, outbox rows and audit rows, inside the caller's transaction. A drive-by starts
/// a grace period: the author is told at once, and the community's action waits until the period ends. A later
/// version that is no longer a drive-by (an edit), or a reply by the same author in the same thread that supplies the
/// comment, cancels the waiting action or, if it was already taken, undoes it where the platform can.
/// </summary>
internal static class ActionPlanner
{
    public static async Task PlanAsync(ServiceDb db, Community community, PostRecord post, Judgement judgement, long? deliveryId, DateTime now, CancellationToken cancellationToken)
    {
        var open = await db.Decisions
            .Where(d => d.PostId == post.Id && (d.State == DecisionState.InGrace || d.State == DecisionState.Acted))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        bool canAct = CanAct(community);
        string action = community.Sections.FirstOrDefault(s => s.SectionId == post.SectionId)?.Action ?? community.DefaultAction;
        var decision = new Decision
        {
            PostId = post.Id,
            Version = post.Version,
            AutomaticKey = AutomaticKey(post.Id, post.Version),
            DeliveryId = deliveryId,
            Verdict = judgement.Verdict.ToName(),
            Reason = judgement.Reason.ToName(),
            Action = "none",
            Actor = AuditLog.System,
            CreatedAt = now,
            State = DecisionState.Closed,
        };

        if (judgement.Verdict == Verdict.DriveBy && open.Count > 0)
        {
            decision.Note = $"still a drive-by; decision {open[0].Id} stands";
        }
        else if (judgement.Verdict == Verdict.DriveBy)
        {
            bool actionFollows = action != ModerationAction.Notify;
            decision.Action = action;
            decision.State = actionFollows ? DecisionState.InGrace : DecisionState.Closed;
            decision.GraceEndsAt = actionFollows ? now.AddSeconds(community.GraceSeconds) : null;
            decision.Note = canAct ? null : "no platform API configured: recorded only";
        }
        else if (judgement.Verdict == Verdict.NeedsReview)
        {
            decision.Action = "review";
        }

        db.Decisions.Add(decision);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        AuditLog.Add(db, now, AuditLog.System, community.Id, "decision.created", "post", post.ExternalId,
            $"{decision.Verdict}{(decision.Reason is null ? "" : " (" + decision.Reason + ")")}; action {decision.Action}{(decision.Note is null ? "" : "; " + decision.Note)}",
            JsonSerializer.Serialize(new { decision = decision.Id, version = post.Version, grace_ends_at = decision.GraceEndsAt }));

        if (decision.Verdict == "drive_by" && decision.Action != "none" && canAct)
        {
            bool actionFollows = decision.State == DecisionState.InGrace;
            AddOutbox(db, decision, community, post, PlatformActionKind.TellAuthor, ActionTexts.TellAuthorTitle,
                ActionTexts.TellAuthor(judgement, post.ExternalId, community.GraceSeconds, actionFollows), now, now);
            if (actionFollows)
            {
                var (kind, text) = action switch
                {
                    ModerationAction.Flag => (PlatformActionKind.Flag, ActionTexts.Flag(judgement)),
                    ModerationAction.Hide => (PlatformActionKind.Hide, ActionTexts.Hide(judgement)),
                    _ => (PlatformActionKind.MessageAuthor, judgement.Message),
                };
                AddOutbox(db, decision, community, post, kind, ActionTexts.TellAuthorTitle, text, decision.GraceEndsAt!.Value, now);
            }
        }

        if (judgement.Verdict is Verdict.Commented or Verdict.NotApplicable)
        {
            foreach (var earlier in open)
            {
                await ResolveAsync(db, community, post, earlier, "the author edited the post", now, cancellationToken).ConfigureAwait(false);
            }

            await ResolveByReplyAsync(db, community, post, now, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The unique key of the automatic decision on this version of the post.</summary>
    public static string AutomaticKey(long postId, string version) => string.Create(CultureInfo.InvariantCulture, $"{postId}/{version}");

    internal static bool CanAct(Community community) =>
        community.Platform != GenericAdapter.AdapterName && !string.IsNullOrEmpty(community.ApiBaseUrl) && !string.IsNullOrEmpty(community.ApiKey);

    /// <summary>A reply in the same thread by the same author cancels their drive-by's waiting action when, read with it, the drive-by is a comment.</summary>
    private static async Task ResolveByReplyAsync(ServiceDb db, Community community, PostRecord reply, DateTime now, CancellationToken cancellationToken)
    {
        if (reply.ThreadId is null || reply.AuthorId is null)
        {
            return;
        }

        var waiting = await (from d in db.Decisions
                             join p in db.Posts on d.PostId equals p.Id
                             where d.State == DecisionState.InGrace && p.CommunityId == community.Id && p.ThreadId == reply.ThreadId
                                   && p.AuthorId == reply.AuthorId && p.Id != reply.Id
                             select new { Decision = d, Post = p }).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var item in waiting)
        {
            var together = new Platforms.PlatformPost
            {
                PostId = item.Post.ExternalId,
                Version = item.Post.Version,
                Text = item.Post.Text + "\n\n" + reply.Text,
                Format = FormatOf(item.Post.Format),
                ThreadTitle = item.Post.ThreadTitle,
                SectionId = item.Post.SectionId,
            };
            if (JudgedPost.Judge(community, together).Verdict == Verdict.Commented)
            {
                await ResolveAsync(db, community, item.Post, item.Decision, $"the author replied with a comment (post {reply.ExternalId})", now, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Cancels the decision's waiting action, or undoes a taken one where the platform can.</summary>
    private static async Task ResolveAsync(ServiceDb db, Community community, PostRecord post, Decision decision, string why, DateTime now, CancellationToken cancellationToken)
    {
        var rows = await db.Outbox.Where(o => o.DecisionId == decision.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var main = rows.Where(o => o.Kind != PlatformActionKind.TellAuthor && o.Kind != PlatformActionKind.Restore).ToList();
        foreach (var row in main.Where(o => o.State == OutboxState.Pending))
        {
            row.State = OutboxState.Cancelled;
            row.FinishedAt = now;
            row.LastError = "cancelled: " + why;
        }

        bool taken = decision.State == DecisionState.Acted || main.Any(o => o.State is OutboxState.Sending or OutboxState.Done or OutboxState.Uncertain);
        string target = post.ExternalId;
        if (!taken)
        {
            decision.State = DecisionState.Cancelled;
            AuditLog.Add(db, now, AuditLog.System, community.Id, "decision.cancelled", "post", target, why, Details(decision));
            return;
        }

        decision.State = DecisionState.Undone;
        var hidden = main.FirstOrDefault(o => o.Kind == PlatformActionKind.Hide);
        if (hidden is not null && CanAct(community))
        {
            var payload = JsonSerializer.Deserialize<PlatformAction>(hidden.PayloadJson)!;
            AddOutbox(db, decision, community, post, PlatformActionKind.Restore, payload.Title, ActionTexts.Restore, now, now);
            AuditLog.Add(db, now, AuditLog.System, community.Id, "decision.undone", "post", target, why + "; the post will be restored", Details(decision));
        }
        else
        {
            AuditLog.Add(db, now, AuditLog.System, community.Id, "decision.undone", "post", target,
                why + "; the action taken cannot be undone automatically (a moderator sees the fixed post)", Details(decision));
        }
    }

    internal static void AddOutbox(ServiceDb db, Decision decision, Community community, PostRecord post, string kind, string? title, string text, DateTime due, DateTime now)
    {
        string key = string.Create(CultureInfo.InvariantCulture, $"{decision.Id}:{kind}");
        var action = new PlatformAction
        {
            Kind = kind,
            PostId = post.ExternalId,
            ThreadId = post.ThreadId,
            AuthorId = post.AuthorId,
            AuthorName = post.AuthorName,
            Title = title,
            Text = text,
            IdempotencyKey = key,
        };
        db.Outbox.Add(new OutboxAction
        {
            DecisionId = decision.Id,
            CommunityId = community.Id,
            Kind = kind,
            IdempotencyKey = key,
            PayloadJson = JsonSerializer.Serialize(action),
            State = OutboxState.Pending,
            DueAt = due,
            CreatedAt = now,
        });
        AuditLog.Add(db, now, AuditLog.System, community.Id, "action.planned", "post", post.ExternalId,
            string.Create(CultureInfo.InvariantCulture, $"{kind} due {due:O}"), JsonSerializer.Serialize(new { decision = decision.Id, key }));
    }

    private static string Details(Decision decision) => JsonSerializer.Serialize(new { decision = decision.Id, state = decision.State.ToString() });

    private static Core.Documents.MarkupFormat FormatOf(string name) => name switch
    {
        "bbcode" => Core.Documents.MarkupFormat.BbCode,
        "markdown" => Core.Documents.MarkupFormat.Markdown,
        "html" => Core.Documents.MarkupFormat.Html,
        _ => Core.Documents.MarkupFormat.Plain,
    };
}
