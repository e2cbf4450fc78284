using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace SaySomething.Server.Guard.Script;

/// <summary>
/// <c>GET /guard.js</c>: the composer guard exactly as its readable source in the repository (embedded), with a strict
/// JavaScript content type, an ETag, an hour of public caching, and a gzip copy made once at start.
/// </summary>
internal static class GuardScript
{
    /// <summary>The path the script is served at.</summary>
    public const string Path = "/guard.js";

    /// <summary>The content type: JavaScript in UTF-8, with <c>nosniff</c> so that nothing else can be read as script.</summary>
    public const string ContentType = "text/javascript; charset=utf-8";

    /// <summary>How long browsers and proxies may keep it; the URL is unversioned, so an update reaches every forum within this time.</summary>
    public const string CacheControl = "public, max-age=3600";

    private static readonly Lazy<(byte[] Plain, byte[] Gzip, string ETag)> Content = new(Load);

    /// <summary>The script's bytes as served without compression.</summary>
    public static byte[] Plain => Content.Value.Plain;

    /// <summary>The script's gzip bytes as served to clients that accept gzip.</summary>
    public static byte[] Gzip => Content.Value.Gzip;

    public static Task ServeAsync(HttpContext http)
    {
        var (plain, gzip, etag) = Content.Value;
        var response = http.Response;
        response.Headers.ContentType = ContentType;
        response.Headers.CacheControl = CacheControl;
        response.Headers.ETag = etag;
        response.Headers.Vary = "Accept-Encoding";
        response.Headers.XContentTypeOptions = "nosniff";
        // Forum pages on other origins load it with a script tag.
        response.Headers["Cross-Origin-Resource-Policy"] = "cross-origin";
        if (http.Request.Headers.IfNoneMatch.Contains(etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        bool compressed = AcceptsGzip(http.Request);
        byte[] body = compressed ? gzip : plain;
        if (compressed)
        {
            response.Headers.ContentEncoding = "gzip";
        }

        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, http.RequestAborted).AsTask();
    }

    private static bool AcceptsGzip(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var values))
        {
            return false;
        }

        return values.Any(v => v.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && (v.Quality ?? 1) > 0);
    }

    private static (byte[] Plain, byte[] Gzip, string ETag) Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SaySomething.Server.Guard.guard.js")
            ?? throw new InvalidOperationException("guard.js is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        byte[] plain = copy.ToArray();
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(plain);
        }

        string etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(plain).AsSpan(0, 12)) + "\"";
        return (plain, packed.ToArray(), etag);
    }
}
