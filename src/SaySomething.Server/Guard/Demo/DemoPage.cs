using System.Reflection;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using SaySomething.Server.Hosting;
using SaySomething.Storage.Keys;

namespace SaySomething.Server.Guard.Demo;

/// <summary>
/// <c>GET /demo</c>: a forum-like reply page whose composer the guard watches, with the bundled samples to start from
/// (<c>?mode=confirm</c> asks before posting; <c>?editor=rich</c> uses a contenteditable composer). No inline script
/// or style, so it runs under a strict Content-Security-Policy.
/// </summary>
internal static class DemoPage
{
    /// <summary>The page's path.</summary>
    public const string Path = "/demo";

    /// <summary>The policy the page is served with: everything from this origin only.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static readonly Dictionary<string, (string Resource, string ContentType)> Assets = new(StringComparer.Ordinal)
    {
        ["demo.js"] = ("SaySomething.Server.Guard.Demo.demo.js", "text/javascript; charset=utf-8"),
        ["demo.css"] = ("SaySomething.Server.Guard.Demo.demo.css", "text/css; charset=utf-8"),
        ["samples.jsonl"] = ("SaySomething.Server.Demo.posts.jsonl", "application/x-ndjson; charset=utf-8"),
    };

    public static IResult Page(HttpContext http, ServiceOptions options)
    {
        string mode = http.Request.Query["mode"] == "confirm" ? "confirm" : "hint";
        string editor = http.Request.Query["editor"] == "rich" ? "rich" : "plain";
        string? given = http.Request.Query["key"];
        string? key = DemoGuardKey.Read(options.Store)
            ?? (given is { Length: <= ApiKeys.MaxKeyLength } && given.StartsWith(ApiKeys.KeyPrefix, StringComparison.Ordinal) ? given : null);
        var html = HtmlEncoder.Default;
        string notice = key is null
            ? "<p class=\"demo-notice\" role=\"alert\">This service keeps no demo key (it keeps one only in a SQLite data folder). Create one with "
                + "<code>saysomething keys add demo --check-only --community demo</code> and open <code>/demo?key=THE_KEY</code>.</p>"
            : "";
        string composer = editor == "rich"
            ? "<div id=\"composer\" contenteditable=\"true\" role=\"textbox\" aria-multiline=\"true\" aria-labelledby=\"reply-heading\"></div>"
            : "<textarea id=\"composer\" name=\"message\" rows=\"7\"></textarea>";
        string page = Template()
            .Replace("{{key}}", html.Encode(key ?? ""), StringComparison.Ordinal)
            .Replace("{{mode}}", mode, StringComparison.Ordinal)
            .Replace("{{notice}}", notice, StringComparison.Ordinal)
            .Replace("{{composer}}", composer, StringComparison.Ordinal)
            .Replace("{{modeLinks}}", Links("mode", mode, editor, [("hint", "Hint only"), ("confirm", "Confirm before posting")]), StringComparison.Ordinal)
            .Replace("{{editorLinks}}", Links("editor", editor, mode, [("plain", "Text box"), ("rich", "Rich editor")]), StringComparison.Ordinal);
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        return Results.Content(page, "text/html; charset=utf-8");
    }

    public static IResult Asset(string name, HttpContext http)
    {
        if (!Assets.TryGetValue(name, out var asset))
        {
            return Problems.NotFound($"There is no demo asset '{(name.Length > 40 ? name[..40] : name)}'.");
        }

        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(asset.Resource)
            ?? throw new InvalidOperationException($"{asset.Resource} is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "no-cache";
        return Results.Bytes(copy.ToArray(), asset.ContentType);
    }

    private static string Template()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SaySomething.Server.Guard.Demo.demo.html")
            ?? throw new InvalidOperationException("demo.html is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Links to the page's variants; the current one is marked for assistive technology too.</summary>
    private static string Links(string name, string current, string other, (string Value, string Label)[] choices)
    {
        string otherName = name == "mode" ? "editor" : "mode";
        return string.Join(" ", choices.Select(c => c.Value == current
            ? $"<a aria-current=\"page\" href=\"/demo?{name}={c.Value}&amp;{otherName}={other}\">{c.Label}</a>"
            : $"<a href=\"/demo?{name}={c.Value}&amp;{otherName}={other}\">{c.Label}</a>"));
    }
}
