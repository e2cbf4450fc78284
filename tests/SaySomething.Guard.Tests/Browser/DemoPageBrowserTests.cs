using Microsoft.Playwright;
using SaySomething.Guard.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SaySomething.Guard.Tests.Browser;

/// <summary>
/// The demo page a new user opens first, under its strict Content-Security-Policy: a sample drive-by gets the hint, a
/// sentence clears it. Screenshots go to <c>artifacts/screenshots</c> (the README's copies are in <c>docs/images</c>).
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class DemoPageBrowserTests(Chromium chromium)
{
    [BrowserFact]
    public async Task Demo_works_at_once_under_its_strict_policy_and_is_photographed()
    {
        await using var session = await GuardBrowserSession.StartAsync(chromium, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 900, Height = 900 } }, seedDemo: true);
        var page = await session.Context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add(message.Text);
            }
        };
        await page.GotoAsync(session.Service.Origin + "/demo");
        await Expect(page.Locator("#sample option")).ToHaveCountAsync(13);

        // p4: the video's title in bold over the bare link; the demo shows the link's card, as a forum's preview would.
        await page.Locator("#sample").SelectOptionAsync(new SelectOptionValue { Index = 4 });
        await Expect(page.Locator("[data-saysomething-card-title]")).ToBeVisibleAsync();
        await Expect(page.Locator(".ss-guard-message")).ToHaveTextAsync("Your text is the video's title. Add a sentence about what you think of it.");
        Assert.Equal("rgb(255, 248, 197)", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.ss-guard')).backgroundColor"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("demo-hint.png"), FullPage = true });

        await page.Locator("#composer").PressAsync("Control+End");
        await page.Locator("#composer").PressSequentiallyAsync("\n\nThe cranes going dark at 2:10 is the part that worries me: who decided that?");
        await Expect(page.Locator(".ss-guard")).ToHaveAttributeAsync("data-ss-state", "ok");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("demo-ok.png"), FullPage = true });
        await page.Locator(".post-button").ClickAsync();
        await Expect(page.Locator("#posted .post")).ToHaveCountAsync(1);

        Assert.DoesNotContain(problems, p => p.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || p.Contains("Refused", StringComparison.Ordinal));
    }

    private static string Shot(string name)
    {
        string folder = Path.Combine(RepoFiles.Root, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
