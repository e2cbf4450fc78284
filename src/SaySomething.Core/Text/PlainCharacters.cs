using System.Text;

namespace SaySomething.Core.Text;

/// <summary>
/// The UTF-16 code units that the first steps of <see cref="TextNormalizer"/> (invisible removal, supplementary
/// table, NFKC, the Zalgo rule) keep exactly as they are when they stand alone, and that never join the cluster
/// before them: not surrogates, not invisible, not combining marks, not in the supplementary table, and NFKC-stable
/// on their own. A run of them is copied as it is; only a plain character right before a non-plain one (which may
/// be a mark belonging to it) goes through the cluster path.
/// </summary>
/// <remarks>
/// Decided on first sight of each code unit and remembered in a 64 KB table; concurrent first sights compute the
/// same answer, so the table needs no lock.
/// </remarks>
internal static class PlainCharacters
{
    private const byte Unknown = 0;
    private const byte Plain = 1;
    private const byte NotPlain = 2;

    private static readonly byte[] s_states = new byte[char.MaxValue + 1];

    /// <summary>Returns true when <paramref name="c"/> is plain (see the class summary).</summary>
    public static bool IsPlain(char c)
    {
        var state = s_states[c];
        return state == Unknown ? Decide(c) : state == Plain;
    }

    /// <summary>Returns the number of plain characters at the start of <paramref name="text"/>.</summary>
    public static int PlainPrefixLength(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && IsPlain(text[length]))
        {
            length++;
        }

        return length;
    }

    private static bool Decide(char c)
    {
        // ICU refuses the noncharacter U+FFFE (it throws), which NFKC leaves alone.
        var plain = !char.IsSurrogate(c)
            && !InvisibleCharacters.IsInvisible(c)
            && !SourceClusters.IsMark(c)
            && LookalikeTables.Default.Extra(c) is null
            && (c < 0x80 || c == '\uFFFE' || NfkcStable.Contains(c) || new ReadOnlySpan<char>(in c).IsNormalized(NormalizationForm.FormKC));
        s_states[c] = plain ? Plain : NotPlain;
        return plain;
    }
}
