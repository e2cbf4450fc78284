namespace SaySomething.Core.Documents;

/// <summary>A range of UTF-16 code units in the original post text, end exclusive.</summary>
/// <param name="Start">Index of the first code unit.</param>
/// <param name="End">Index one past the last code unit.</param>
public readonly record struct SourceSpan(int Start, int End)
{
    /// <summary>Gets the empty span at offset 0, for nodes that have no text of their own in the source.</summary>
    public static SourceSpan Empty => default;

    /// <summary>Gets the number of code units covered.</summary>
    public int Length => End - Start;

    /// <summary>Gets a value indicating whether the span covers nothing.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>Whether <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(SourceSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>The text this span covers in <paramref name="source"/>.</summary>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> source) => source[Start..End];

    /// <inheritdoc/>
    public override string ToString() => $"[{Start},{End})";
}
