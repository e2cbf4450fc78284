namespace SaySomething.Core.Providers.Urls;

/// <summary>Walks the non-empty '/'-separated segments of a path without allocating.</summary>
internal ref struct PathSegments
{
    private ReadOnlySpan<char> _rest;

    public PathSegments(ReadOnlySpan<char> path) => _rest = path;

    /// <summary>The current segment.</summary>
    public ReadOnlySpan<char> Current { get; private set; }

    /// <summary>Whether no segment follows the current one.</summary>
    public readonly bool IsAtEnd
    {
        get
        {
            foreach (char c in _rest)
            {
                if (c != '/')
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Counts the non-empty segments of <paramref name="path"/>.</summary>
    public static int Count(ReadOnlySpan<char> path)
    {
        int count = 0;
        var segments = new PathSegments(path);
        while (segments.MoveNext())
        {
            count++;
        }

        return count;
    }

    public bool MoveNext()
    {
        while (!_rest.IsEmpty)
        {
            int slash = _rest.IndexOf('/');
            ReadOnlySpan<char> segment = slash < 0 ? _rest : _rest[..slash];
            _rest = slash < 0 ? default : _rest[(slash + 1)..];
            if (!segment.IsEmpty)
            {
                Current = segment;
                return true;
            }
        }

        return false;
    }
}
