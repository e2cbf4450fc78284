using AngleSharp.Html;

namespace SaySomething.Core.Parsing.Html;

/// <summary>
/// Finds where the parts of a parsed HTML tree are written in the source: start tags (from AngleSharp's source
/// references), end tags, attribute values and text runs (matched character by character, entities decoded).
/// All scanning shares one budget proportional to the source length, so a hostile page costs linear time: once the
/// budget is spent, lookups give up and callers fall back to coarser spans.
/// </summary>
internal sealed class HtmlSourceMap
{
    private const int MaxEntityNameLength = 32;

    private readonly string _source;
    private readonly Dictionary<string, int> _noCloseFrom = new(StringComparer.Ordinal);
    private long _budget;

    public HtmlSourceMap(string source)
    {
        _source = source;
        _budget = (16L * source.Length) + 4096;
    }

    public int Length => _source.Length;

    /// <summary>
    /// Checks that the source really has the start tag <c>&lt;name</c> at the one-based reference position and that
    /// it does not lie before <paramref name="minStart"/> (clones made by the tree builder repeat an earlier tag's
    /// position); gives the tag's range.
    /// </summary>
    public bool TryStartTag(int oneBasedPosition, string localName, int minStart, out int start, out int end)
    {
        start = oneBasedPosition - 1;
        end = start;
        if (start < 0 || start < minStart || start + 1 >= _source.Length || _source[start] != '<' || !NameAt(start + 1, localName))
        {
            return false;
        }

        end = TagEnd(start);
        return true;
    }

    /// <summary>The index after the <c>&gt;</c> that ends the tag starting at <paramref name="start"/>; quoted values are skipped.</summary>
    public int TagEnd(int start)
    {
        var s = _source;
        var i = start + 1;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '>')
            {
                Charge(i - start);
                return i + 1;
            }

            i++;
            if (c != '=')
            {
                continue;
            }

            while (i < s.Length && IsSpace(s[i]))
            {
                i++;
            }

            if (i < s.Length && s[i] is '"' or '\'')
            {
                var close = s.IndexOf(s[i], i + 1);
                if (close < 0)
                {
                    break;
                }

                i = close + 1;
            }
        }

        Charge(s.Length - start);
        return s.Length;
    }

    /// <summary>Where the value of attribute <paramref name="name"/> is written inside the tag <c>[tagStart, tagEnd)</c>.</summary>
    public bool TryAttributeValue(int tagStart, int tagEnd, string name, out int valueStart, out int valueEnd)
    {
        var s = _source;
        valueStart = valueEnd = -1;
        var i = tagStart + 1;
        while (i < tagEnd && !IsSpace(s[i]) && s[i] is not '>' and not '/')
        {
            i++;
        }

        while (i < tagEnd)
        {
            while (i < tagEnd && (IsSpace(s[i]) || s[i] == '/'))
            {
                i++;
            }

            if (i >= tagEnd || s[i] == '>')
            {
                return false;
            }

            var nameStart = i;
            i++;
            while (i < tagEnd && !IsSpace(s[i]) && s[i] is not '=' and not '>' and not '/')
            {
                i++;
            }

            var matches = s.AsSpan(nameStart, i - nameStart).Equals(name, StringComparison.OrdinalIgnoreCase);
            var j = i;
            while (j < tagEnd && IsSpace(s[j]))
            {
                j++;
            }

            if (j >= tagEnd || s[j] != '=')
            {
                if (matches)
                {
                    valueStart = valueEnd = i;
                    return true;
                }

                continue;
            }

            j++;
            while (j < tagEnd && IsSpace(s[j]))
            {
                j++;
            }

            int start;
            int end;
            if (j < tagEnd && s[j] is '"' or '\'')
            {
                start = j + 1;
                end = s.IndexOf(s[j], start, tagEnd - start);
                if (end < 0)
                {
                    return false;
                }

                i = end + 1;
            }
            else
            {
                start = j;
                end = j;
                while (end < tagEnd && !IsSpace(s[end]) && s[end] != '>')
                {
                    end++;
                }

                i = end;
            }

            if (matches)
            {
                valueStart = start;
                valueEnd = end;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Finds the end tag that closes an element whose start tag ends at <paramref name="from"/>, counting nested
    /// tags of the same name (raw-text elements such as <c>script</c> do not nest); -1 when there is none.
    /// </summary>
    public int FindCloseTag(int from, string name, bool rawText)
    {
        if (_noCloseFrom.TryGetValue(name, out var none) && from >= none)
        {
            return -1;
        }

        var s = _source;
        var depth = 0;
        var i = from;
        var lastClose = -1;
        while (_budget > 0)
        {
            var lt = s.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= s.Length)
            {
                Charge(s.Length - i);
                _noCloseFrom[name] = lastClose < 0 ? from : lastClose + 1;
                return -1;
            }

            Charge(lt - i + 1);
            if (!rawText && s.AsSpan(lt + 1).StartsWith("!--"))
            {
                var close = s.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                Charge(close < 0 ? s.Length - lt : close - lt);
                i = close < 0 ? s.Length : close + 3;
                continue;
            }

            if (s[lt + 1] == '/' && NameAt(lt + 2, name))
            {
                lastClose = lt;
                if (depth == 0)
                {
                    return TagEnd(lt);
                }

                depth--;
            }
            else if (!rawText && NameAt(lt + 1, name))
            {
                depth++;
            }

            i = lt + 1;
        }

        return -1;
    }

    /// <summary>
    /// Extends an element's end over the end tag <c>&lt;/name&gt;</c> when only whitespace and other end tags (of
    /// elements that made no node of their own) stand between <paramref name="end"/> and it.
    /// </summary>
    public int ExtendOverEndTag(int end, string name)
    {
        var s = _source;
        var i = end;
        for (var skipped = 0; skipped < 16 && _budget > 0; skipped++)
        {
            var start = i;
            while (i < s.Length && IsSpace(s[i]))
            {
                i++;
            }

            Charge(i - start + 1);
            if (i + 1 >= s.Length || s[i] != '<' || s[i + 1] != '/')
            {
                return end;
            }

            var close = TagEnd(i);
            if (NameAt(i + 2, name))
            {
                return close;
            }

            i = close;
        }

        return end;
    }

    /// <summary>
    /// Locates decoded text <paramref name="data"/> in the source at or after <paramref name="from"/>: markup before
    /// it is skipped, then the text must match character by character (entities decoded, CR LF read as LF, markup
    /// the parser ignored skipped). <paramref name="verbatim"/> tells whether the source range equals the text.
    /// </summary>
    public bool TryLocateText(string data, int from, out int start, out int end, out bool verbatim)
    {
        start = end = from;
        verbatim = false;
        if (data.Length == 0 || _budget <= 0)
        {
            return false;
        }

        var s = _source;
        var i = from;
        while (i < s.Length && s[i] == '<' && IsMarkupStart(i))
        {
            i = SkipMarkup(i);
        }

        if (i >= s.Length)
        {
            return false;
        }

        if (TryMatchAt(data, i, out end, out verbatim))
        {
            start = i;
            return true;
        }

        // A newline right after <pre> or <textarea> is dropped by the parser.
        var next = s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n' ? i + 2 : i + 1;
        if (s[i] is '\n' or '\r' && TryMatchAt(data, next, out end, out verbatim))
        {
            start = next;
            return true;
        }

        return false;
    }

    private bool TryMatchAt(string data, int at, out int end, out bool verbatim)
    {
        var s = _source;
        var k = at;
        var d = 0;
        verbatim = true;
        while (d < data.Length)
        {
            if (k >= s.Length)
            {
                Charge(k - at);
                end = k;
                return false;
            }

            var c = s[k];
            if (c == '&' && TryDecodeEntity(k, out var length, out var value) && data.AsSpan(d).StartsWith(value, StringComparison.Ordinal))
            {
                k += length;
                d += value.Length;
                verbatim = false;
            }
            else if (c == '<' && IsMarkupStart(k))
            {
                k = SkipMarkup(k);
                verbatim = false;
            }
            else if (c == data[d])
            {
                k++;
                d++;
            }
            else if (c == '\r' && data[d] == '\n')
            {
                k += k + 1 < s.Length && s[k + 1] == '\n' ? 2 : 1;
                d++;
                verbatim = false;
            }
            else if (c == '\0')
            {
                k++;
                d += data[d] == '\uFFFD' ? 1 : 0;
                verbatim = false;
            }
            else
            {
                Charge(k - at + 1);
                end = k;
                return false;
            }
        }

        Charge(k - at);
        end = k;
        return true;
    }

    private bool TryDecodeEntity(int at, out int length, out string value)
    {
        var s = _source;
        length = 0;
        value = "";
        var i = at + 1;
        if (i < s.Length && s[i] == '#')
        {
            i++;
            var hex = i < s.Length && s[i] is 'x' or 'X';
            if (hex)
            {
                i++;
            }

            var digitsStart = i;
            long code = 0;
            while (i < s.Length && i - digitsStart < 10 && (hex ? char.IsAsciiHexDigit(s[i]) : char.IsAsciiDigit(s[i])))
            {
                code = (code * (hex ? 16 : 10)) + HexValue(s[i]);
                i++;
            }

            if (i == digitsStart)
            {
                return false;
            }

            if (i < s.Length && s[i] == ';')
            {
                i++;
            }

            if (code is >= 0x80 and <= 0x9F)
            {
                // Windows-1252 remapping: rare in posts; let the caller fall back to the run's span.
                return false;
            }

            value = code is 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF) ? "\uFFFD" : char.ConvertFromUtf32((int)code);
            length = i - at;
            return true;
        }

        var nameStart = i;
        while (i < s.Length && i - nameStart < MaxEntityNameLength && char.IsAsciiLetterOrDigit(s[i]))
        {
            i++;
        }

        if (i == nameStart)
        {
            return false;
        }

        var resolver = HtmlEntityProvider.Resolver;
        if (i < s.Length && s[i] == ';')
        {
            var symbol = resolver.GetSymbol(string.Concat(s.AsSpan(nameStart, i - nameStart), ";"));
            if (!string.IsNullOrEmpty(symbol))
            {
                value = symbol;
                length = i + 1 - at;
                return true;
            }
        }

        // Legacy entities without ';' (&amp, &copy, &not): the longest known prefix.
        for (var end = i; end - nameStart >= 2; end--)
        {
            var symbol = resolver.GetSymbol(s[nameStart..end]);
            if (!string.IsNullOrEmpty(symbol))
            {
                value = symbol;
                length = end - at;
                return true;
            }
        }

        return false;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private bool IsMarkupStart(int at) =>
        at + 1 < _source.Length && (char.IsAsciiLetter(_source[at + 1]) || _source[at + 1] is '/' or '!' or '?');

    /// <summary>Skips a tag, end tag, comment or declaration starting at <paramref name="at"/>.</summary>
    private int SkipMarkup(int at)
    {
        var s = _source;
        if (s.AsSpan(at + 1).StartsWith("!--"))
        {
            var close = s.IndexOf("-->", at + 4, StringComparison.Ordinal);
            var end = close < 0 ? s.Length : close + 3;
            Charge(end - at);
            return end;
        }

        if (s[at + 1] is '!' or '?' || (s[at + 1] == '/' && (at + 2 >= s.Length || !char.IsAsciiLetter(s[at + 2]))))
        {
            var close = s.IndexOf('>', at + 1);
            var end = close < 0 ? s.Length : close + 1;
            Charge(end - at);
            return end;
        }

        return TagEnd(at);
    }

    private bool NameAt(int at, string name)
    {
        var s = _source;
        if (at + name.Length > s.Length || !s.AsSpan(at, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var after = at + name.Length;
        return after == s.Length || IsSpace(s[after]) || s[after] is '>' or '/';
    }

    private void Charge(long amount) => _budget -= Math.Max(amount, 1);

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
