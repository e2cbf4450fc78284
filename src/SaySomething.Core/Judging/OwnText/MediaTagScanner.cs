using System.Text.RegularExpressions;
using SaySomething.Core.Documents;

namespace SaySomething.Core.Judging.OwnText;

/// <summary>
/// Finds XenForo media tags (<c>[MEDIA=youtube]id[/MEDIA]</c>) in text that was read as plain text: a post given as
/// plain, or BB code too long or too deep for the BB code reader. Without this, making a post long enough to fall back
/// to plain text would hide its embed, and with it the drive-by.
/// </summary>
internal static partial class MediaTagScanner
{
    /// <summary>Most tags looked at in one post; more are certainly not a reader's embeds.</summary>
    private const int MaxTags = 100;

    [GeneratedRegex(@"\[media=([a-z0-9_]{1,32})\]\s*([^\[\]\s]{1,256})\s*\[/media\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MediaTag();

    /// <summary>Adds each media tag of <paramref name="source"/> as an embed and takes its text out of the candidate.</summary>
    public static void AddTo(CandidateTextBuilder parts, string source, Providers.ProviderRegistry providers)
    {
        if (source.IndexOf("[media", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return;
        }

        int count = 0;
        try
        {
            foreach (Match match in MediaTag().Matches(source))
            {
                if (++count > MaxTags)
                {
                    break;
                }

                string site = match.Groups[1].Value.ToLowerInvariant();
                string? url = providers.TryResolveMedia(site, match.Groups[2].Value, out var media) ? media.Url : null;
                var span = new SourceSpan(match.Index, match.Index + match.Length);
                parts.AddEmbed(new PostLink(url, LinkOrigin.MediaEmbed, site, null, span, InQuote: false, Hidden: false));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological input: the tags found so far stand, the rest are not looked for.
        }
    }
}
