using System.Text;

namespace SaySomething.Core.Text;

/// <summary>
/// Normalises post text for comparison and counting (security.md §3.2, G3.1), keeping a map back to source
/// offsets. Steps, in order:
/// <list type="number">
/// <item>remove invisible characters (every <c>Default_Ignorable_Code_Point</c>, Hangul fillers, U+2800), counted;</item>
/// <item>fold the supplementary table (<c>Data/lookalikes-extra.txt</c>: small capitals, parenthesized and negative
/// letters; regional indicators only where they do not form flags, see below);</item>
/// <item>NFKC, one source cluster (base + combining marks) at a time so the map stays exact; ASCII characters with no
/// following mark skip it, and so do single code points of blocks that NFKC never changes;</item>
/// <item>Zalgo: a cluster still carrying more than <see cref="MaxCombiningMarks"/> stacking marks after NFKC keeps
/// only its base;</item>
/// <item>the mixed-script rule, per word (a maximal run of letters, marks and digits): when a word has Latin letters
/// <em>and</em> letters of another script, each non-Latin letter whose UTS #39 prototype is ASCII letters is
/// replaced by them (<c>pаypal</c> with Cyrillic <c>а</c> → <c>paypal</c>). A word with no Latin letter is left in
/// its script, so Ukrainian, Russian or Greek text is never turned into Latin;</item>
/// <item>lower case, culture-invariant, one code point at a time (so lengths and the map are stable).</item>
/// </list>
/// </summary>
/// <remarks>
/// Regional indicator symbols (<c>🇼</c>) fold to letters when their run has odd length or touches a letter;
/// an even run on its own is read as flags and kept. Lone surrogates become U+FFFD; the normaliser never throws on
/// any UTF-16 input. Thread-safe: the tables are immutable and scratch buffers come from the shared array pool.
/// Plain ASCII text costs one vectorised check and one lower-casing copy, and stores no map.
/// </remarks>
public static class TextNormalizer
{
    /// <summary>Stacking combining marks a cluster may keep after NFKC; more is Zalgo and all are stripped. Default 2.</summary>
    public const int MaxCombiningMarks = 2;

    private const char NoncharacterFffe = '\uFFFE';
    private const int RegionalIndicatorA = 0x1F1E6;
    private const int RegionalIndicatorZ = 0x1F1FF;

    /// <summary>Normalises <paramref name="text"/>; an empty text gives an empty result.</summary>
    public static NormalizedText Normalize(ReadOnlySpan<char> text)
    {
        if (Ascii.IsValid(text))
        {
            var value = string.Create(text.Length, text, static (destination, source) => Ascii.ToLower(source, destination, out _));
            return NormalizedText.Identity(value);
        }

        var counts = new Counter();
        var folded = new CharBuffer(text.Length + 16);
        var output = new CharBuffer(text.Length + 16);
        try
        {
            FoldClusters(text, ref folded, ref counts);
            MixedScriptFolder.FoldAndLower(folded.Chars, folded.Map, ref output, ref counts);
            return NormalizedText.Mapped(new string(output.Chars), output.Map, text.Length, counts.ToCounts(), counts.ZwjJoins?.ToArray());
        }
        finally
        {
            folded.Dispose();
            output.Dispose();
        }
    }

    // Steps 1 to 4: invisible removal, supplementary table, NFKC and the Zalgo rule, cluster by cluster.
    private static void FoldClusters(ReadOnlySpan<char> text, ref CharBuffer folded, ref Counter counts)
    {
        var cluster = new CharBuffer(64);
        try
        {
            var index = 0;
            while (index < text.Length)
            {
                // A run of plain characters is kept as it is, but for its last one, which may have marks after it.
                var plain = PlainCharacters.PlainPrefixLength(text[index..]);
                var copy = index + plain == text.Length ? plain : plain - 1;
                if (copy > 0)
                {
                    folded.AppendFrom(text.Slice(index, copy), index);
                    index += copy;
                    if (index == text.Length)
                    {
                        break;
                    }
                }

                var start = index;
                var rune = SourceClusters.Decode(text, index, out var length);
                index += length;
                if (InvisibleCharacters.IsInvisible(rune.Value))
                {
                    counts.Invisible(rune.Value, index);
                    continue;
                }

                if (rune.Value is >= RegionalIndicatorA and <= RegionalIndicatorZ)
                {
                    index = AppendRegionalIndicators(text, start, ref folded, ref counts);
                    continue;
                }

                cluster.Clear();
                var extra = LookalikeTables.Default.Extra(rune.Value);
                if (extra is not null)
                {
                    counts.LookalikesFolded++;
                    cluster.Append(extra, start);
                }
                else
                {
                    cluster.Append(rune, start);
                }

                index = CollectMarks(text, index, ref cluster, ref counts);
                if (cluster.Length == 1 && rune.IsAscii)
                {
                    folded.Append((char)rune.Value, start);
                    continue;
                }

                if (cluster.Length == length && extra is null && NfkcStable.Contains(rune.Value))
                {
                    folded.Append(rune, start);
                    continue;
                }

                NormalizeCluster(cluster.Chars, start, ref folded, ref counts);
            }
        }
        finally
        {
            cluster.Dispose();
        }
    }

    // Appends the combining marks after a base to the cluster; invisible characters among them are removed.
    private static int CollectMarks(ReadOnlySpan<char> text, int index, ref CharBuffer cluster, ref Counter counts)
    {
        while (index < text.Length && text[index] >= 0x80)
        {
            var next = SourceClusters.Decode(text, index, out var length);
            if (InvisibleCharacters.IsInvisible(next.Value))
            {
                counts.Invisible(next.Value, index + length);
            }
            else if (SourceClusters.IsMark(next.Value))
            {
                cluster.Append(next, index);
            }
            else
            {
                break;
            }

            index += length;
        }

        return index;
    }

    private static void NormalizeCluster(ReadOnlySpan<char> cluster, int start, ref CharBuffer folded, ref Counter counts)
    {
        Span<char> buffer = stackalloc char[256];
        var result = Nfkc(cluster, buffer);
        if (CountStackingMarks(result) > MaxCombiningMarks)
        {
            // Zalgo: keep only the base (the cluster's first code point), itself normalised, without any mark.
            counts.ZalgoClusters++;
            Rune.DecodeFromUtf16(cluster, out _, out var baseLength);
            result = Nfkc(cluster[..baseLength], buffer);
            AppendNormalized(result, start, stripMarks: true, ref folded, ref counts);
            return;
        }

        AppendNormalized(result, start, stripMarks: false, ref folded, ref counts);
    }

    private static ReadOnlySpan<char> Nfkc(ReadOnlySpan<char> text, Span<char> buffer)
    {
        // ICU throws on the noncharacter U+FFFE, which NFKC would leave alone; it can only be a cluster's base, and the
        // marks of such a cluster stay as they are.
        if (text.IsEmpty || text[0] == NoncharacterFffe || text.IsNormalized(NormalizationForm.FormKC))
        {
            return text;
        }

        var destination = text.GetNormalizedLength(NormalizationForm.FormKC) <= buffer.Length
            ? buffer
            : new char[text.GetNormalizedLength(NormalizationForm.FormKC)];
        return text.TryNormalize(destination, out var written, NormalizationForm.FormKC) ? destination[..written] : text;
    }

    private static int CountStackingMarks(ReadOnlySpan<char> text)
    {
        var marks = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (SourceClusters.IsStackingMark(rune))
            {
                marks++;
            }
        }

        return marks;
    }

    private static void AppendNormalized(ReadOnlySpan<char> result, int start, bool stripMarks, ref CharBuffer folded, ref Counter counts)
    {
        foreach (var rune in result.EnumerateRunes())
        {
            if (InvisibleCharacters.IsInvisible(rune.Value) || (stripMarks && SourceClusters.IsStackingMark(rune)))
            {
                continue;
            }

            var extra = LookalikeTables.Default.Extra(rune.Value);
            if (extra is not null && rune.Value is < RegionalIndicatorA or > RegionalIndicatorZ)
            {
                counts.LookalikesFolded++;
                folded.Append(extra, start);
            }
            else
            {
                folded.Append(rune, start);
            }
        }
    }

    // A run of regional indicators: letters when the run is odd or touches a letter, else flags kept as they are.
    private static int AppendRegionalIndicators(ReadOnlySpan<char> text, int start, ref CharBuffer folded, ref Counter counts)
    {
        var end = start;
        var count = 0;
        while (end < text.Length && SourceClusters.Decode(text, end, out var length).Value is >= RegionalIndicatorA and <= RegionalIndicatorZ)
        {
            end += length;
            count++;
        }

        var touchesLetter = (folded.Length > 0 && char.IsLetter(folded.Chars[^1]))
            || (end < text.Length && Rune.IsLetter(SourceClusters.Decode(text, end, out _)));
        var asLetters = count % 2 == 1 || touchesLetter;
        for (var index = start; index < end; index += 2)
        {
            if (asLetters)
            {
                counts.LookalikesFolded++;
                folded.Append((char)('a' + (char.ConvertToUtf32(text[index], text[index + 1]) - RegionalIndicatorA)), index);
            }
            else
            {
                folded.Append(text.Slice(index, 2), index);
            }
        }

        return end;
    }
}
