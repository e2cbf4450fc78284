using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SaySomething.Fetching.Tests.TestSupport;

/// <summary>
/// One Kestrel server on 127.0.0.1 for the whole test run: plain HTTP on <see cref="HttpPort"/>, HTTPS on
/// <see cref="HttpsPort"/> (the root-issued certificate for <see cref="TestCertificates.TrustedHost"/>, the self-signed
/// one for any other name). Stopped when the test process exits.
/// </summary>
internal sealed class TestWebServer
{
    /// <summary>Latin-1 text of the page at <c>/ok</c>.</summary>
    public const string OkPage = "<html><head><title>Café</title></head><body>ok</body></html>";

    private static readonly Lazy<TestWebServer> s_shared = new(() => Start().GetAwaiter().GetResult());

    private TestWebServer(WebApplication app, int httpPort, int httpsPort)
    {
        App = app;
        HttpPort = httpPort;
        HttpsPort = httpsPort;
    }

    /// <summary>Gets the server, started on first use.</summary>
    public static TestWebServer Shared => s_shared.Value;

    /// <summary>Gets the plain HTTP port.</summary>
    public int HttpPort { get; }

    /// <summary>Gets the HTTPS port.</summary>
    public int HttpsPort { get; }

    private WebApplication App { get; }

    private static async Task<TestWebServer> Start()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(https => https.ServerCertificateSelector =
                (_, name) => name == TestCertificates.TrustedHost ? TestCertificates.Trusted : TestCertificates.SelfSigned()));
        });
        WebApplication app = builder.Build();
        MapRoutes(app);
        await app.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => app.StopAsync().GetAwaiter().GetResult();

        ICollection<string> addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        int Port(string scheme) => new Uri(addresses.Single(a => a.StartsWith(scheme + "://", StringComparison.Ordinal))).Port;
        return new TestWebServer(app, Port("http"), Port("https"));
    }

    private static void MapRoutes(WebApplication app)
    {
        app.MapGet("/ok", (HttpContext context) => Write(context, "text/html; charset=ISO-8859-1", Encoding.Latin1.GetBytes(OkPage)));

        // /redirect?code=302&to=URL
        app.MapGet("/redirect", (HttpContext context) =>
        {
            context.Response.StatusCode = int.Parse(context.Request.Query["code"]!, CultureInfo.InvariantCulture);
            context.Response.Headers.Location = context.Request.Query["to"].ToString();
            return Task.CompletedTask;
        });

        // /chain?n=3&final=URL: n redirects to itself, then one to final (or a page when there is no final).
        app.MapGet("/chain", (HttpContext context) =>
        {
            int n = int.Parse(context.Request.Query["n"]!, CultureInfo.InvariantCulture);
            string final = context.Request.Query["final"].ToString();
            if (n == 0 && final.Length == 0)
            {
                return Write(context, "text/html", "end of chain"u8.ToArray());
            }

            context.Response.StatusCode = 302;
            context.Response.Headers.Location = n > 0
                ? $"/chain?n={n - 1}&final={Uri.EscapeDataString(final)}"
                : final;
            return Task.CompletedTask;
        });

        app.MapGet("/type", (HttpContext context) => Write(context, context.Request.Query["ct"].ToString(), "x"u8.ToArray()));
        app.MapGet("/notype", (HttpContext context) => context.Response.Body.WriteAsync("no type"u8.ToArray()).AsTask());
        app.MapGet("/status", (HttpContext context) =>
        {
            context.Response.StatusCode = int.Parse(context.Request.Query["code"]!, CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });

        // /size?bytes=N&chunked=1: N bytes of HTML, with a Content-Length unless chunked.
        app.MapGet("/size", async (HttpContext context) =>
        {
            long bytes = long.Parse(context.Request.Query["bytes"]!, CultureInfo.InvariantCulture);
            context.Response.ContentType = "text/html";
            if (context.Request.Query["chunked"] != "1")
            {
                context.Response.ContentLength = bytes;
            }

            byte[] chunk = new byte[16 * 1024];
            chunk.AsSpan().Fill((byte)'a');
            for (long sent = 0; sent < bytes; sent += chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, bytes - sent)), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        });

        app.MapGet("/gzip", (HttpContext context) =>
        {
            using var compressed = new MemoryStream();
            using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                gzip.Write("<html>compressed page</html>"u8);
            }

            context.Response.Headers.ContentEncoding = "gzip";
            return Write(context, "text/html; charset=utf-8", compressed.ToArray());
        });

        app.MapGet("/protocol", (HttpContext context) => Write(context, "text/html", Encoding.ASCII.GetBytes(context.Request.Protocol)));
        app.MapGet("/headers", (HttpContext context) =>
        {
            string text = string.Join("\n", context.Request.Headers.Select(h => $"{h.Key}: {h.Value}"));
            return Write(context, "text/html", Encoding.UTF8.GetBytes(text));
        });
    }

    private static Task Write(HttpContext context, string contentType, byte[] body)
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body).AsTask();
    }
}
