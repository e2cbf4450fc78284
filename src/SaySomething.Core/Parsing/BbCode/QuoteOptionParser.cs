using SaySomething.Core.Documents;

namespace SaySomething.Core.Parsing.BbCode;

/// <summary>
/// Reads the option of a XenForo quote: <c>alice, post: 123, member: 45</c> (what the editor writes when quoting a
/// post), <c>A person</c> (typed by hand), or nothing.
/// </summary>
/// <remarks>
/// The option is read from the right: trailing comma-separated <c>key: value</c> pairs are attributes
/// (<c>post</c>, <c>member</c>, <c>topic</c>; others such as <c>convMessage</c> are skipped), and everything before
/// them is the name, commas included (<c>Smith, John, post: 9</c> is by "Smith, John"). A segment that is not a
/// <c>key: value</c> pair ends the attributes, so a name such as <c>Re: the plan</c> survives when it is alone.
/// Outer quotes are removed by the tokenizer; stray ones around the name are trimmed.
/// </remarks>
internal static class QuoteOptionParser
{
    /// <summary>Reads a quote option; null when there is none or it names nobody and nothing.</summary>
    public static QuoteAttribution? Parse(ReadOnlySpan<char> option)
    {
        option = option.Trim();
        if (option.IsEmpty)
        {
            return null;
        }

        string? post = null, member = null, topic = null;
        var nameEnd = option.Length;
        while (nameEnd > 0)
        {
            var comma = option[..nameEnd].LastIndexOf(',');
            if (comma < 0)
            {
                // The whole rest is a single segment: attributes only if there is a name-less "post: 1" alone.
                if (TryReadPair(option[..nameEnd], out var onlyKey, out var onlyValue) && IsKnownKey(onlyKey) && post is null && member is null)
                {
                    Assign(onlyKey, onlyValue, ref post, ref member, ref topic);
                    nameEnd = 0;
                }

                break;
            }

            if (!TryReadPair(option[(comma + 1)..nameEnd], out var key, out var value))
            {
                break;
            }

            Assign(key, value, ref post, ref member, ref topic);
            nameEnd = comma;
        }

        var name = option[..nameEnd].Trim().Trim("\"'").Trim();
        var author = name.IsEmpty ? null : name.ToString();
        return author is null && post is null && member is null && topic is null ? null : new QuoteAttribution(author, post, member, topic);
    }

    private static bool IsKnownKey(ReadOnlySpan<char> key) =>
        key.Equals("post", StringComparison.OrdinalIgnoreCase) || key.Equals("member", StringComparison.OrdinalIgnoreCase) || key.Equals("topic", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads <c>key: value</c> where key is letters and value is a non-empty word without spaces.</summary>
    private static bool TryReadPair(ReadOnlySpan<char> segment, out ReadOnlySpan<char> key, out ReadOnlySpan<char> value)
    {
        key = value = default;
        var colon = segment.IndexOf(':');
        if (colon < 0)
        {
            return false;
        }

        key = segment[..colon].Trim();
        value = segment[(colon + 1)..].Trim();
        if (key.IsEmpty || value.IsEmpty || value.ContainsAny(' ', '\t', ':'))
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void Assign(ReadOnlySpan<char> key, ReadOnlySpan<char> value, ref string? post, ref string? member, ref string? topic)
    {
        if (key.Equals("post", StringComparison.OrdinalIgnoreCase))
        {
            post ??= value.ToString();
        }
        else if (key.Equals("member", StringComparison.OrdinalIgnoreCase))
        {
            member ??= value.ToString();
        }
        else if (key.Equals("topic", StringComparison.OrdinalIgnoreCase))
        {
            topic ??= value.ToString();
        }
    }
}
