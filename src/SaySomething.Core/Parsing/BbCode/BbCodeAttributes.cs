namespace SaySomething.Core.Parsing.BbCode;

/// <summary>Reads the attributes of a tag (<c>unfurl="true"</c>, <c>alt='m'</c>, <c>width=200px</c>) the tokenizer has checked.</summary>
internal static class BbCodeAttributes
{
    /// <summary>Finds attribute <paramref name="name"/> (any case) and returns where its value is written, quotes excluded.</summary>
    public static bool TryGet(string source, in BbCodeToken token, string name, out int valueStart, out int valueEnd)
    {
        valueStart = valueEnd = -1;
        var i = token.AttributesStart;
        var end = token.AttributesEnd;
        while (i < end)
        {
            while (i < end && source[i] is ' ' or '\t')
            {
                i++;
            }

            var nameStart = i;
            while (i < end && source[i] != '=')
            {
                i++;
            }

            var nameEnd = i;
            i++;
            if (i >= end)
            {
                return false;
            }

            int start, stop;
            if (source[i] is '"' or '\'')
            {
                start = i + 1;
                stop = source.IndexOf(source[i], start, end - start);
                if (stop < 0)
                {
                    return false;
                }

                i = stop + 1;
            }
            else
            {
                start = i;
                while (i < end && source[i] is not (' ' or '\t'))
                {
                    i++;
                }

                stop = i;
            }

            if (source.AsSpan(nameStart, nameEnd - nameStart).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                valueStart = start;
                valueEnd = stop;
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether attribute <paramref name="name"/> is written with the value <paramref name="expected"/> (any case).</summary>
    public static bool Is(string source, in BbCodeToken token, string name, string expected) =>
        TryGet(source, token, name, out var start, out var end)
        && source.AsSpan(start, end - start).Trim().Equals(expected, StringComparison.OrdinalIgnoreCase);
}
