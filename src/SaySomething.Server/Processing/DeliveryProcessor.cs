using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SaySomething.Core.Judging;
using SaySomething.Platforms;
using SaySomething.Platforms.Webhooks;
using SaySomething.Platforms.XenForo;
using SaySomething.Server.Actions;
using SaySomething.Server.Hosting;
using SaySomething.Storage;
using SaySomething.Storage.Audit;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Processing;

/// <summary>
/// Processes stored deliveries: reads the post, judges it, and writes the post, the decision, its outbox rows, the
/// audit rows and the delivery's new state in one transaction. A delivery whose processing fails is retried with
/// backoff (it stays in the inbox across restarts) and marked failed after <see cref="ServiceOptions.MaxDeliveryAttempts"/>.
/// </summary>
public sealed partial class DeliveryProcessor(ServiceStore store, PlatformRegistry platforms, ServiceOptions options, WorkSignals signals, ILogger<DeliveryProcessor> log)
{
    private const int BatchSize = 50;

    /// <summary>Processes the deliveries that are due; returns how many were looked at.</summary>
    public async Task<int> ProcessDueAsync(CancellationToken cancellationToken)
    {
        var now = options.Time.GetUtcNow().UtcDateTime;
        List<long> due;
        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            due = await db.Deliveries.AsNoTracking()
                .Where(d => d.State == DeliveryState.Pending && d.NextAttemptAt <= now)
                .OrderBy(d => d.Id).Select(d => d.Id).Take(BatchSize)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (long id in due)
        {
            try
            {
                await ProcessOneAsync(id, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(log, id, e);
                await RecordFailureAsync(id, e, cancellationToken).ConfigureAwait(false);
            }
        }

        if (due.Count > 0)
        {
            signals.Outbox.Nudge();
        }

        return due.Count;
    }

    private async Task ProcessOneAsync(long id, CancellationToken cancellationToken)
    {
        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            // Read and judge before the write transaction: on SQLite it holds the one write lock, which webhook
            // deliveries wait for, so only the writes happen inside it.
            var pending = await db.Deliveries.AsNoTracking().SingleAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false);
            if (pending.State != DeliveryState.Pending)
            {
                return;
            }

            var community = await db.Communities.AsNoTracking().Include(c => c.Sections).SingleAsync(c => c.Id == pending.CommunityId, cancellationToken).ConfigureAwait(false);
            var adapter = platforms.Find(pending.Platform)
                ?? throw new InvalidOperationException($"No adapter '{pending.Platform}' for delivery {id}.");
            var headers = JsonSerializer.Deserialize<Dictionary<string, string>>(pending.HeadersJson) ?? [];
            var read = adapter.Read(new WebhookRequest(headers, pending.Body));
            var judgement = read.Post is null ? null : JudgedPost.Judge(community, read.Post);

            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var delivery = await db.Deliveries.SingleAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false);
                if (delivery.State != DeliveryState.Pending)
                {
                    return;
                }

                var now = options.Time.GetUtcNow().UtcDateTime;
                string? outcome = await HandleAsync(db, community, adapter, read, judgement, delivery, now, cancellationToken).ConfigureAwait(false);
                delivery.ProcessedAt = now;
                delivery.LastError = outcome;
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Does the delivery's work inside the transaction; returns a note for an ignored delivery, or null.</summary>
    private static async Task<string?> HandleAsync(ServiceDb db, Community community, IPlatformAdapter adapter, WebhookEvent read, Judgement? judgement, WebhookDelivery delivery, DateTime now, CancellationToken cancellationToken)
    {
        if (read.Kind != WebhookEventKind.Post || read.Post is null || judgement is null)
        {
            delivery.State = DeliveryState.Ignored;
            return read.Detail;
        }

        var post = read.Post;
        var row = await db.Posts.SingleOrDefaultAsync(p => p.CommunityId == community.Id && p.ExternalId == post.PostId, cancellationToken).ConfigureAwait(false);
        if (row is not null)
        {
            if (adapter.Name == XenForoAdapter.AdapterName && row.Text == post.Text)
            {
                // XenForo sends 'update' for any save (reactions, state): the message did not change, so no new judgement.
                delivery.State = DeliveryState.Ignored;
                return "message unchanged since the last judgement";
            }

            if (IsOlder(post.Version, row.Version))
            {
                delivery.State = DeliveryState.Ignored;
                return $"version {post.Version} is older than the judged version {row.Version}";
            }

            string key = ActionPlanner.AutomaticKey(row.Id, post.Version);
            if (await db.Decisions.AnyAsync(d => d.AutomaticKey == key, cancellationToken).ConfigureAwait(false))
            {
                delivery.State = DeliveryState.Ignored;
                return "this version was already decided";
            }
        }

        if (row is null)
        {
            row = JudgedPost.NewRow(community.Id, post, judgement, now);
            db.Posts.Add(row);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            JudgedPost.Apply(row, post, judgement, now);
        }

        await ActionPlanner.PlanAsync(db, community, row, judgement, delivery.Id, now, cancellationToken).ConfigureAwait(false);
        delivery.State = DeliveryState.Processed;
        return null;
    }

    private static bool IsOlder(string version, string than) =>
        long.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out long a)
        && long.TryParse(than, NumberStyles.None, CultureInfo.InvariantCulture, out long b)
        && a < b;

    private async Task RecordFailureAsync(long id, Exception error, CancellationToken cancellationToken)
    {
        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            var delivery = await db.Deliveries.SingleOrDefaultAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false);
            if (delivery is null || delivery.State != DeliveryState.Pending)
            {
                return;
            }

            var now = options.Time.GetUtcNow().UtcDateTime;
            delivery.Attempts++;
            delivery.LastError = error.GetType().Name + ": " + error.Message;
            // 2, 4, 8 … seconds, at most 10 minutes.
            delivery.NextAttemptAt = now.AddSeconds(Math.Min(600, Math.Pow(2, delivery.Attempts)));
            if (delivery.Attempts >= options.MaxDeliveryAttempts)
            {
                delivery.State = DeliveryState.Failed;
                AuditLog.Add(db, now, AuditLog.System, delivery.CommunityId, "delivery.failed", "delivery", id.ToString(CultureInfo.InvariantCulture),
                    $"gave up after {delivery.Attempts} attempts: {delivery.LastError}");
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Processing delivery {Delivery} failed; it will be retried")]
    private static partial void LogFailed(ILogger logger, long delivery, Exception exception);
}
