using System.Text;
using SaySomething.Core.Providers.Urls;

namespace SaySomething.Core.Providers.Rules;

/// <summary>
/// One rule from <c>providers.json</c>: when the host (optional condition), the path segments and the
/// required query parameters match, the link has <see cref="Kind"/> and, if the rule has an id template,
/// a canonical id. A provider's rules are tried in file order; the first match wins.
/// </summary>
internal sealed class PathRule
{
    private readonly string[] _hosts;
    private readonly SegmentPattern[] _segments;
    private readonly QueryCondition[] _query;
    private readonly IdTemplate? _id;

    private PathRule(string[] hosts, SegmentPattern[] segments, QueryCondition[] query, LinkKind kind, IdTemplate? id)
    {
        _hosts = hosts;
        _segments = segments;
        _query = query;
        Kind = kind;
        _id = id;
    }

    public LinkKind Kind { get; }

    public bool HasId => _id is not null;

    /// <summary>Builds a rule from its textual parts (see <c>Data/README.md</c> for the syntax).</summary>
    public static PathRule Create(IReadOnlyList<string> hosts, string path, string? query, LinkKind kind, string? id)
    {
        var names = new List<string>();
        SegmentPattern[] segments = [.. path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => SegmentPattern.Parse(s, names))];
        for (int i = 0; i < segments.Length - 1; i++)
        {
            if (segments[i].IsRest)
            {
                throw new FormatException($"'**' must be the last segment in '{path}'.");
            }
        }

        QueryCondition[] conditions = QueryCondition.ParseAll(query, names);
        IdTemplate? template = id is null ? null : IdTemplate.Parse(id, names);
        return new PathRule([.. hosts], segments, conditions, kind, template);
    }

    /// <summary>Whether the rule matches; captured values land in <paramref name="captures"/>.</summary>
    public bool Matches(in UrlParts url, ref CaptureSet captures)
    {
        if (_hosts.Length > 0 && !HostMatches(url.Host))
        {
            return false;
        }

        var path = new PathSegments(url.Path);
        foreach (SegmentPattern pattern in _segments)
        {
            if (pattern.IsRest)
            {
                return QueryMatches(url.Query, ref captures);
            }

            if (!path.MoveNext() || !pattern.Matches(path.Current, ref captures))
            {
                return false;
            }
        }

        return path.IsAtEnd && QueryMatches(url.Query, ref captures);
    }

    /// <summary>Appends the canonical id (without the provider prefix); false when the rule has none.</summary>
    public bool TryAppendId(StringBuilder builder, in CaptureSet captures, ReadOnlySpan<char> host)
    {
        if (_id is null)
        {
            return false;
        }

        _id.AppendTo(builder, captures, host);
        return true;
    }

    private bool HostMatches(ReadOnlySpan<char> host)
    {
        foreach (string domain in _hosts)
        {
            if (HostNames.IsSameOrSubdomain(host, domain))
            {
                return true;
            }
        }

        return false;
    }

    private bool QueryMatches(ReadOnlySpan<char> query, ref CaptureSet captures)
    {
        foreach (QueryCondition condition in _query)
        {
            if (!condition.Matches(query, ref captures))
            {
                return false;
            }
        }

        return true;
    }
}
