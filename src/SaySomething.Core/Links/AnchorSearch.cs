using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SaySomething.Core.Links;

/// <summary>
/// Finds the next place an address can be anchored: a '.' followed by a visible character, a ':' followed by '/',
/// or an '@'. Sentence-ending dots and "Source: " colons, which make up most of the '.' and ':' in prose, are
/// skipped inside the vector loop instead of costing a call each.
/// </summary>
internal static class AnchorSearch
{
    /// <summary>Returns the index of the next anchor at or after <paramref name="start"/>, or -1.</summary>
    public static int Next(ReadOnlySpan<char> text, int start)
    {
        var units = MemoryMarshal.Cast<char, ushort>(text);
        ref var origin = ref MemoryMarshal.GetReference(units);
        var i = start;
        if (Vector256.IsHardwareAccelerated)
        {
            // Each step compares 16 characters with the 16 that follow them by one.
            for (; i + Vector256<ushort>.Count < units.Length; i += Vector256<ushort>.Count)
            {
                var current = Vector256.LoadUnsafe(ref origin, (nuint)i);
                var next = Vector256.LoadUnsafe(ref origin, (nuint)(i + 1));
                var hits = Matches(current, next);
                if (hits != Vector256<ushort>.Zero)
                {
                    return i + BitOperations.TrailingZeroCount(hits.ExtractMostSignificantBits());
                }
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            for (; i + Vector128<ushort>.Count < units.Length; i += Vector128<ushort>.Count)
            {
                var current = Vector128.LoadUnsafe(ref origin, (nuint)i);
                var next = Vector128.LoadUnsafe(ref origin, (nuint)(i + 1));
                var hits = Matches(current, next);
                if (hits != Vector128<ushort>.Zero)
                {
                    return i + BitOperations.TrailingZeroCount(hits.ExtractMostSignificantBits());
                }
            }
        }

        for (; i < text.Length; i++)
        {
            if (IsAnchor(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The scalar definition the vector loops implement.</summary>
    public static bool IsAnchor(ReadOnlySpan<char> text, int i)
    {
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        return text[i] switch
        {
            '.' => next > ' ',
            ':' => next == '/',
            '@' => true,
            _ => false,
        };
    }

    private static Vector256<ushort> Matches(Vector256<ushort> current, Vector256<ushort> next) =>
        (Vector256.Equals(current, Vector256.Create((ushort)'.')) & Vector256.GreaterThan(next, Vector256.Create((ushort)' ')))
        | (Vector256.Equals(current, Vector256.Create((ushort)':')) & Vector256.Equals(next, Vector256.Create((ushort)'/')))
        | Vector256.Equals(current, Vector256.Create((ushort)'@'));

    private static Vector128<ushort> Matches(Vector128<ushort> current, Vector128<ushort> next) =>
        (Vector128.Equals(current, Vector128.Create((ushort)'.')) & Vector128.GreaterThan(next, Vector128.Create((ushort)' ')))
        | (Vector128.Equals(current, Vector128.Create((ushort)':')) & Vector128.Equals(next, Vector128.Create((ushort)'/')))
        | Vector128.Equals(current, Vector128.Create((ushort)'@'));
}
