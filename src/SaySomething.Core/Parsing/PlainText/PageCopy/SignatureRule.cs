using System.Buffers;

namespace SaySomething.Core.Parsing.PlainText.PageCopy;

/// <summary>
/// An app signature on a line of its own: <c>Sent from my iPhone using Tapatalk</c>,
/// <c>Sent from my SM-G991B using Tapatalk</c>, <c>Sent from my Pixel 8 using the Forum mobile app</c>, and the bare
/// <c>Sent from my iPhone</c>. The device is at most four words and the whole line at most 120 characters, with no
/// sentence punctuation but a final full stop, so "Sent from my phone, sorry for the typos!" stays the poster's.
/// </summary>
internal static class SignatureRule
{
    private const string Prefix = "Sent from my ";
    private const string Using = " using ";
    private const int MaxLength = 120;
    private const int MaxDeviceWords = 4;
    private static readonly SearchValues<char> s_punctuation = SearchValues.Create("!?,;:\"");

    /// <summary>Returns whether the line is an app signature.</summary>
    public static bool IsSignature(string source, TextLine line)
    {
        var text = line.Trimmed(source);
        if (text.Length <= Prefix.Length || text.Length > MaxLength || (text[0] | 0x20) != 's'
            || !text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (text[^1] == '.')
        {
            text = text[..^1];
        }

        // Device and app names may hold dots ("Forums.app"), but never a sentence break or other punctuation.
        var rest = text[Prefix.Length..];
        if (rest.ContainsAny(s_punctuation) || rest.IndexOf(". ", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        var usingAt = rest.IndexOf(Using, StringComparison.OrdinalIgnoreCase);
        var device = usingAt < 0 ? rest : rest[..usingAt];
        return LooseText.CountWords(device) is > 0 and <= MaxDeviceWords
            && (usingAt < 0 || LooseText.CountWords(rest[(usingAt + Using.Length)..]) is > 0 and <= 6);
    }
}
