using System.Buffers;

namespace SaySomething.Core.Links;

/// <summary>
/// Rules for a host written without a scheme (<c>www.bbc.co.uk/news</c>, <c>t.me/channel/1</c>,
/// <c>example.com</c>), where the text alone must show that the writer meant a link.
/// </summary>
internal static class SchemelessHost
{
    private static readonly SearchValues<char> AsciiUpper = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    private static readonly SearchValues<char> AsciiLower = SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    /// <summary>Walks back from a dot over the labels before it, stopping where the script changes.</summary>
    public static int FindStart(ReadOnlySpan<char> text, int dot, int floor)
    {
        var lowest = Math.Max(floor, dot - HostScanner.MaxHostLength);
        var i = dot;
        while (i > lowest)
        {
            var c = text[i - 1];
            if (c == '.')
            {
                if (i - 1 == lowest || !CharClass.IsLabelChar(text[i - 2]))
                {
                    break;
                }
            }
            else if (!CharClass.IsLabelChar(c) || (i < dot && CharClass.IsScriptChange(text[i], c)))
            {
                break;
            }

            i--;
        }

        return i;
    }

    /// <summary>The end of the run of label characters and single dots that contains <paramref name="dot"/>.</summary>
    public static int FindRunEnd(ReadOnlySpan<char> text, int dot)
    {
        var i = dot + 1;
        while (i < text.Length && (CharClass.IsLabelChar(text[i]) || (text[i] == '.' && i + 1 < text.Length && CharClass.IsLabelChar(text[i + 1]))))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Whether a host may start at <paramref name="hostStart"/>: not inside a word, a mention, a hashtag, a
    /// cashtag or a path. A protocol-relative <c>//host</c> starts at its slashes.
    /// </summary>
    public static bool MayStartAt(ReadOnlySpan<char> text, int hostStart, int floor, out int start)
    {
        start = hostStart;
        if (hostStart == 0 || hostStart == floor)
        {
            return true;
        }

        var before = text[hostStart - 1];
        if (before == '/')
        {
            var slashes = hostStart >= 2 && text[hostStart - 2] == '/';
            var clear = hostStart == 2 || (hostStart > 2 && (char.IsWhiteSpace(text[hostStart - 3]) || text[hostStart - 3] is '(' or '<' or '"' or '\''));
            start = hostStart - 2;
            return slashes && clear && hostStart - 2 >= floor;
        }

        return before is not ('@' or '#' or '$' or '.' or '\\' or '=' or '&' or '%' or '+');
    }

    /// <summary>
    /// Whether a reader would take this scheme-less host for a link: <c>www.</c>, a path or a port always do;
    /// otherwise the TLD must be written like one (<c>home.Now</c> is a missing space) and must not be a country
    /// code that is also a file extension (<c>setup.py</c>).
    /// </summary>
    public static bool IsPlausible(ReadOnlySpan<char> text, int hostStart, HostScanner.HostMatch host, bool hasPathOrPort, TopLevelDomains tlds)
    {
        if (!host.KnownTld && !(host.IsIPv4 && hasPathOrPort))
        {
            return false;
        }

        var name = text[hostStart..host.End];
        if (hasPathOrPort || name.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var tld = text[host.TldStart..host.End];
        if (tlds.LooksLikeFileExtension(tld))
        {
            return false;
        }

        // "home.Now" or "end.The": a capitalised TLD after lower-case text is a sentence missing its space.
        return !tld.ContainsAny(AsciiUpper) || !name.ContainsAny(AsciiLower);
    }
}
