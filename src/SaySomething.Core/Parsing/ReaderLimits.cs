namespace SaySomething.Core.Parsing;

/// <summary>Limits that keep reading hostile posts bounded in size, depth and time. Defaults follow security.md §4.</summary>
public sealed record ReaderLimits
{
    /// <summary>Gets the default limits.</summary>
    public static ReaderLimits Default { get; } = new();

    /// <summary>Gets the longest post read at all, in UTF-16 code units; a longer one is refused.</summary>
    /// <value>The default value is 1,048,576 (1 Mi).</value>
    public int MaxPostLength { get; init; } = 1024 * 1024;

    /// <summary>
    /// Gets the longest post whose markup (BB code, Markdown, HTML) is parsed; a longer one is read as plain text
    /// and its document says so.
    /// </summary>
    /// <value>The default value is 32,768 (32 Ki).</value>
    public int MaxMarkupLength { get; init; } = 32 * 1024;

    /// <summary>Gets the deepest nesting of containers (quotes in quotes, lists in lists) kept as structure.</summary>
    /// <value>The default value is 64.</value>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Gets the most nodes one document may have; past it the post is read as plain text.</summary>
    /// <value>The default value is 100,000.</value>
    public int MaxNodes { get; init; } = 100_000;

    /// <summary>Gets the time one markup parse may take before the post is read as plain text instead.</summary>
    /// <value>The default value is 500 ms.</value>
    public TimeSpan ParseBudget { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Throws when a limit is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero, negative or inconsistent.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPostLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxMarkupLength, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxMarkupLength, MaxPostLength);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDepth, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxNodes, 16);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ParseBudget, TimeSpan.Zero);
    }
}
