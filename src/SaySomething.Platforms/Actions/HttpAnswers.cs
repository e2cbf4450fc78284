using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace SaySomething.Platforms.Actions;

/// <summary>Turns an HTTP answer into an <see cref="ActionOutcome"/>: 2xx done, 429 and 5xx retried (with Retry-After), other 4xx failed.</summary>
internal static class HttpAnswers
{
    public static async Task<ActionOutcome> ToOutcomeAsync(HttpResponseMessage response, string what, Func<string, string?>? externalRef, CancellationToken cancellationToken)
    {
        string body = await ReadCappedAsync(response, cancellationToken).ConfigureAwait(false);
        int status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            return ActionOutcome.Done($"{what}: {status}", externalRef?.Invoke(body));
        }

        string detail = $"{what}: {status} {Trim(body)}";
        if (response.StatusCode == HttpStatusCode.TooManyRequests || status >= 500)
        {
            return ActionOutcome.Retry(detail, RetryAfter(response.Headers.RetryAfter));
        }

        return ActionOutcome.Fail(detail);
    }

    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        // An HTTP date is turned into a delay by the dispatcher's clock; without one, a minute is a safe guess.
        return header?.Date is not null ? TimeSpan.FromMinutes(1) : null;
    }

    /// <summary>At most 4 KiB of an answer is kept, for the audit log.</summary>
    public static async Task<string> ReadCappedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[64 * 1024];
            int total = 0;
            while (total < buffer.Length)
            {
                int read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            return System.Text.Encoding.UTF8.GetString(buffer, 0, total);
        }
    }

    public static string Trim(string body) => body.Length <= 300 ? body : string.Concat(body.AsSpan(0, 300), "…");

    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
