using System.Buffers;

namespace SaySomething.Core.Text;

/// <summary>
/// Keyboard mash in Latin-script words (other scripts are never flagged). A word (its <see cref="WordKey"/>) is mash
/// when any of these holds:
/// <list type="number">
/// <item><b>row walk</b>: five or more letters walking one keyboard row in one direction, one key at a time
/// (<c>asdfgh</c>, <c>qwerty</c>, <c>poiuy</c>) on QWERTY, QWERTZ or AZERTY; four letters when the walk starts or
/// ends at the row's end (<c>asdf</c>, <c>lkjh</c>);</item>
/// <item><b>no vowel</b>: five or more letters with no vowel (a, e, i, o, u, y with any diacritic) and none of the
/// letters that carry a syllable without a vowel (r, l, w, and their accented forms): <c>sdfgh</c>, <c>xcvbn</c>.
/// Czech <c>prst</c>, <c>zmrzl</c>, <c>scvrnkl</c> and Welsh <c>cwtch</c> keep their r, l or w;</item>
/// <item><b>consonant run</b>: seven or more consonant units in a row, where the usual multi-letter consonants
/// count as one unit (German <c>tsch</c>, <c>sch</c>, <c>ch</c>, <c>ck</c>; Polish <c>sz</c>, <c>cz</c>, <c>rz</c>,
/// <c>dz</c>, <c>dż</c>, <c>dź</c>; English <c>th</c>, <c>sh</c>, <c>ph</c>, <c>gh</c>, <c>ng</c>) and an r or l
/// between two consonants, or after a consonant at the end of the word, is a syllable nucleus (Czech, Slovak).
/// German <c>Angstschweiß</c> has 5 units, <c>Herbststurm</c> 6, Polish <c>Szczecin</c> 2.</item>
/// </list>
/// </summary>
public static class KeyboardMashRule
{
    /// <summary>Minimum letters of a row walk (four when it touches the end of the row). Default 5.</summary>
    public const int MinRowWalk = 5;

    /// <summary>Minimum letters of a word with no vowel and no syllabic consonant. Default 5.</summary>
    public const int MinVowelless = 5;

    /// <summary>Minimum consonant units in a row. Default 7.</summary>
    public const int MinConsonantUnits = 7;

    /// <summary>Shorter words cannot be any of the three kinds of mash.</summary>
    internal const int MinMashLength = MinRowWalk - 1 < MinVowelless
        ? (MinRowWalk - 1 < MinConsonantUnits ? MinRowWalk - 1 : MinConsonantUnits)
        : (MinVowelless < MinConsonantUnits ? MinVowelless : MinConsonantUnits);

    private const string Vowels = "aeiouyàáâãäåāăąèéêëēĕėęěìíîïĩīĭįıòóôõöøōŏőùúûüũūŭůűųýÿæœ";
    private const string Syllabic = "rlwŕĺľř";

    private static readonly SearchValues<char> s_vowels = SearchValues.Create(Vowels);
    private static readonly SearchValues<char> s_syllabic = SearchValues.Create(Syllabic);

    // What each character below U+0250 (the Latin blocks) is to the rule: not a letter, consonant, syllabic or vowel.
    private const byte NotLatinLetter = 0;
    private const byte Consonant = 1;
    private const byte SyllabicConsonant = 2;
    private const byte Vowel = 3;
    private static readonly byte[] s_latinLetters = BuildLatinLetters();

    private static readonly string[] s_rows =
    [
        "qwertyuiop", "asdfghjkl", "zxcvbnm", // QWERTY
        "qwertzuiop", "yxcvbnm", // QWERTZ
        "azertyuiop", "qsdfghjklm", "wxcvbn", // AZERTY
    ];

    // For each ASCII letter, the letters next to it on some row of some layout: a cheap first-pair test.
    private static readonly uint[] s_neighbours = BuildNeighbours();

    private static readonly string[] s_units = ["tsch", "sch", "ch", "ck", "sz", "cz", "rz", "dz", "dż", "dź", "th", "sh", "ph", "gh", "ng"];

    /// <summary>Returns true when <paramref name="word"/> (normalised, lower case) is keyboard mash.</summary>
    public static bool IsMash(ReadOnlySpan<char> word)
    {
        if (word.Length < MinMashLength)
        {
            return false;
        }

        // A row walk is lower-case ASCII letters only, so it is a Latin word.
        if (IsRowWalk(word))
        {
            return true;
        }

        // One pass: Latin letters only, whether there is a vowel or a syllabic consonant, the longest run without a
        // vowel (units never outnumber letters). Once there is a vowel, only a consonant run can make mash, so the
        // pass stops at a vowel that leaves too few letters for one.
        var hasVowel = false;
        var hasSyllabic = false;
        var run = 0;
        var longestRun = 0;
        for (var index = 0; index < word.Length; index++)
        {
            var c = word[index];
            var type = c < s_latinLetters.Length ? s_latinLetters[c] : NotLatinLetter;
            if (type == NotLatinLetter)
            {
                return false;
            }

            if (type == Vowel)
            {
                if (longestRun < MinConsonantUnits && word.Length - index - 1 < MinConsonantUnits)
                {
                    return false;
                }

                hasVowel = true;
                run = 0;
                continue;
            }

            hasSyllabic |= type == SyllabicConsonant;
            run++;
            longestRun = Math.Max(longestRun, run);
        }

        return (word.Length >= MinVowelless && !hasVowel && !hasSyllabic)
            || (longestRun >= MinConsonantUnits && LongestConsonantUnits(word) >= MinConsonantUnits);
    }

    private static bool IsRowWalk(ReadOnlySpan<char> word)
    {
        if (word.Length < MinRowWalk - 1)
        {
            return false;
        }

        // A walk moves from key to neighbouring key: most words fail on their first letters.
        for (var index = 1; index < word.Length; index++)
        {
            if (!char.IsAsciiLetterLower(word[index - 1]) || !char.IsAsciiLetterLower(word[index])
                || (s_neighbours[word[index - 1] - 'a'] & (1u << (word[index] - 'a'))) == 0)
            {
                return false;
            }
        }

        foreach (var row in s_rows)
        {
            var first = row.IndexOf(word[0], StringComparison.Ordinal);
            if (first < 0 || word.Length > row.Length)
            {
                continue;
            }

            var step = word.Length > 1 && first + 1 < row.Length && row[first + 1] == word[1] ? 1 : -1;
            var last = first + (step * (word.Length - 1));
            if (last < 0 || last >= row.Length || !Walks(word, row, first, step))
            {
                continue;
            }

            var touchesEnd = first == 0 || first == row.Length - 1 || last == 0 || last == row.Length - 1;
            if (word.Length >= MinRowWalk || touchesEnd)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Walks(ReadOnlySpan<char> word, string row, int first, int step)
    {
        for (var index = 0; index < word.Length; index++)
        {
            if (row[first + (step * index)] != word[index])
            {
                return false;
            }
        }

        return true;
    }

    private static int LongestConsonantUnits(ReadOnlySpan<char> word)
    {
        var longest = 0;
        var current = 0;
        var index = 0;
        while (index < word.Length)
        {
            if (IsNucleus(word, index))
            {
                current = 0;
                index++;
                continue;
            }

            index += UnitLength(word[index..]);
            current++;
            longest = Math.Max(longest, current);
        }

        return longest;
    }

    private static uint[] BuildNeighbours()
    {
        var neighbours = new uint[26];
        foreach (var row in s_rows)
        {
            for (var index = 0; index + 1 < row.Length; index++)
            {
                neighbours[row[index] - 'a'] |= 1u << (row[index + 1] - 'a');
                neighbours[row[index + 1] - 'a'] |= 1u << (row[index] - 'a');
            }
        }

        return neighbours;
    }

    private static bool IsNucleus(ReadOnlySpan<char> word, int index)
    {
        var c = word[index];
        if (s_vowels.Contains(c))
        {
            return true;
        }

        if (!s_syllabic.Contains(c) || c == 'w' || index == 0 || IsVowel(word[index - 1]))
        {
            return false;
        }

        return index == word.Length - 1 || !IsVowel(word[index + 1]);
    }

    private static bool IsVowel(char c) => c < s_latinLetters.Length ? s_latinLetters[c] == Vowel : s_vowels.Contains(c);

    private static byte[] BuildLatinLetters()
    {
        var types = new byte[0x250];
        for (var c = '\0'; c < types.Length; c++)
        {
            types[c] = !char.IsLetter(c) ? NotLatinLetter
                : s_vowels.Contains(c) ? Vowel
                : s_syllabic.Contains(c) ? SyllabicConsonant
                : Consonant;
        }

        return types;
    }

    private static int UnitLength(ReadOnlySpan<char> rest)
    {
        foreach (var unit in s_units)
        {
            if (rest.StartsWith(unit, StringComparison.Ordinal))
            {
                return unit.Length;
            }
        }

        return 1;
    }
}
