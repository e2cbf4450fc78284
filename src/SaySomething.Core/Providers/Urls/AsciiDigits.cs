namespace SaySomething.Core.Providers.Urls;

/// <summary>
/// Digit checks for short spans. A plain loop: <c>ContainsAnyExceptInRange</c> allocated on short
/// inputs in our measurements, and <see cref="ProviderRegistry.Classify"/> must not allocate.
/// </summary>
internal static class AsciiDigits
{
    /// <summary>Whether every character is '0'-'9' (true for an empty span).</summary>
    public static bool AreAll(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
