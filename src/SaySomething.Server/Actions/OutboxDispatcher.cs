using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using SaySomething.Platforms;
using SaySomething.Platforms.Actions;
using SaySomething.Server.Hosting;
using SaySomething.Storage;
using SaySomething.Storage.Audit;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Actions;

/// <summary>
/// Sends due outbox rows to the platforms, each exactly once across restarts: a row is claimed (<c>Sending</c>) in a
/// committed transaction before the call, and its result, the decision's new state and the audit row are committed
/// together after it. A row found <c>Sending</c> at start was interrupted mid-call: the platform's current state says
/// whether it happened; where the platform cannot tell (a private message), it is not resent but marked uncertain.
/// Short waits (transient errors, a Retry-After of a few seconds) are retried in place with Polly; longer ones are
/// written back as the row's due time, so they survive restarts. Calls per community stay under a per-minute budget.
/// </summary>
public sealed partial class OutboxDispatcher : IDisposable
{
    private const int BatchSize = 20;
    private static readonly TimeSpan LongestWaitInPlace = TimeSpan.FromSeconds(5);

    private readonly ServiceStore _store;
    private readonly PlatformRegistry _platforms;
    private readonly ServiceOptions _options;
    private readonly HttpClient _http;
    private readonly ILogger<OutboxDispatcher> _log;
    private readonly ResiliencePipeline<ActionOutcome> _pipeline;
    private readonly ConcurrentDictionary<string, RateLimiter> _budgets = new(StringComparer.Ordinal);
    private bool _recovered;

    /// <summary>Creates the dispatcher.</summary>
    public OutboxDispatcher(ServiceStore store, PlatformRegistry platforms, ServiceOptions options, ILogger<OutboxDispatcher> log)
    {
        _store = store;
        _platforms = platforms;
        _options = options;
        _log = log;
        _http = PlatformHttp.Create(options.PlatformHandler);
        _pipeline = new ResiliencePipelineBuilder<ActionOutcome> { TimeProvider = options.Time }
            .AddRetry(new RetryStrategyOptions<ActionOutcome>
            {
                MaxRetryAttempts = 2,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromMilliseconds(200),
                UseJitter = true,
                ShouldHandle = new PredicateBuilder<ActionOutcome>()
                    .Handle<HttpRequestException>()
                    .Handle<TaskCanceledException>(e => !e.CancellationToken.IsCancellationRequested)
                    .HandleResult(r => r.Status == ActionStatus.RetryLater && (r.RetryAfter ?? TimeSpan.Zero) <= LongestWaitInPlace),
                // Honour Retry-After when the platform gives one.
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter is { } after ? (TimeSpan?)after : null),
            })
            .Build();
    }

    /// <summary>Sends the rows that are due; returns how many were sent (rows over a community's budget wait).</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        if (!_recovered)
        {
            await RecoverInterruptedAsync(cancellationToken).ConfigureAwait(false);
            _recovered = true;
        }

        var now = _options.Time.GetUtcNow().UtcDateTime;
        List<long> due;
        var db = _store.Open();
        await using (db.ConfigureAwait(false))
        {
            due = await db.Outbox.AsNoTracking()
                .Where(o => o.State == OutboxState.Pending && o.DueAt <= now)
                .OrderBy(o => o.DueAt).ThenBy(o => o.Id).Select(o => o.Id).Take(BatchSize)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        int sent = 0;
        foreach (long id in due)
        {
            sent += await SendOneAsync(id, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        return sent;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _http.Dispose();
        foreach (var budget in _budgets.Values)
        {
            budget.Dispose();
        }
    }

    private async Task<bool> SendOneAsync(long id, CancellationToken cancellationToken)
    {
        // 1. Claim: committed before the call, so a crash during the call is seen at the next start.
        OutboxAction row;
        Community community;
        var db = _store.Open();
        await using (db.ConfigureAwait(false))
        {
            row = await db.Outbox.SingleAsync(o => o.Id == id, cancellationToken).ConfigureAwait(false);
            if (row.State != OutboxState.Pending)
            {
                return false;
            }

            community = await db.Communities.AsNoTracking().SingleAsync(c => c.Id == row.CommunityId, cancellationToken).ConfigureAwait(false);
            var budget = _budgets.GetOrAdd(community.Id, _ => new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, _options.PlatformCallsPerMinute),
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
            using var lease = budget.AttemptAcquire();
            if (!lease.IsAcquired)
            {
                // Over this community's budget: leave the row for a later round.
                return false;
            }

            row.State = OutboxState.Sending;
            row.Attempts++;
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Cancelled (or claimed) at the same moment: nothing to send.
                return false;
            }
        }

        // 2. Call.
        var action = JsonSerializer.Deserialize<PlatformAction>(row.PayloadJson)!;
        ActionOutcome outcome;
        var client = CreateClient(community);
        if (client is null)
        {
            outcome = ActionOutcome.NotSupported("the community has no platform API configured");
        }
        else
        {
            try
            {
                outcome = await _pipeline.ExecuteAsync(async token => await client.ExecuteAsync(action, token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                outcome = ActionOutcome.Retry($"{action.Kind}: {e.GetType().Name}: {e.Message}");
            }
        }

        // 3. Record the result, the decision's state and the audit row together. An edit may move the decision at the
        // same moment (a concurrency conflict): read again and record again.
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                await RecordAsync(id, outcome, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
            }
        }
    }

    private async Task RecordAsync(long id, ActionOutcome outcome, CancellationToken cancellationToken)
    {
        var db = _store.Open();
        await using (db.ConfigureAwait(false))
        {
            var row = await db.Outbox.SingleAsync(o => o.Id == id, cancellationToken).ConfigureAwait(false);
            var decision = await db.Decisions.SingleAsync(d => d.Id == row.DecisionId, cancellationToken).ConfigureAwait(false);
            var post = await db.Posts.AsNoTracking().Where(p => p.Id == decision.PostId).Select(p => p.ExternalId).SingleAsync(cancellationToken).ConfigureAwait(false);
            var now = _options.Time.GetUtcNow().UtcDateTime;
            row.LastError = outcome.Status == ActionStatus.Done ? null : outcome.Detail;
            switch (outcome.Status)
            {
                case ActionStatus.Done:
                    Finish(db, row, decision, OutboxState.Done, outcome, post, "action.done", now);
                    break;
                case ActionStatus.RetryLater when row.Attempts < _options.MaxActionAttempts:
                    row.State = OutboxState.Pending;
                    var backoff = TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, row.Attempts - 1)));
                    row.DueAt = now + (outcome.RetryAfter is { } after && after > backoff ? after : backoff);
                    break;
                case ActionStatus.Unsupported:
                    Finish(db, row, decision, OutboxState.Failed, outcome, post, "action.unsupported", now);
                    break;
                default:
                    Finish(db, row, decision, OutboxState.Failed, outcome, post, "action.failed", now);
                    break;
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void Finish(ServiceDb db, OutboxAction row, Decision decision, OutboxState state, ActionOutcome outcome, string post, string auditAction, DateTime now)
    {
        row.State = state;
        row.FinishedAt = now;
        row.ExternalRef = outcome.ExternalRef;
        if (state == OutboxState.Done && row.Kind != PlatformActionKind.TellAuthor && row.Kind != PlatformActionKind.Restore && decision.State == DecisionState.InGrace)
        {
            decision.State = DecisionState.Acted;
        }

        AuditLog.Add(db, now, AuditLog.System, row.CommunityId, auditAction, "post", post, $"{row.Kind}: {outcome.Detail}",
            JsonSerializer.Serialize(new { outbox = row.Id, decision = row.DecisionId, key = row.IdempotencyKey, attempts = row.Attempts, external_ref = outcome.ExternalRef }));
    }

    /// <summary>Rows left <c>Sending</c> by a stopped process: ask the platform what happened before anything is resent.</summary>
    private async Task RecoverInterruptedAsync(CancellationToken cancellationToken)
    {
        var db = _store.Open();
        await using (db.ConfigureAwait(false))
        {
            var interrupted = await db.Outbox.Where(o => o.State == OutboxState.Sending).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var row in interrupted)
            {
                var community = await db.Communities.AsNoTracking().SingleAsync(c => c.Id == row.CommunityId, cancellationToken).ConfigureAwait(false);
                var decision = await db.Decisions.SingleAsync(d => d.Id == row.DecisionId, cancellationToken).ConfigureAwait(false);
                var post = await db.Posts.AsNoTracking().Where(p => p.Id == decision.PostId).Select(p => p.ExternalId).SingleAsync(cancellationToken).ConfigureAwait(false);
                var action = JsonSerializer.Deserialize<PlatformAction>(row.PayloadJson)!;
                var client = CreateClient(community);
                ActionState state;
                try
                {
                    state = client is null ? ActionState.NotDone : await client.CheckAsync(action, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    state = ActionState.Unknown;
                }

                var now = _options.Time.GetUtcNow().UtcDateTime;
                switch (state)
                {
                    case ActionState.Done:
                        Finish(db, row, decision, OutboxState.Done, ActionOutcome.Done("found done at the platform after a restart"), post, "action.done", now);
                        break;
                    case ActionState.NotDone:
                        row.State = OutboxState.Pending;
                        row.LastError = "interrupted; the platform shows it not done, so it is sent again";
                        break;
                    default:
                        Finish(db, row, decision, OutboxState.Uncertain, new ActionOutcome(ActionStatus.Failed,
                            "interrupted mid-call and the platform cannot tell whether it happened; not resent (at most once)"), post, "action.uncertain", now);
                        break;
                }

                LogRecovered(_log, row.Id, state.ToString());
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private IPlatformClient? CreateClient(Community community)
    {
        var adapter = _platforms.Find(community.Platform);
        string? apiKey = _store.Secrets.Unprotect(community.ApiKey);
        if (adapter is null || string.IsNullOrEmpty(community.ApiBaseUrl) || string.IsNullOrEmpty(apiKey)
            || !Uri.TryCreate(community.ApiBaseUrl.EndsWith('/') ? community.ApiBaseUrl : community.ApiBaseUrl + "/", UriKind.Absolute, out var baseUrl))
        {
            return null;
        }

        return adapter.CreateClient(new PlatformConnection(baseUrl, apiKey, community.ApiUser, community.ModeratorRecipients), _http);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {Row} was interrupted mid-call; the platform says: {State}")]
    private static partial void LogRecovered(ILogger logger, long row, string state);
}
