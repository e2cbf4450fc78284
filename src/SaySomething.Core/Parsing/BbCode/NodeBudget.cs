namespace SaySomething.Core.Parsing.BbCode;

/// <summary>Counts the nodes of one read against <see cref="ReaderLimits.MaxNodes"/>.</summary>
internal sealed class NodeBudget(int max)
{
    /// <summary>Gets the number of nodes made so far.</summary>
    public int Count { get; private set; }

    /// <summary>Gets a value indicating whether more nodes than allowed were made.</summary>
    public bool Exceeded => Count > max;

    /// <summary>Counts <paramref name="nodes"/> more nodes.</summary>
    public void Add(int nodes) => Count += nodes;
}
