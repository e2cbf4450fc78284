namespace SaySomething.Browser.Tests;

/// <summary>
/// A browser test. Where Debian's chromium is missing the test fails with how to install it, unless
/// <see cref="SkipVariable"/> is 1: then it is skipped with that message.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string SkipVariable = "SAYSOMETHING_SKIP_BROWSER";

    public static readonly string MissingMessage =
        $"Chromium is missing at {ChromiumPath}: install Debian's package as root with 'apt-get install -y chromium' (.ci/run does this). "
        + $"To skip the browser tests on a machine without it, set {SkipVariable}=1.";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && Environment.GetEnvironmentVariable(SkipVariable) == "1")
        {
            Skip = MissingMessage;
        }
    }
}
