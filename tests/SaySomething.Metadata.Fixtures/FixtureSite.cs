namespace SaySomething.Metadata.Fixtures;

/// <summary>
/// The addresses the fixture server plays, with what each serves: a YouTube watch page and oEmbed, an X oEmbed, a
/// Telegram post page, a news article, and failures (slow, 404, 500, a wrong content type, redirects).
/// </summary>
public static class FixtureSite
{
    /// <summary>The video's link as a post writes it.</summary>
    public const string VideoLink = "https://youtu.be/Rk3fTq9ZpLw";

    /// <summary>The X post's link.</summary>
    public const string XLink = "https://x.com/harbourwatch/status/1790000000000000001";

    /// <summary>The Telegram post's link.</summary>
    public const string TelegramLink = "https://t.me/rivernews/4521";

    /// <summary>The article's link.</summary>
    public const string ArticleLink = "https://gazette.example.org/city/2026/05/night-trams-approved";

    /// <summary>A link that redirects (301, then 302) to the article.</summary>
    public const string RedirectingLink = "https://gazette.example.org/city/2026/05/night-trams-short-link";

    /// <summary>An article that answers after <see cref="SlowDelay"/>.</summary>
    public const string SlowLink = "https://slow.example.org/city/2026/05/slow-story-of-the-day";

    /// <summary>An article that is gone (404).</summary>
    public const string MissingLink = "https://gone.example.org/city/2026/05/removed-story-of-the-day";

    /// <summary>An article whose server fails (500).</summary>
    public const string BrokenLink = "https://broken.example.org/city/2026/05/broken-story-of-the-day";

    /// <summary>An article address that serves an image.</summary>
    public const string WrongTypeLink = "https://images.example.org/city/2026/05/picture-not-a-page";

    /// <summary>How long the slow article takes.</summary>
    public static readonly TimeSpan SlowDelay = TimeSpan.FromSeconds(4);

    /// <summary>The video's full description, as its watch page carries it.</summary>
    public const string VideoDescriptionStart = "Volunteers from three neighbourhoods rebuilt the wooden footbridge over the canal after the spring floods carried the old one away. We followed the crew from the first pile driven into the mud to the evening the lanterns were hung along the railing.";

    /// <summary>Maps every fixture address on <paramref name="server"/>.</summary>
    public static FixtureServer MapAll(this FixtureServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        const string Json = "application/json; charset=utf-8";
        server.Map("www.youtube.com", "/watch", FixtureServer.Content(FixturePages.Bytes("watch.html"), "text/html; charset=utf-8"));
        server.Map("www.youtube.com", "/oembed", FixtureServer.Content(FixturePages.Bytes("oembed-youtube.json"), Json));
        server.Map("publish.twitter.com", "/oembed", FixtureServer.Content(FixturePages.Bytes("oembed-x.json"), Json));
        server.Map("t.me", "/rivernews/4521", FixtureServer.Content(FixturePages.Bytes("telegram.html"), "text/html; charset=utf-8"));
        server.Map("gazette.example.org", "/city/2026/05/night-trams-approved", FixtureServer.Content(FixturePages.Bytes("article.html"), "text/html"));
        server.Map("gazette.example.org", "/city/2026/05/night-trams-short-link", FixtureServer.Redirect("/r/2", 301));
        server.Map("gazette.example.org", "/r/2", FixtureServer.Redirect("https://gazette.example.org/city/2026/05/night-trams-approved", 302));
        server.Map("slow.example.org", "/city/2026/05/slow-story-of-the-day", FixtureServer.Slow(SlowDelay, FixtureServer.Content(FixturePages.Bytes("article.html"), "text/html")));
        server.Map("gone.example.org", "/city/2026/05/removed-story-of-the-day", FixtureServer.Status(404));
        server.Map("broken.example.org", "/city/2026/05/broken-story-of-the-day", FixtureServer.Status(500));
        server.Map("images.example.org", "/city/2026/05/picture-not-a-page", FixtureServer.Content([0x89, 0x50, 0x4E, 0x47], "image/png"));
        return server;
    }
}
