using System.Buffers;

namespace SaySomething.Fetching.Http;

/// <summary>
/// Reads a body up to a cap counted in bytes after decompression: a declared Content-Length over the cap is refused
/// before reading, and a stream that goes past it (chunked, close-delimited, a lying length, a compression bomb) is
/// cut at cap + 1 bytes, so a bomb is never expanded further than that.
/// </summary>
internal static class BodyReader
{
    private const int ChunkSize = 16 * 1024;

    /// <summary>Reads <paramref name="content"/> or says why it is refused.</summary>
    public static async Task<(byte[]? Body, Refusal? Refusal)> ReadAsync(HttpContent content, long cap, CancellationToken cancellationToken)
    {
        long? declared = content.Headers.ContentLength;
        if (declared > cap)
        {
            return (null, TooLarge($"declares {declared} bytes"));
        }

        Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            int initial = (int)Math.Min(declared ?? ChunkSize, Math.Min(cap, 1024 * 1024));
            var body = new ArrayBufferWriter<byte>(Math.Max(initial, 1));
            long total = 0;
            while (true)
            {
                // Ask for no more than one byte past the cap: that byte is proof enough.
                int want = (int)Math.Min(ChunkSize, cap + 1 - total);
                int read = await stream.ReadAsync(body.GetMemory(want)[..want], cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return (body.WrittenSpan.ToArray(), null);
                }

                body.Advance(read);
                total += read;
                if (total > cap)
                {
                    return (null, TooLarge("goes on past the cap"));
                }
            }
        }

        Refusal TooLarge(string what) => new(FetchFailure.BodyTooLarge,
            $"refused the body: it {what}; at most {cap} bytes (after decompression) are accepted");
    }
}
