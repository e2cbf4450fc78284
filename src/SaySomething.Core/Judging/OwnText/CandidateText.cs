using System.Text;
using SaySomething.Core.Documents;

namespace SaySomething.Core.Judging.OwnText;

/// <summary>
/// The text that may be the poster's own: what a reader sees once quotes, link cards, embeds, boilerplate, hidden
/// text and (by policy) code are taken out. Built by <see cref="CandidateTextBuilder"/>; every run of it maps back to
/// the post's source so a verdict can highlight the words that counted.
/// </summary>
internal sealed class CandidateText
{
    // The own text is at most about as long as the post: one buffer of that size, up to a cap, instead of growing.
    private const int MaxInitialCapacity = 16 * 1024;

    // The text is built in a builder the thread keeps between posts (null while one is in use): see Text.
    [ThreadStatic]
    private static StringBuilder? t_spare;

    private readonly List<CandidateRun> _runs = [];
    private StringBuilder? _text;
    private string? _done;

    public CandidateText(int sourceLength) => Reset(sourceLength);

    /// <summary>Starts over for a post of <paramref name="sourceLength"/> characters (an empty text, no runs).</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(_text))]
    public void Reset(int sourceLength)
    {
        Discard();
        _runs.Clear();
        _done = null;
        _text = t_spare ?? new StringBuilder(Math.Clamp(sourceLength + 16, 64, MaxInitialCapacity));
        t_spare = null;
        _text.Clear();
        _text.EnsureCapacity(Math.Min(sourceLength + 16, MaxInitialCapacity));
    }

    /// <summary>
    /// Gets the candidate text. The first read completes it: the builder goes back to the thread, and the text
    /// cannot change any more.
    /// </summary>
    public string Text
    {
        get
        {
            if (_done is null)
            {
                _done = Builder.ToString();
                Discard();
            }

            return _done;
        }
    }

    public int Length => _done?.Length ?? Builder.Length;

    /// <summary>Gives the builder back to the thread without reading the text (a post with nothing to judge).</summary>
    public void Discard()
    {
        _done ??= "";
        if (_text is { Capacity: <= MaxInitialCapacity })
        {
            t_spare = _text;
        }

        _text = null;
    }

    private StringBuilder Builder => _text ?? throw new InvalidOperationException("The candidate text is complete; it cannot change after it was read.");

    public IReadOnlyList<CandidateRun> Runs => _runs;

    /// <summary>Appends text read from the source; <paramref name="exact"/> when it equals the source at <paramref name="span"/>.</summary>
    public void Append(ReadOnlySpan<char> text, SourceSpan span, bool exact)
    {
        if (text.Length == 0)
        {
            return;
        }

        var builder = Builder;
        _runs.Add(new CandidateRun(builder.Length, text.Length, span, exact && span.Length == text.Length));
        builder.Append(text);
    }

    /// <summary>Ends a block: the next text starts a new line (and so a new sentence).</summary>
    public void BreakLine()
    {
        var builder = Builder;
        if (builder.Length > 0 && builder[^1] != '\n')
        {
            builder.Append('\n');
        }
    }

    /// <summary>Keeps words apart where something was taken out (a link, a mention).</summary>
    public void Space()
    {
        var builder = Builder;
        if (builder.Length > 0 && !char.IsWhiteSpace(builder[^1]))
        {
            builder.Append(' ');
        }
    }

    /// <summary>Replaces with spaces the candidate characters read exactly from <paramref name="span"/> of the source.</summary>
    public void Blank(SourceSpan span)
    {
        var builder = Builder;
        foreach (var run in _runs)
        {
            if (!run.Exact || run.Source.End <= span.Start || run.Source.Start >= span.End)
            {
                continue;
            }

            int from = Math.Max(span.Start, run.Source.Start) - run.Source.Start + run.Start;
            int to = Math.Min(span.End, run.Source.End) - run.Source.Start + run.Start;
            for (int i = from; i < to; i++)
            {
                builder[i] = ' ';
            }
        }
    }

    /// <summary>Maps a range of the candidate text to the source range it was read from.</summary>
    public SourceSpan ToSource(int start, int end)
    {
        int sourceStart = -1, sourceEnd = -1;

        // Runs are appended in text order: start at the first that ends after start, stop at the first past end.
        int low = 0, high = _runs.Count;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (_runs[middle].End <= start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (int i = low; i < _runs.Count && _runs[i].Start < end; i++)
        {
            var run = _runs[i];
            if (run.End <= start)
            {
                continue;
            }

            int from = Math.Max(start, run.Start), to = Math.Min(end, run.End);
            int s = run.Exact ? run.Source.Start + (from - run.Start) : run.Source.Start;
            int e = run.Exact ? run.Source.Start + (to - run.Start) : run.Source.End;
            sourceStart = sourceStart < 0 ? s : Math.Min(sourceStart, s);
            sourceEnd = Math.Max(sourceEnd, e);
        }

        return sourceStart < 0 ? SourceSpan.Empty : new SourceSpan(sourceStart, sourceEnd);
    }
}

/// <summary>A run of candidate text and where it came from.</summary>
/// <param name="Start">Offset in the candidate text.</param>
/// <param name="Length">Length in the candidate text.</param>
/// <param name="Source">The source range it was read from.</param>
/// <param name="Exact">Whether the run equals the source character for character (so offsets map one to one).</param>
internal readonly record struct CandidateRun(int Start, int Length, SourceSpan Source, bool Exact)
{
    public int End => Start + Length;
}
