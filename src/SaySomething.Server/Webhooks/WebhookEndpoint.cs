using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SaySomething.Platforms;
using SaySomething.Platforms.Webhooks;
using SaySomething.Server.Hosting;
using SaySomething.Server.Processing;
using SaySomething.Storage;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Webhooks;

/// <summary>
/// <c>POST /webhooks/{platform}/{community}</c>. In this order: read the raw body (at most 1 MiB); find the community,
/// which must use this platform and have a secret; verify in constant time on the raw bytes; only then parse; store the
/// delivery under its dedupe key and commit; only then answer 2xx. Any refusal stores nothing. A failed commit answers
/// 503 so that the sender retries (never 404/410, which make Discourse give up on the hook).
/// </summary>
internal sealed partial class WebhookEndpoint(IPlatformAdapter adapter, ServiceStore store, ServiceOptions options, WorkSignals signals, ILogger<WebhookEndpoint> log)
{
    /// <summary>Headers kept with a stored delivery (what reading it again needs, and provenance); never a secret or signature.</summary>
    private static readonly string[] KeptHeaders =
    [
        "Content-Type", "User-Agent",
        "X-Discourse-Instance", "X-Discourse-Event-Id", "X-Discourse-Event-Type", "X-Discourse-Event",
        "XF-Content-Type", "XF-Webhook-Event", "XF-Webhook-Id",
        "X-SaySomething-Timestamp",
    ];

    public async Task<IResult> HandleAsync(string community, HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        if (http.Request.ContentLength > WebhookRequest.MaxBodyBytes)
        {
            return Problems.TooLarge($"A delivery is at most {WebhookRequest.MaxBodyBytes} bytes.");
        }

        byte[]? body = await ReadCappedAsync(http.Request.Body, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return Problems.TooLarge($"A delivery is at most {WebhookRequest.MaxBodyBytes} bytes.");
        }

        var headers = http.Request.Headers.Select(h => new KeyValuePair<string, string>(h.Key, h.Value.ToString()));
        var request = new WebhookRequest(headers, body);

        string? secret = null;
        if (community.Length <= 64)
        {
            var db = store.Open();
            await using (db.ConfigureAwait(false))
            {
                // Stored encrypted; a value that does not decrypt is no secret at all (fail closed).
                secret = store.Secrets.Unprotect(await db.Communities.AsNoTracking()
                    .Where(c => c.Id == community && c.Platform == adapter.Name)
                    .Select(c => c.WebhookSecret)
                    .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false));
            }
        }

        // Unknown community, no secret, bad signature: the same 401, so the answer tells an attacker nothing.
        var verification = string.IsNullOrEmpty(secret)
            ? WebhookVerification.Refused("unknown community, another platform's community, or no secret configured")
            : adapter.Verify(request, secret);
        if (!verification.Valid)
        {
            LogRefused(log, adapter.Name, community, verification.Problem);
            return Problems.Unauthorized("The delivery could not be verified for this community.");
        }

        var read = adapter.Read(request);
        switch (read.Kind)
        {
            case WebhookEventKind.Ignored:
                return Results.Ok(new { status = "ignored", detail = read.Detail });
            case WebhookEventKind.Malformed:
                return Problems.BadRequest($"The delivery is signed but cannot be read: {read.Detail}.");
            default:
                break;
        }

        try
        {
            var (id, duplicate) = await StoreAsync(community, read, request, body, cancellationToken).ConfigureAwait(false);
            if (!duplicate)
            {
                signals.Inbox.Nudge();
            }

            return Results.Json(new { status = duplicate ? "duplicate" : "stored", delivery = id }, statusCode: duplicate ? StatusCodes.Status200OK : StatusCodes.Status202Accepted);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException or TimeoutException)
        {
            LogStoreFailed(log, adapter.Name, community, e);
            http.Response.Headers.RetryAfter = "30";
            return Problems.Unavailable("The delivery could not be stored; it was not accepted. Send it again.");
        }
    }

    private async Task<(long Id, bool Duplicate)> StoreAsync(string community, WebhookEvent read, WebhookRequest request, byte[] body, CancellationToken cancellationToken)
    {
        string key = read.DedupeKey!;
        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            long existing = await db.Deliveries.AsNoTracking()
                .Where(d => d.Platform == adapter.Name && d.CommunityId == community && d.DedupeKey == key)
                .Select(d => d.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (existing != 0)
            {
                return (existing, true);
            }

            var now = options.Time.GetUtcNow().UtcDateTime;
            var delivery = new WebhookDelivery
            {
                Platform = adapter.Name,
                CommunityId = community,
                DedupeKey = key,
                EventName = read.EventName,
                HeadersJson = JsonSerializer.Serialize(KeptHeaders.Where(h => request.Header(h) is not null).ToDictionary(h => h, h => request.Header(h))),
                Body = body,
                ReceivedAt = now,
                NextAttemptAt = now,
                State = DeliveryState.Pending,
            };
            db.Deliveries.Add(delivery);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return (delivery.Id, false);
            }
            catch (DbUpdateException)
            {
                // A concurrent copy of the same delivery won the unique index: this one is the duplicate.
                var db2 = store.Open();
                await using (db2.ConfigureAwait(false))
                {
                    long winner = await db2.Deliveries.AsNoTracking()
                        .Where(d => d.Platform == adapter.Name && d.CommunityId == community && d.DedupeKey == key)
                        .Select(d => d.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                    if (winner == 0)
                    {
                        throw;
                    }

                    return (winner, true);
                }
            }
        }
    }

    private static async Task<byte[]?> ReadCappedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            int read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.ToArray();
            }

            if (buffer.Length + read > WebhookRequest.MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a {Platform} delivery for community {Community}: {Problem}")]
    private static partial void LogRefused(ILogger logger, string platform, string community, string? problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store a {Platform} delivery for community {Community}")]
    private static partial void LogStoreFailed(ILogger logger, string platform, string community, Exception exception);
}
