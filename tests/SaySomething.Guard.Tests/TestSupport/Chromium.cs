using Microsoft.Playwright;

namespace SaySomething.Guard.Tests.TestSupport;

/// <summary>
/// Debian's chromium driven by Playwright (never Playwright's own browser download). When it is missing the tests are
/// skipped with how to install it, unless <see cref="RequireVariable"/> is <c>1</c> (CI): then they fail with that message.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    /// <summary>Set to <c>1</c> to skip the browser tests on a machine without chromium.</summary>
    public const string SkipVariable = "SAYSOMETHING_SKIP_BROWSER";

    /// <summary>Where Debian's chromium package puts the browser.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Why the browser tests are skipped, or null when they run.</summary>
    public static string? SkipReason =>
        Environment.GetEnvironmentVariable(SkipVariable) == "1" ? $"{SkipVariable}=1: the browser tests are skipped."
        : !File.Exists(ExecutablePath) && Environment.GetEnvironmentVariable(RequireVariable) != "1"
            ? $"Chromium is missing at {ExecutablePath}: the browser tests are skipped. Install Debian's package as root with "
              + $"'apt-get install -y chromium'; bash .ci/run does, and sets {RequireVariable}=1 so that they always run."
        : null;

    /// <summary>Set to <c>1</c> (as <c>.ci/run</c> does) to make a missing chromium fail the tests instead of skipping them.</summary>
    public const string RequireVariable = "SAYSOMETHING_REQUIRE_SERVERS";

    /// <summary>Gets the browser.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser was not started.");

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        if (SkipReason is not null)
        {
            return;
        }

        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is missing at {ExecutablePath}. Install Debian's package: 'apt-get update && apt-get install -y chromium' "
                + $"(bash .ci/run does this), or set {SkipVariable}=1 to skip the browser tests.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Args,
            Timeout = 60_000,
        });
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}

/// <summary>A fact that needs the browser: skipped only when <see cref="Chromium.SkipVariable"/> is <c>1</c>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute.</summary>
    public BrowserFactAttribute() => Skip = Chromium.SkipReason;
}

/// <summary>
/// The browser tests share one chromium and run one at a time: on a small machine, several browsers at once make
/// the checks slow enough to be dropped by the guard's own timeouts.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<Chromium>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "browser";
}
