using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using SaySomething.Guard.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SaySomething.Guard.Tests.Browser;

/// <summary>Submitting: never blocked by a slow or missing service; confirm-before-submit asks once.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class GuardSubmitTests(Chromium chromium)
{
    [BrowserFact]
    public async Task With_the_service_down_the_guard_shows_nothing_and_submit_still_posts_in_both_modes()
    {
        await using var session = await GuardBrowserSession.StartAsync(chromium);
        string down = "http://127.0.0.1:" + ClosedPort();
        foreach (string mode in new[] { "hint", "confirm" })
        {
            var page = await session.OpenAsync("down-" + mode, ForumMarkup.TextareaForm, $"data-service=\"{down}\" data-mode=\"{mode}\"");
            var log = new List<string>();
            page.Console += (_, m) => log.Add(m.Type + ": " + m.Text);
            page.Request += (_, r) => log.Add("request: " + r.Method + " " + r.Url);
            page.RequestFailed += (_, r) => log.Add("failed: " + r.Method + " " + r.Url + " " + r.Failure);
            page.FrameNavigated += (_, f) => log.Add("navigated: " + f.Url);
            await page.Locator("#composer").FillAsync(ForumMarkup.BareLink);
            await page.WaitForTimeoutAsync(1000); // the debounce (150 ms) and the refused connection, several times over
            await Expect(page.Locator(".ss-guard-message")).ToHaveTextAsync("");
            await Expect(page.Locator(".ss-guard")).ToHaveAttributeAsync("data-ss-state", "empty");
            await page.Locator("#post").ClickAsync();
            try
            {
                await PostedAsync(page, session);
            }
            catch (TimeoutException e)
            {
                throw new TimeoutException($"{mode}: {e.Message}\n{string.Join('\n', log)}", e);
            }
        }
    }

    [BrowserFact]
    public async Task A_slow_service_never_holds_up_posting_for_longer_than_the_submit_timeout()
    {
        await using var session = await GuardBrowserSession.StartAsync(chromium);
        var page = await session.OpenAsync("slow", ForumMarkup.TextareaForm,
            $"data-service=\"{session.Forum.Origin}/slow\" data-mode=\"confirm\" data-submit-timeout=\"500\" data-timeout=\"500\"");
        await page.Locator("#composer").FillAsync(ForumMarkup.BareLink);
        await page.Locator("#post").ClickAsync();
        await PostedAsync(page, session, timeout: 5000);
    }

    [BrowserFact]
    public async Task Confirm_mode_asks_once_and_posts_when_the_poster_says_so()
    {
        await using var session = await GuardBrowserSession.StartAsync(chromium);
        var page = await session.OpenAsync("confirm", ForumMarkup.TextareaForm, "data-mode=\"confirm\"");
        await page.Locator("#composer").FillAsync(ForumMarkup.BareLink);
        await page.Locator("#post").ClickAsync();
        var keep = page.GetByRole(AriaRole.Button, new() { Name = "Keep editing" });
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Post it anyway?" })).ToBeVisibleAsync();
        await Expect(keep).ToBeFocusedAsync();
        Assert.EndsWith("/page/confirm", page.Url, StringComparison.Ordinal);

        await keep.ClickAsync();
        await Expect(page.Locator("#composer")).ToBeFocusedAsync();
        Assert.EndsWith("/page/confirm", page.Url, StringComparison.Ordinal);

        // Asked once for this draft: submitting it again posts.
        await page.Locator("#post").ClickAsync();
        await PostedAsync(page, session);

        var second = await session.OpenAsync("confirm-anyway", ForumMarkup.TextareaForm, "data-mode=\"confirm\"");
        await second.Locator("#composer").FillAsync(ForumMarkup.BareLink);
        await second.Locator("#post").ClickAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Post anyway" }).ClickAsync();
        await PostedAsync(second, session);
    }

    [BrowserFact]
    public async Task Confirm_mode_posts_a_commented_draft_without_asking()
    {
        await using var session = await GuardBrowserSession.StartAsync(chromium);
        var page = await session.OpenAsync("commented", ForumMarkup.TextareaForm, "data-mode=\"confirm\"");
        var log = new List<string>();
        page.Console += (_, m) => log.Add(m.Type + ": " + m.Text);
        page.RequestFailed += (_, r) => log.Add("failed: " + r.Method + " " + r.Url + " " + r.Failure);
        page.Response += (_, r) => log.Add("response: " + r.Request.Method + " " + r.Url + " " + r.Status);
        await page.Locator("#composer").FillAsync(ForumMarkup.Sentence + "\n" + ForumMarkup.BareLink);
        await page.Locator("#post").ClickAsync();
        try
        {
            await PostedAsync(page, session);
        }
        catch (TimeoutException)
        {
            Assert.Fail(string.Join("\n", log) + "\nstate: " + await page.EvaluateAsync<string>("() => document.querySelector('.ss-guard').outerHTML"));
        }
    }

    [BrowserFact]
    public async Task Discourse_composer_opened_later_is_guarded_its_onebox_title_counts_and_its_Reply_button_asks_first()
    {
        await using var session = await GuardBrowserSession.StartAsync(chromium);
        var page = await session.OpenAsync("discourse", ForumMarkup.DiscourseComposer, "data-mode=\"confirm\" data-title-selector=\"#reply-title\"");
        await page.Locator("textarea.d-editor-input").FillAsync("the night the port stopped and nobody noticed\nhttps://www.youtube.com/watch?v=Rb7Kp2QwZ1s");
        await Expect(page.Locator(".ss-guard-message")).ToHaveTextAsync("Your text is the video's title. Add a sentence about what you think of it.");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('.d-editor').nextElementSibling.classList.contains('ss-guard')"));

        await page.Locator("#reply-control .create").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Post anyway" })).ToBeVisibleAsync();
        await Expect(page.Locator("#saved")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Post anyway" }).ClickAsync();
        await Expect(page.Locator("#saved")).ToHaveCountAsync(1);
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>
    /// Waits until the post reached the forum: the page's address is the forum's /posted page, and the page shows.
    /// Both are polled. Playwright's wait for an address waits for a load event when the address already matches,
    /// and a submit that navigates before the wait begins has had its event already: that wait timed out in CI runs
    /// although the page had arrived.
    /// </summary>
    private static async Task PostedAsync(IPage page, GuardBrowserSession session, float timeout = 10_000)
    {
        await Expect(page).ToHaveURLAsync(session.Forum.Origin + "/posted", new() { Timeout = timeout });
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Posted" })).ToBeVisibleAsync(new() { Timeout = timeout });
    }
}
