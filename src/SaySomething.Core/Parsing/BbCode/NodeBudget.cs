namespace SaySomething.Core.Parsing.BbCode;

/// <summary>Counts the nodes of one read against <see cref="ReaderLimits.MaxNodes"/>.</summary>
internal sealed class NodeBudget
{
    private int _max;

    /// <summary>Gets the number of nodes made so far.</summary>
    public int Count { get; private set; }

    /// <summary>Gets a value indicating whether more nodes than allowed were made.</summary>
    public bool Exceeded => Count > _max;

    /// <summary>Starts counting again from zero against <paramref name="max"/>.</summary>
    public void Reset(int max)
    {
        _max = max;
        Count = 0;
    }

    /// <summary>Counts <paramref name="nodes"/> more nodes.</summary>
    public void Add(int nodes) => Count += nodes;
}
