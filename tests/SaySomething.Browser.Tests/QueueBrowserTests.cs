using Microsoft.Playwright;

namespace SaySomething.Browser.Tests;

/// <summary>
/// The moderation queue in a real browser: sign in, the demo queue, a filter, a post with its own words highlighted,
/// an approval that shows in the audit log, the queue by keyboard alone, and the page's structure for assistive
/// technology. Screenshots go to artifacts/screenshots (and to docs/images with SAYSOMETHING_UPDATE_SCREENSHOTS=1).
/// </summary>
public sealed class QueueBrowserTests
{
    [BrowserFact]
    public async Task A_moderator_signs_in_filters_the_demo_queue_opens_a_post_and_approves_it()
    {
        await using var server = await UiServer.StartAsync();
        var page = await server.SignedInPageAsync();
        var rows = page.Locator("table.queue tbody tr");
        Assert.True(await rows.CountAsync() >= 10, "the demo queue should list the bundled sample posts");
        await Screenshots.TakeAsync(page, "queue");

        await page.GetByLabel("Verdict").SelectOptionAsync("drive_by");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("verdict=drive_by", StringComparison.Ordinal));
        int driveBys = await rows.CountAsync();
        Assert.InRange(driveBys, 1, 24);
        foreach (string verdict in await page.Locator("table.queue tbody tr td:nth-child(2)").AllInnerTextsAsync())
        {
            Assert.Equal("drive-by", verdict.Trim());
        }

        // A commented post: its own words are marked.
        await page.GotoAsync("/ui/queue?verdict=commented");
        await page.Locator("a.post-link").First.ClickAsync();
        await page.WaitForURLAsync("**/ui/posts/*");
        var own = page.Locator(".post-text mark.role-own");
        Assert.True(await own.CountAsync() > 0, "a commented post shows its own words highlighted");
        Assert.False(string.IsNullOrWhiteSpace(await own.First.InnerTextAsync()));
        Assert.Equal("rgb(205, 236, 207)", await own.First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        await Screenshots.TakeAsync(page, "post");

        string title = (await page.Locator("h1").InnerTextAsync()).Trim();
        await page.GetByLabel("Note (optional)").FillAsync("checked in the browser test");
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**?done=approved");
        Assert.Contains("Approved.", await page.Locator("p.flash").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
        var first = page.Locator("table.audit tbody tr").First;
        Assert.Contains("post.approved", await first.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("mo (moderator:", await first.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("checked in the browser test", await first.InnerTextAsync(), StringComparison.Ordinal);
        Assert.StartsWith("Post ", title, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task The_queue_works_by_keyboard_alone_with_a_visible_focus()
    {
        await using var server = await UiServer.StartAsync();
        var page = await server.SignedInPageAsync();

        // The first Tab reaches the skip link; Enter moves to the main content.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        // Tab on through the filters to the first post, with a visible focus ring on the way.
        string? reached = null;
        for (int i = 0; i < 40 && reached is null; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            string focused = await page.EvaluateAsync<string>("() => document.activeElement.outerHTML.slice(0, 120)");
            Assert.True(await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle") != "none", $"no visible focus on {focused}");
            if (await page.EvaluateAsync<bool>("() => document.activeElement.classList.contains('post-link')"))
            {
                reached = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
            }
        }

        Assert.NotNull(reached);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**" + reached);

        // On the post page the approve form is reachable by Tab and submits with Enter.
        await page.Locator("#approve-note").FocusAsync();
        await page.Keyboard.TypeAsync("by keyboard");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Approve", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**?done=approved");
    }

    [BrowserFact]
    public async Task Every_page_has_landmarks_one_heading_and_a_label_for_every_control()
    {
        await using var server = await UiServer.StartAsync();
        var page = await server.SignedInPageAsync();
        foreach (string path in new[] { "/ui/queue", "/ui/posts/1", "/ui/audit", "/ui/stats", "/ui/account/password" })
        {
            await page.GotoAsync(path);
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            Assert.Equal(1, await page.Locator("main").CountAsync());
            Assert.Equal(1, await page.Locator("header").CountAsync());
            Assert.Equal(1, await page.Locator("nav[aria-label='Main']").CountAsync());
            Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
            // Every visible control is named by a label (or is a button with text).
            var unnamed = await page.EvaluateAsync<string[]>(
                """
                () => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
                    .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))
                    .map(e => e.outerHTML)
                """);
            Assert.True(unnamed.Length == 0, $"{path}: controls without a label: {string.Join(" ", unnamed)}");
            // Nothing was requested from another origin.
            Assert.Empty(await page.EvaluateAsync<string[]>("() => performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith(location.origin))"));
        }
    }
}
