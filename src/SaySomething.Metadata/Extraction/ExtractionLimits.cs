namespace SaySomething.Metadata.Extraction;

/// <summary>
/// The explicit limits of the extractors. Every input is hostile (a page can be any bytes); text beyond a limit is cut
/// at a word boundary, structures beyond one are skipped, and nothing grows with what a page claims.
/// </summary>
public static class ExtractionLimits
{
    /// <summary>Longest title kept (characters).</summary>
    public const int MaxTitleChars = 1_000;

    /// <summary>Longest description kept (characters): a YouTube description is at most 5,000.</summary>
    public const int MaxDescriptionChars = 10_000;

    /// <summary>Longest author or site name kept (characters).</summary>
    public const int MaxNameChars = 300;

    /// <summary>Longest article text kept (characters): enough for any article a poster pastes.</summary>
    public const int MaxArticleChars = 200_000;

    /// <summary>Largest decoded page handed to the HTML parser (characters); the fetcher's byte cap comes first.</summary>
    public const int MaxPageChars = 4 * 1024 * 1024;

    /// <summary>Largest oEmbed document read (bytes).</summary>
    public const int MaxOEmbedBytes = 256 * 1024;

    /// <summary>Largest JSON object read from a watch page's script (characters).</summary>
    public const int MaxPageJsonChars = 2 * 1024 * 1024;

    /// <summary>Deepest JSON nesting read (oEmbed, watch-page JSON).</summary>
    public const int MaxJsonDepth = 64;

    /// <summary>Most meta and link elements looked at in one page; a page of a million meta tags is read up to here.</summary>
    public const int MaxMetaElements = 2_000;

    /// <summary>Most elements of a page given to the article reader; larger pages give no article text.</summary>
    public const int MaxArticleElements = 60_000;

    /// <summary>Deepest element nesting given to the article reader, whose walk is recursive.</summary>
    public const int MaxArticleDepth = 400;

    /// <summary>
    /// <paramref name="text"/> with runs of white space made single spaces (line breaks kept as one line break when
    /// <paramref name="keepLines"/>), trimmed and cut to <paramref name="max"/> characters at a word boundary; null when
    /// nothing is left.
    /// </summary>
    public static string? Clean(string? text, int max, bool keepLines = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Look at no more than a bounded prefix: white space can shrink it, but never below what is kept.
        var source = text.AsSpan(0, Math.Min(text.Length, (max * 4) + 16));
        var builder = new System.Text.StringBuilder(Math.Min(source.Length, max + 1));
        bool space = false, line = false;
        foreach (char c in source)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                line |= keepLines && c == '\n';
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(line ? '\n' : ' ');
            }

            space = line = false;
            builder.Append(c);
            if (builder.Length > max)
            {
                break;
            }
        }

        if (builder.Length == 0)
        {
            return null;
        }

        if (builder.Length <= max)
        {
            return builder.ToString();
        }

        string cut = builder.ToString(0, max);
        int lastSpace = cut.LastIndexOfAny([' ', '\n']);
        return lastSpace > max / 2 ? cut[..lastSpace] : cut;
    }
}
