using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SaySomething.Platforms.Actions;
using SaySomething.Server.Actions;
using SaySomething.Server.Hosting;
using SaySomething.Storage;
using SaySomething.Storage.Audit;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Moderation.Decisions;

/// <summary>What became of a moderator's action.</summary>
internal enum DecisionOutcome
{
    /// <summary>Saved (and any platform call queued).</summary>
    Done,

    /// <summary>Saved, but the community has no platform API: nothing will be done on the forum.</summary>
    RecordedOnly,

    /// <summary>There is no such post.</summary>
    NotFound,

    /// <summary>The service changed the post's decisions at the same moment: nothing was saved.</summary>
    Conflict,
}

/// <summary>
/// A moderator's approve, override, remove and note. Each writes its decision, its effects (cancelled waiting
/// actions, queued platform calls through the outbox) and exactly one audit row by the moderator, in one transaction:
/// all of it is saved or none.
/// </summary>
internal sealed class ModeratorDecisions(ServiceStore store, ServiceOptions options)
{
    public const string Approve = "approve";
    public const string Override = "override";
    public const string Remove = "remove";
    public const string Note = "note";

    /// <summary>The post is fine: waiting automatic actions are cancelled, a hide already done is undone.</summary>
    public Task<DecisionOutcome> ApproveAsync(long postId, string actor, string? note, CancellationToken cancellationToken) =>
        RunAsync(postId, async (db, community, post, now) =>
        {
            var decision = await AddDecisionAsync(db, post, Approve, post.Verdict, post.Reason, actor, note, now, cancellationToken).ConfigureAwait(false);
            var effects = await SupersedeAsync(db, community, post, decision, now, cancellationToken).ConfigureAwait(false);
            AuditLog.Add(db, now, actor, community.Id, "post.approved", "post", post.ExternalId, note ?? "approved",
                JsonSerializer.Serialize(new { decision = decision.Id, verdict = post.Verdict, reason = post.Reason, superseded = effects }));
            return DecisionOutcome.Done;
        }, cancellationToken);

    /// <summary>The moderator says the verdict is <paramref name="verdict"/>; to <c>commented</c> it acts as an approval.</summary>
    public Task<DecisionOutcome> OverrideAsync(long postId, string actor, string verdict, string? reason, string why, CancellationToken cancellationToken) =>
        RunAsync(postId, async (db, community, post, now) =>
        {
            var decision = await AddDecisionAsync(db, post, Override, verdict, reason, actor, why, now, cancellationToken).ConfigureAwait(false);
            object? effects = verdict == "commented" ? await SupersedeAsync(db, community, post, decision, now, cancellationToken).ConfigureAwait(false) : null;
            AuditLog.Add(db, now, actor, community.Id, "post.overridden", "post", post.ExternalId, why,
                JsonSerializer.Serialize(new
                {
                    decision = decision.Id,
                    before = new { verdict = post.Verdict, reason = post.Reason },
                    after = new { verdict, reason },
                    superseded = effects,
                }));
            return DecisionOutcome.Done;
        }, cancellationToken);

    /// <summary>Hides the post on the forum through the outbox (the dispatcher sends it), with <paramref name="why"/> as the reason the author sees.</summary>
    public Task<DecisionOutcome> RemoveAsync(long postId, string actor, string why, CancellationToken cancellationToken) =>
        RunAsync(postId, async (db, community, post, now) =>
        {
            bool canAct = ActionPlanner.CanAct(community);
            string? note = canAct ? why : why + " (recorded only: no platform API configured)";
            var decision = await AddDecisionAsync(db, post, Remove, post.Verdict, post.Reason, actor, note, now, cancellationToken).ConfigureAwait(false);
            AuditLog.Add(db, now, actor, community.Id, "post.removed", "post", post.ExternalId, why,
                JsonSerializer.Serialize(new { decision = decision.Id, queued = canAct ? PlatformActionKind.Hide : null }));
            if (canAct)
            {
                ActionPlanner.AddOutbox(db, decision, community, post, PlatformActionKind.Hide, ActionTexts.TellAuthorTitle, why, now, now);
            }

            return canAct ? DecisionOutcome.Done : DecisionOutcome.RecordedOnly;
        }, cancellationToken);

    /// <summary>A note on the post for the other moderators.</summary>
    public Task<DecisionOutcome> NoteAsync(long postId, string actor, string text, CancellationToken cancellationToken) =>
        RunAsync(postId, async (db, community, post, now) =>
        {
            var decision = await AddDecisionAsync(db, post, Note, post.Verdict, post.Reason, actor, text, now, cancellationToken).ConfigureAwait(false);
            AuditLog.Add(db, now, actor, community.Id, "post.noted", "post", post.ExternalId, text, JsonSerializer.Serialize(new { decision = decision.Id }));
            return DecisionOutcome.Done;
        }, cancellationToken);

    private async Task<DecisionOutcome> RunAsync(long postId, Func<ServiceDb, Community, PostRecord, DateTime, Task<DecisionOutcome>> act,
        CancellationToken cancellationToken)
    {
        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var post = await db.Posts.SingleOrDefaultAsync(p => p.Id == postId, cancellationToken).ConfigureAwait(false);
                if (post is null)
                {
                    return DecisionOutcome.NotFound;
                }

                var community = await db.Communities.Include(c => c.Sections).SingleAsync(c => c.Id == post.CommunityId, cancellationToken).ConfigureAwait(false);
                var now = options.Time.GetUtcNow().UtcDateTime;
                try
                {
                    var outcome = await act(db, community, post, now).ConfigureAwait(false);
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return outcome;
                }
                catch (DbUpdateConcurrencyException)
                {
                    // The dispatcher or the inbox worker moved a decision or an outbox row meanwhile; the transaction is rolled back.
                    return DecisionOutcome.Conflict;
                }
            }
        }
    }

    private static async Task<Decision> AddDecisionAsync(ServiceDb db, PostRecord post, string action, string verdict, string? reason, string actor, string? note, DateTime now, CancellationToken cancellationToken)
    {
        var decision = new Decision
        {
            PostId = post.Id,
            Version = post.Version,
            Verdict = verdict,
            Reason = reason,
            Action = action,
            Actor = actor,
            Note = note,
            CreatedAt = now,
            State = DecisionState.Closed,
        };
        db.Decisions.Add(decision);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return decision;
    }

    /// <summary>
    /// Cancels the post's waiting automatic actions and marks a taken one undone (queuing a restore after a hide), as
    /// the planner does when the author fixes the post. Returns what was changed, for the audit row's details.
    /// </summary>
    private static async Task<List<object>> SupersedeAsync(ServiceDb db, Community community, PostRecord post, Decision by, DateTime now, CancellationToken cancellationToken)
    {
        var open = await db.Decisions.Where(d => d.PostId == post.Id && d.Id != by.Id && (d.State == DecisionState.InGrace || d.State == DecisionState.Acted))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var changed = new List<object>();
        foreach (var decision in open)
        {
            var main = await db.Outbox.Where(o => o.DecisionId == decision.Id && o.Kind != PlatformActionKind.TellAuthor && o.Kind != PlatformActionKind.Restore)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var row in main.Where(o => o.State == OutboxState.Pending))
            {
                row.State = OutboxState.Cancelled;
                row.FinishedAt = now;
                row.LastError = $"cancelled: superseded by moderator decision {by.Id}";
            }

            bool taken = decision.State == DecisionState.Acted || main.Any(o => o.State is OutboxState.Sending or OutboxState.Done or OutboxState.Uncertain);
            decision.State = taken ? DecisionState.Undone : DecisionState.Cancelled;
            bool restore = taken && ActionPlanner.CanAct(community) && main.Any(o => o.Kind == PlatformActionKind.Hide && o.State != OutboxState.Cancelled);
            if (restore)
            {
                ActionPlanner.AddOutbox(db, by, community, post, PlatformActionKind.Restore, ActionTexts.TellAuthorTitle, ActionTexts.Restore, now, now);
            }

            changed.Add(new { decision = decision.Id, state = decision.State.ToString(), restore_queued = restore });
        }

        return changed;
    }
}
