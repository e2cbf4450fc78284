using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SaySomething.Server.Tests.Moderation;

/// <summary>
/// A browser-like client of the moderation UI: keeps cookies, does not follow redirects (tests look at them), and
/// submits forms with the antiforgery token of the page they came from.
/// </summary>
public sealed partial class UiClient : IDisposable
{
    private readonly HttpClient _http;

    public UiClient(Uri baseAddress)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public CookieContainer Cookies { get; }

    public Uri BaseAddress => _http.BaseAddress!;

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(path);

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _http.SendAsync(request);

    /// <summary>The page's HTML, asserting its status.</summary>
    public async Task<string> PageAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await _http.GetAsync(path);
        string html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {path}: {(int)response.StatusCode}, expected {(int)expected}. {Excerpt(html)}");
        return html;
    }

    /// <summary>The antiforgery token of the forms on <paramref name="page"/>.</summary>
    public async Task<string> TokenAsync(string page = "/ui/sign-in") => TokenIn(await PageAsync(page));

    public static string TokenIn(string html) => TokenField().Match(html) is { Success: true } match
        ? WebUtility.HtmlDecode(match.Groups[1].Value)
        : throw new InvalidOperationException("The page has no antiforgery token: " + Excerpt(html));

    /// <summary>Posts a form; with a token unless <paramref name="token"/> is empty.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, IEnumerable<(string Name, string Value)> fields, string? token, string? origin = null)
    {
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        if (!string.IsNullOrEmpty(token))
        {
            values.Add(new("__RequestVerificationToken", token));
        }

        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(values) };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return _http.SendAsync(request);
    }

    /// <summary>Submits a form found on <paramref name="page"/> (its token) to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string page, string action, params (string Name, string Value)[] fields) =>
        await PostAsync(action, fields, await TokenAsync(page));

    /// <summary>Signs in and asserts the redirect.</summary>
    public async Task SignInAsync(string name, string password, string expectedLocation = "/ui/queue")
    {
        using var response = await SubmitAsync("/ui/sign-in", "/ui/sign-in", ("userName", name), ("password", password));
        Assert.True(response.StatusCode == HttpStatusCode.SeeOther, $"sign-in as {name}: {(int)response.StatusCode} {Excerpt(await response.Content.ReadAsStringAsync())}");
        Assert.Equal(expectedLocation, response.Headers.Location?.OriginalString);
    }

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static string Excerpt(string html)
    {
        var document = Parse(html);
        string text = (document.QuerySelector("main")?.TextContent ?? document.Body?.TextContent ?? html).Trim();
        return text.Length <= 600 ? text : text[..600];
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
