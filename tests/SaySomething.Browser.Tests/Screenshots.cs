using Microsoft.Playwright;

namespace SaySomething.Browser.Tests;

/// <summary>Page screenshots for the README: always to artifacts/screenshots, to docs/images with <see cref="UpdateVariable"/>=1.</summary>
internal static class Screenshots
{
    public const string UpdateVariable = "SAYSOMETHING_UPDATE_SCREENSHOTS";

    public static async Task TakeAsync(IPage page, string name)
    {
        string? root = RepositoryRoot();
        if (root is null)
        {
            return;
        }

        var folders = new List<string> { Path.Combine(root, "artifacts", "screenshots") };
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            folders.Add(Path.Combine(root, "docs", "images"));
        }

        foreach (string folder in folders)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = false });
        }
    }

    private static string? RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SaySomething.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
