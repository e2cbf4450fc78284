namespace SaySomething.Core.Providers.Urls;

/// <summary>
/// Walks <c>name=value</c> pairs of a query without allocating. Separators are '&amp;' and ';';
/// an HTML-escaped separator copied from a page (<c>&amp;amp;</c>) counts as one '&amp;'.
/// </summary>
internal ref struct QueryParameters
{
    private ReadOnlySpan<char> _rest;

    public QueryParameters(ReadOnlySpan<char> query) => _rest = query;

    /// <summary>Name of the current parameter (may be empty).</summary>
    public ReadOnlySpan<char> Name { get; private set; }

    /// <summary>Value of the current parameter (empty when there is no '=').</summary>
    public ReadOnlySpan<char> Value { get; private set; }

    /// <summary>Whole current pair as written, without separators.</summary>
    public ReadOnlySpan<char> Pair { get; private set; }

    /// <summary>Finds the value of the first parameter called <paramref name="name"/> (ASCII case-insensitive).</summary>
    public static bool TryGet(ReadOnlySpan<char> query, ReadOnlySpan<char> name, out ReadOnlySpan<char> value)
    {
        var parameters = new QueryParameters(query);
        while (parameters.MoveNext())
        {
            if (parameters.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                value = parameters.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    public bool MoveNext()
    {
        while (!_rest.IsEmpty)
        {
            int end = _rest.IndexOfAny('&', ';');
            ReadOnlySpan<char> pair = end < 0 ? _rest : _rest[..end];
            bool endedBySemicolon = end >= 0 && _rest[end] == ';';
            _rest = end < 0 ? default : _rest[(end + 1)..];

            // "a=1&amp;b=2" splits into "a=1", "amp" (ended by ';') and "b=2": skip the escape's remnant.
            if (pair.IsEmpty || (endedBySemicolon && pair.Equals("amp", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            Pair = pair;
            int eq = pair.IndexOf('=');
            Name = eq < 0 ? pair : pair[..eq];
            Value = eq < 0 ? default : pair[(eq + 1)..];
            return true;
        }

        return false;
    }
}
