namespace SaySomething.Core.Text;

/// <summary>A token of a <see cref="NormalizedText"/>: a span of <see cref="NormalizedText.Value"/> and its kind.</summary>
/// <param name="Start">Index of the first character in the normalised text.</param>
/// <param name="Length">Length in the normalised text (UTF-16 code units); never zero.</param>
/// <param name="Kind">What the token is.</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>Gets the index just past the token in the normalised text.</summary>
    public int End => Start + Length;

    /// <summary>Returns the token's characters in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> TextIn(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Value.AsSpan(Start, Length);
    }

    /// <summary>Returns the range of the original text the token came from (see <see cref="NormalizedText.ToSourceRange"/>).</summary>
    public Range SourceRangeIn(NormalizedText text, ReadOnlySpan<char> source)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.ToSourceRange(Start, Length, source);
    }
}
