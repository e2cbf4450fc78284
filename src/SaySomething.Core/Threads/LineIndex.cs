namespace SaySomething.Core.Threads;

/// <summary>Maps offsets of a text to 1-based line numbers.</summary>
internal sealed class LineIndex
{
    private readonly List<int> _lineStarts = [0];

    public LineIndex(string text)
    {
        var position = 0;
        while (position < text.Length)
        {
            var newline = text.AsSpan(position).IndexOf('\n');
            if (newline < 0)
            {
                break;
            }

            position += newline + 1;
            _lineStarts.Add(position);
        }
    }

    /// <summary>Returns the 1-based number of the line holding <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        var found = _lineStarts.BinarySearch(offset);
        return found >= 0 ? found + 1 : ~found;
    }
}
