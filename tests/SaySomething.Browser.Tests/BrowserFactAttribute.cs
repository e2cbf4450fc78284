namespace SaySomething.Browser.Tests;

/// <summary>
/// A browser test. Where Debian's chromium is missing the test is skipped with how to install it, unless
/// <see cref="RequireVariable"/> is 1 (CI): then it fails with that message.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string SkipVariable = "SAYSOMETHING_SKIP_BROWSER";

    /// <summary>Set to <c>1</c> (as <c>.ci/run</c> does) to make a missing chromium fail the tests instead of skipping them.</summary>
    public const string RequireVariable = "SAYSOMETHING_REQUIRE_SERVERS";

    public static readonly string MissingMessage =
        $"Chromium is missing at {ChromiumPath}: install Debian's package as root with 'apt-get install -y chromium' (.ci/run does this). "
        + $"Without it the browser tests are skipped, unless {RequireVariable}=1 (as in .ci/run).";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath)
            && (Environment.GetEnvironmentVariable(SkipVariable) == "1" || Environment.GetEnvironmentVariable(RequireVariable) != "1"))
        {
            Skip = MissingMessage;
        }
    }
}
