using System.Collections;
using System.Numerics;

namespace SaySomething.Core.Text;

/// <summary>
/// The verdicts of a <see cref="PaddingReport"/> in four bytes per token instead of sixteen: start (16 bits), length
/// (9 bits), kind (3 bits) and technique (4 bits: none, or which of the eight flags). <see cref="Create"/> falls back
/// to a plain array when a token does not fit (a text over 65,535 characters or a token over 511).
/// </summary>
internal sealed class VerdictList : IReadOnlyList<TokenVerdict>
{
    private const int StartBits = 16;
    private const int LengthBits = 9;
    private const int KindBits = 3;
    private const int TechniqueBits = 4;
    private const int LengthShift = TechniqueBits + KindBits;
    private const int StartShift = LengthShift + LengthBits;

    private readonly uint[] _packed;

    private VerdictList(uint[] packed) => _packed = packed;

    public int Count => _packed.Length;

    public TokenVerdict this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _packed.Length);
            var packed = _packed[index];
            var technique = (int)(packed & ((1u << TechniqueBits) - 1));
            var token = new Token(
                (int)(packed >> StartShift),
                (int)((packed >> LengthShift) & ((1u << LengthBits) - 1)),
                (TokenKind)((packed >> TechniqueBits) & ((1u << KindBits) - 1)));
            return new TokenVerdict(token, technique == 0 ? PaddingTechnique.None : (PaddingTechnique)(1 << (technique - 1)));
        }
    }

    /// <summary>Returns the verdicts on <paramref name="tokens"/>, packed when every token fits.</summary>
    public static IReadOnlyList<TokenVerdict> Create(ReadOnlySpan<Token> tokens, ReadOnlySpan<PaddingTechnique> techniques)
    {
        var packed = new uint[tokens.Length];
        for (var index = 0; index < packed.Length; index++)
        {
            var token = tokens[index];
            var technique = (uint)techniques[index];
            if ((uint)token.Start >= 1u << StartBits || (uint)token.Length >= 1u << LengthBits || (uint)token.Kind >= 1u << KindBits
                || (technique != 0 && (!BitOperations.IsPow2(technique) || technique >= 1u << ((1 << TechniqueBits) - 1))))
            {
                return Unpacked(tokens, techniques);
            }

            var techniqueIndex = technique == 0 ? 0u : (uint)BitOperations.TrailingZeroCount(technique) + 1;
            packed[index] = ((uint)token.Start << StartShift) | ((uint)token.Length << LengthShift) | ((uint)token.Kind << TechniqueBits) | techniqueIndex;
        }

        return new VerdictList(packed);
    }

    public IEnumerator<TokenVerdict> GetEnumerator()
    {
        for (var index = 0; index < _packed.Length; index++)
        {
            yield return this[index];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static TokenVerdict[] Unpacked(ReadOnlySpan<Token> tokens, ReadOnlySpan<PaddingTechnique> techniques)
    {
        var verdicts = new TokenVerdict[tokens.Length];
        for (var index = 0; index < verdicts.Length; index++)
        {
            verdicts[index] = new TokenVerdict(tokens[index], techniques[index]);
        }

        return verdicts;
    }
}
