using System.Buffers;

namespace SaySomething.Core.Parsing.BbCode;

/// <summary>
/// Splits BB code into text, tags and literal elements, left to right, in time linear in the input.
/// </summary>
/// <remarks>
/// <para>
/// A tag is <c>[NAME]</c>, <c>[NAME=option]</c>, <c>[NAME="option"]</c> or <c>[NAME='option']</c>, optionally
/// followed by attributes (<c>[URL unfurl="true"]</c>, <c>[ATTACH type="full" alt="m"]</c>), or a closing tag
/// <c>[/NAME]</c>. Names are those of <see cref="BbCodeTagTable"/>, in any case. Anything else that starts with
/// <c>[</c> is text: unknown names, an option a tag does not take or a missing one it needs, a line break or
/// <c>[</c> inside an unquoted option.
/// </para>
/// <para>
/// Literal tags (<c>CODE</c>, <c>ICODE</c>, <c>PHP</c>, <c>HTML</c>, <c>PLAIN</c>, <c>IMG</c>, <c>MEDIA</c>,
/// <c>ATTACH</c>, <c>USER</c>, and <c>URL</c>/<c>EMAIL</c> without an option) become one
/// <see cref="BbCodeTokenKind.Element"/> token up to the first matching closing tag; without one, or when the
/// content cannot be what the tag needs (an address with a space in it), the opening tag is text and reading goes on
/// right after it.
/// </para>
/// <para>
/// Linear time: every search that could run far ahead (the closing quote of a value, the closing tag of a
/// literal element, the next white space) is cached with the position it started from, so hostile inputs such as
/// 100,000 × <c>[url=</c> or <c>[code]</c> never rescan the same text.
/// </para>
/// </remarks>
internal sealed class BbCodeTokenizer
{
    private const int MaxAttributes = 16;

    private static readonly SearchValues<char> UnquotedOptionStops = SearchValues.Create("[]\n");
    private static readonly SearchValues<char> UnquotedValueStops = SearchValues.Create("[] \t\r\n");
    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(" \t\r\n\f\v");

    private readonly LiteralCache[] _literals = new LiteralCache[BbCodeTagTable.Count];
    private string _source = "";
    private SearchCache _doubleQuote;
    private SearchCache _singleQuote;
    private SearchCache _whiteSpace;
    private SearchCache _newline;
    private int _position;
    private BbCodeToken _pending;
    private bool _hasPending;
    private bool _literalsUsed = true;

    /// <summary>Creates a tokenizer over <paramref name="source"/>.</summary>
    public BbCodeTokenizer(string source)
    {
        Reset(source);
    }

    /// <summary>Starts over on <paramref name="source"/>, keeping the buffers (one tokenizer serves many posts).</summary>
    public void Reset(string source)
    {
        _source = source;
        _doubleQuote = _singleQuote = _whiteSpace = _newline = SearchCache.Empty;
        _position = 0;
        _pending = default;
        _hasPending = false;
        if (_literalsUsed)
        {
            _literals.AsSpan().Fill(new LiteralCache(SearchCache.Empty, -1, -1));
            _literalsUsed = false;
        }
    }

    /// <summary>Reads the next token; false at the end of the source.</summary>
    public bool Next(out BbCodeToken token)
    {
        if (_hasPending)
        {
            _hasPending = false;
            token = _pending;
            _position = token.End;
            return true;
        }

        var source = _source;
        var textStart = _position;
        if (textStart >= source.Length)
        {
            token = default;
            return false;
        }

        var search = textStart;
        while (true)
        {
            var relative = source.AsSpan(search).IndexOf('[');
            if (relative < 0)
            {
                token = Text(textStart, source.Length);
                _position = source.Length;
                return true;
            }

            var bracket = search + relative;
            if (TryReadTag(bracket, out var tag))
            {
                if (bracket > textStart)
                {
                    _pending = tag;
                    _hasPending = true;
                    token = Text(textStart, bracket);
                    _position = bracket;
                    return true;
                }

                token = tag;
                _position = tag.End;
                return true;
            }

            search = bracket + 1;
        }
    }

    /// <summary>Whether a closing tag of <paramref name="tag"/> follows <paramref name="from"/> anywhere in the source.</summary>
    public bool HasCloser(BbCodeTag tag, int from) => FindCloser(tag, from) >= 0;

    /// <summary>Reads every token of <paramref name="source"/> (for tests and tools).</summary>
    public static List<BbCodeToken> ReadAll(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var tokenizer = new BbCodeTokenizer(source);
        var tokens = new List<BbCodeToken>();
        while (tokenizer.Next(out var token))
        {
            tokens.Add(token);
        }

        return tokens;
    }

    private static BbCodeToken Text(int start, int end) =>
        new() { Kind = BbCodeTokenKind.Text, Start = start, End = end, OpenEnd = end, OptionStart = -1, OptionEnd = -1, AttributesStart = end, AttributesEnd = end, ContentStart = start, ContentEnd = end };

    private bool TryReadTag(int start, out BbCodeToken token)
    {
        token = default;
        var s = _source;
        var n = s.Length;
        var i = start + 1;
        var closing = i < n && s[i] == '/';
        if (closing)
        {
            i++;
        }

        var nameStart = i;
        while (i < n && i - nameStart <= BbCodeTagTable.MaxNameLength && (char.IsAsciiLetter(s[i]) || s[i] == '*'))
        {
            i++;
        }

        var nameLength = i - nameStart;
        if (nameLength == 0 || nameLength > BbCodeTagTable.MaxNameLength || i >= n
            || !BbCodeTagTable.TryFind(s.AsSpan(nameStart, nameLength), out var tag))
        {
            return false;
        }

        if (closing)
        {
            if (s[i] != ']')
            {
                return false;
            }

            token = new BbCodeToken
            {
                Kind = BbCodeTokenKind.Close, Tag = tag, Start = start, End = i + 1, OpenEnd = i + 1,
                OptionStart = -1, OptionEnd = -1, AttributesStart = i, AttributesEnd = i, ContentStart = i + 1, ContentEnd = i + 1,
            };
            return true;
        }

        int optionStart = -1, optionEnd = -1;
        if (s[i] == '=')
        {
            i++;
            if (i < n && s[i] is '"' or '\'')
            {
                if (!TryReadQuoted(i, out optionEnd))
                {
                    return false;
                }

                optionStart = i + 1;
                i = optionEnd + 1;
            }
            else
            {
                var stop = s.AsSpan(i).IndexOfAny(UnquotedOptionStops);
                if (stop < 0 || s[i + stop] != ']')
                {
                    return false;
                }

                optionStart = i;
                optionEnd = i + stop;
                i = optionEnd;
            }
        }

        var attributesStart = i;
        if (!TrySkipAttributes(ref i))
        {
            return false;
        }

        var attributesEnd = i;
        var openEnd = i + 1;
        var hasOption = optionStart >= 0;
        if ((tag.Option == BbCodeOption.Required && (!hasOption || optionEnd == optionStart)) || (tag.Option == BbCodeOption.None && hasOption))
        {
            return false;
        }

        if (!tag.IsLiteral(hasOption))
        {
            token = new BbCodeToken
            {
                Kind = BbCodeTokenKind.Open, Tag = tag, Start = start, End = openEnd, OpenEnd = openEnd,
                OptionStart = optionStart, OptionEnd = optionEnd, AttributesStart = attributesStart, AttributesEnd = attributesEnd,
                ContentStart = openEnd, ContentEnd = openEnd,
            };
            return true;
        }

        var closer = FindCloser(tag, openEnd);
        if (closer < 0 || !IsValidContent(tag, openEnd, closer))
        {
            return false;
        }

        token = new BbCodeToken
        {
            Kind = BbCodeTokenKind.Element, Tag = tag, Start = start, End = closer + tag.Name.Length + 3, OpenEnd = openEnd,
            OptionStart = optionStart, OptionEnd = optionEnd, AttributesStart = attributesStart, AttributesEnd = attributesEnd,
            ContentStart = openEnd, ContentEnd = closer,
        };
        return true;
    }

    /// <summary>Skips <c> name=value</c> pairs up to the tag's <c>]</c>; on success <paramref name="i"/> is at the <c>]</c>.</summary>
    private bool TrySkipAttributes(ref int i)
    {
        var s = _source;
        var n = s.Length;
        for (var count = 0; count <= MaxAttributes; count++)
        {
            var spaced = false;
            while (i < n && s[i] is ' ' or '\t')
            {
                i++;
                spaced = true;
            }

            if (i >= n)
            {
                return false;
            }

            if (s[i] == ']')
            {
                return true;
            }

            if (!spaced)
            {
                return false;
            }

            var nameStart = i;
            while (i < n && (char.IsAsciiLetterOrDigit(s[i]) || s[i] is '-' or '_'))
            {
                i++;
            }

            if (i == nameStart || i >= n || s[i] != '=')
            {
                return false;
            }

            i++;
            if (i < n && s[i] is '"' or '\'')
            {
                if (!TryReadQuoted(i, out var close))
                {
                    return false;
                }

                i = close + 1;
            }
            else
            {
                var stop = s.AsSpan(i).IndexOfAny(UnquotedValueStops);
                if (stop < 0 || s[i + stop] is '[' or '\n')
                {
                    return false;
                }

                i += stop;
            }
        }

        return false;
    }

    /// <summary>Finds the quote that closes the one at <paramref name="open"/>, on the same line.</summary>
    private bool TryReadQuoted(int open, out int close)
    {
        var quote = _source[open];
        close = quote == '"' ? Next(ref _doubleQuote, quote, open + 1) : Next(ref _singleQuote, quote, open + 1);
        return close < _source.Length && !_source.AsSpan(open + 1, close - open - 1).Contains('\n');
    }

    /// <summary>Finds the first <c>[/NAME]</c> of <paramref name="tag"/> at or after <paramref name="from"/>, or -1.</summary>
    private int FindCloser(BbCodeTag tag, int from)
    {
        _literalsUsed = true;
        ref var cache = ref _literals[(int)tag.Kind].Closer;
        if (from >= cache.From && from <= cache.At)
        {
            return cache.At < _source.Length ? cache.At : -1;
        }

        var s = _source;
        var name = tag.Name;
        var position = from;
        var found = s.Length;
        while (position < s.Length)
        {
            var relative = s.AsSpan(position).IndexOf("[/", StringComparison.Ordinal);
            if (relative < 0)
            {
                break;
            }

            var at = position + relative;
            var nameEnd = at + 2 + name.Length;
            if (nameEnd < s.Length && s[nameEnd] == ']' && s.AsSpan(at + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                found = at;
                break;
            }

            position = at + 2;
        }

        cache = new SearchCache(from, found);
        return found < s.Length ? found : -1;
    }

    /// <summary>Whether the literal content fits the tag: one address, key or id for links, embeds and attachments.</summary>
    private bool IsValidContent(BbCodeTag tag, int start, int end)
    {
        switch (tag.Kind)
        {
            case BbCodeTagKind.Url or BbCodeTagKind.Email or BbCodeTagKind.Image or BbCodeTagKind.Media or BbCodeTagKind.Attach:
                var trimmedStart = start;
                while (trimmedStart < end && WhiteSpace.Contains(_source[trimmedStart]))
                {
                    trimmedStart++;
                }

                if (trimmedStart == end)
                {
                    return false;
                }

                var trimmedEnd = TrimmedEnd(tag, end);
                return Next(ref _whiteSpace, WhiteSpace, trimmedStart) >= trimmedEnd;
            case BbCodeTagKind.User:
                return !_source.AsSpan(start, end - start).IsWhiteSpace() && Next(ref _newline, '\n', start) >= end;
            default:
                return true;
        }
    }

    /// <summary>The end of the content before a closer once trailing white space is dropped; cached per closer.</summary>
    private int TrimmedEnd(BbCodeTag tag, int closer)
    {
        ref var cached = ref _literals[(int)tag.Kind];
        if (cached.TrimmedCloser == closer)
        {
            return cached.TrimmedEnd;
        }

        var end = closer;
        while (end > 0 && WhiteSpace.Contains(_source[end - 1]))
        {
            end--;
        }

        cached.TrimmedCloser = closer;
        cached.TrimmedEnd = end;
        return end;
    }

    private int Next(ref SearchCache cache, char value, int from)
    {
        if (from >= cache.From && from <= cache.At)
        {
            return cache.At;
        }

        var relative = _source.AsSpan(from).IndexOf(value);
        cache = new SearchCache(from, relative < 0 ? _source.Length : from + relative);
        return cache.At;
    }

    private int Next(ref SearchCache cache, SearchValues<char> values, int from)
    {
        if (from >= cache.From && from <= cache.At)
        {
            return cache.At;
        }

        var relative = _source.AsSpan(from).IndexOfAny(values);
        cache = new SearchCache(from, relative < 0 ? _source.Length : from + relative);
        return cache.At;
    }

    /// <summary>Per literal tag: where its next closing tag is, and the content end before that closer once trimmed.</summary>
    private struct LiteralCache(SearchCache closer, int trimmedCloser, int trimmedEnd)
    {
        public SearchCache Closer = closer;
        public int TrimmedCloser = trimmedCloser;
        public int TrimmedEnd = trimmedEnd;
    }

    /// <summary>The result of a forward search: the first match at or after <see cref="From"/> is at <see cref="At"/> (the source's length when none).</summary>
    private readonly record struct SearchCache(int From, int At)
    {
        public static SearchCache Empty => new(int.MaxValue, -1);
    }
}
