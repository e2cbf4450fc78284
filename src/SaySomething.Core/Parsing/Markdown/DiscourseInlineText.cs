using SaySomething.Core.Documents;
using SaySomething.Core.Parsing.Text;

namespace SaySomething.Core.Parsing.Markdown;

/// <summary>
/// Text runs of a Discourse post: links and e-mail addresses (<see cref="TextRunLinker"/>), then in the text
/// between them <c>@username</c> mentions, <c>:emoji_name:</c> short names, and the markers of inline
/// <c>[spoiler]…[/spoiler]</c> tags (paired later by <see cref="WrapInlineSpoilers"/>). One pass per run, no regex.
/// </summary>
internal sealed class DiscourseInlineText
{
    private const string SpoilerOpen = "[spoiler]";
    private const string SpoilerClose = "[/spoiler]";

    private readonly string _source;
    private readonly List<DocumentNode> _scratch = [];
    // Made when a post has a [spoiler] marker, which few have.
    private HashSet<DocumentNode>? _openMarkers;
    private HashSet<DocumentNode>? _closeMarkers;

    public DiscourseInlineText(string source) => _source = source;

    /// <summary>Gets a value indicating whether any inline spoiler marker was made (so containers need the pairing pass).</summary>
    public bool HasMarkers => _openMarkers is { Count: > 0 };

    /// <summary>
    /// Appends <c>source[start..end]</c>, which a reader sees exactly as written. With <paramref name="plain"/>
    /// (inside a link's own text) it is one text node: no links, mentions or emoji nested in a link.
    /// </summary>
    public void AppendVerbatim(int start, int end, List<DocumentNode> into, bool plain)
    {
        if (end <= start)
        {
            return;
        }

        if (plain)
        {
            into.Add(TextNode.OfSource(_source, new SourceSpan(start, end)));
            return;
        }

        _scratch.Clear();
        TextRunLinker.AppendVerbatim(_source, start, end, _scratch);
        foreach (var node in _scratch)
        {
            if (node is TextNode text && NeedsSplit(text.Span))
            {
                Split(text.Span.Start, text.Span.End, into);
            }
            else
            {
                into.Add(node);
            }
        }
    }

    /// <summary>Appends decoded text (escapes, entities) read from <paramref name="span"/>.</summary>
    public void AppendDecoded(string text, SourceSpan span, List<DocumentNode> into, bool plain)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (plain)
        {
            into.Add(new TextNode { Span = span, Text = text });
            return;
        }

        TextRunLinker.AppendDecoded(_source, text, span, into);
    }

    private bool NeedsSplit(SourceSpan span)
    {
        var text = _source.AsSpan(span.Start, span.Length);
        return text.IndexOfAny('@', ':', '[') >= 0;
    }

    private void Split(int start, int end, List<DocumentNode> into)
    {
        var position = start;
        var i = start;
        while (i < end)
        {
            var c = _source[i];
            var tokenEnd = c switch
            {
                '@' => MentionEnd(i, end),
                ':' => EmojiEnd(i, end),
                '[' => SpoilerMarkerEnd(i, end),
                _ => -1,
            };
            if (tokenEnd < 0)
            {
                i++;
                continue;
            }

            if (i > position)
            {
                into.Add(TextNode.OfSource(_source, new SourceSpan(position, i)));
            }

            var span = new SourceSpan(i, tokenEnd);
            switch (c)
            {
                case '@':
                    into.Add(new MentionNode { Span = span, Name = _source[(i + 1)..tokenEnd] });
                    break;
                case ':':
                    into.Add(new EmojiNode { Span = span, Text = _source[i..tokenEnd] });
                    break;
                default:
                    var marker = new TextNode { Span = span, Text = _source[i..tokenEnd] };
                    _ = (tokenEnd - i == SpoilerOpen.Length
                        ? _openMarkers ??= new HashSet<DocumentNode>(ReferenceEqualityComparer.Instance)
                        : _closeMarkers ??= new HashSet<DocumentNode>(ReferenceEqualityComparer.Instance)).Add(marker);
                    into.Add(marker);
                    break;
            }

            position = i = tokenEnd;
        }

        if (end > position)
        {
            into.Add(TextNode.OfSource(_source, new SourceSpan(position, end)));
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>
    /// <c>@name</c>: not after a word character, '@' or '.', name of letters, digits, '_', '.', '-' starting with
    /// a letter, digit or '_' and not ending with '.' or '-' (Discourse's username characters).
    /// </summary>
    private int MentionEnd(int at, int end)
    {
        if (at > 0 && (IsWordChar(_source[at - 1]) || _source[at - 1] is '@' or '.' or '/' or '`'))
        {
            return -1;
        }

        var i = at + 1;
        if (i >= end || !IsWordChar(_source[i]))
        {
            return -1;
        }

        var last = i;
        while (i < end && i - at <= 60 && (IsWordChar(_source[i]) || _source[i] is '.' or '-'))
        {
            if (IsWordChar(_source[i]))
            {
                last = i;
            }

            i++;
        }

        return last + 1;
    }

    /// <summary>
    /// <c>:name:</c>: not after a letter, digit or ':', name of lower-case letters, digits, '_', '+', '-' holding a
    /// letter (or <c>+1</c>, <c>-1</c>), optionally followed by a skin tone <c>t2:</c>…<c>t6:</c>.
    /// </summary>
    private int EmojiEnd(int at, int end)
    {
        if (at > 0 && (char.IsLetterOrDigit(_source[at - 1]) || _source[at - 1] == ':'))
        {
            return -1;
        }

        var i = at + 1;
        var letter = false;
        while (i < end && i - at <= 50 && _source[i] is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '+' or '-')
        {
            letter |= _source[i] is >= 'a' and <= 'z';
            i++;
        }

        var length = i - at - 1;
        if (i >= end || _source[i] != ':' || length == 0)
        {
            return -1;
        }

        if (!letter && !_source.AsSpan(at + 1, length).SequenceEqual("+1") && !_source.AsSpan(at + 1, length).SequenceEqual("-1"))
        {
            return -1;
        }

        i++;
        if (i + 2 < end && _source[i] == 't' && _source[i + 1] is >= '2' and <= '6' && _source[i + 2] == ':')
        {
            i += 3;
        }

        return i;
    }

    private int SpoilerMarkerEnd(int at, int end)
    {
        var rest = _source.AsSpan(at, end - at);
        if (rest.StartsWith(SpoilerOpen, StringComparison.OrdinalIgnoreCase))
        {
            return at + SpoilerOpen.Length;
        }

        return rest.StartsWith(SpoilerClose, StringComparison.OrdinalIgnoreCase) ? at + SpoilerClose.Length : -1;
    }

    /// <summary>
    /// Pairs inline spoiler markers among the direct children of one container: an opening marker and the next
    /// closing one wrap the nodes between them in an inline <see cref="SpoilerNode"/>. Unpaired markers stay text.
    /// </summary>
    public List<DocumentNode> WrapInlineSpoilers(List<DocumentNode> children)
    {
        var open = -1;
        List<DocumentNode>? result = null;
        var copied = 0;
        for (var i = 0; i < children.Count; i++)
        {
            var node = children[i];
            if (_openMarkers?.Contains(node) == true)
            {
                if (open < 0)
                {
                    open = i;
                }
            }
            else if (open >= 0 && _closeMarkers?.Contains(node) == true)
            {
                result ??= new List<DocumentNode>(children.Count);
                for (var k = copied; k < open; k++)
                {
                    result.Add(children[k]);
                }

                result.Add(new SpoilerNode
                {
                    IsInline = true,
                    Span = new SourceSpan(children[open].Span.Start, node.Span.End),
                    Content = children.GetRange(open + 1, i - open - 1),
                });
                copied = i + 1;
                open = -1;
            }
        }

        if (result is null)
        {
            return children;
        }

        for (var k = copied; k < children.Count; k++)
        {
            result.Add(children[k]);
        }

        return result;
    }
}
