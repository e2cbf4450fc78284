namespace SaySomething.Core.Text;

/// <summary>
/// A word made of one character, or of a chunk of two or three characters, repeated at least
/// <see cref="MinRepeats"/> times (<c>jjjjj</c>, <c>aaaa</c>, <c>hahaha</c>, <c>asdasdasd</c>). Any script; words
/// shorter than three characters are never flagged. Elongated real words (<c>sooooo</c>) are not flagged: their
/// <see cref="WordKey"/> makes them count as <c>so</c>.
/// </summary>
public static class RepeatedCharactersRule
{
    /// <summary>Minimum number of repeats of the chunk. Default 3.</summary>
    public const int MinRepeats = 3;

    private const int MaxChunk = 3;

    /// <summary>Returns true when <paramref name="word"/> (normalised) is a repeated chunk.</summary>
    public static bool IsRepeated(ReadOnlySpan<char> word)
    {
        for (var chunk = 1; chunk <= MaxChunk; chunk++)
        {
            if (word.Length >= chunk * MinRepeats && word[chunk] == word[0] && word.Length % chunk == 0 && IsPeriodic(word, chunk))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPeriodic(ReadOnlySpan<char> word, int period)
    {
        for (var index = period; index < word.Length; index++)
        {
            if (word[index] != word[index - period])
            {
                return false;
            }
        }

        return true;
    }
}
