using System.Globalization;
using Markdig;
using Markdig.Extensions.EmphasisExtras;
using SaySomething.Core.Documents;
using SaySomething.Core.Parsing.PlainText;

namespace SaySomething.Core.Parsing.Markdown;

/// <summary>
/// Reads Markdown as Discourse stores it in a post's <c>raw</c>: CommonMark with pipe tables, strike-through and
/// autolinked addresses, plus Discourse's own <c>[quote="alice, post:3, topic:1234"]</c>, <c>[details="…"]</c> and
/// <c>[spoiler]</c> blocks, <c>@mentions</c>, <c>:emoji:</c>, <c>upload://</c> files and oneboxes (an address alone
/// on its line at the top of the post). Markdig parses; this reader maps its tree to the document model and
/// keeps Markdig bounded (see <c>Parsing/Markdown/README.md</c>): its refusals, its failures and parses over
/// <see cref="ReaderLimits.ParseBudget"/> give the post read as plain text with a note.
/// </summary>
public sealed class MarkdownReader : IPostReader
{
    /// <summary>
    /// Posts up to this length are parsed on the caller's thread: the slowest known input of this size (the
    /// emphasis and bracket cases of cmark's pathological list) takes about 15 ms, far under the budget, and
    /// starting a worker would cost more than the parse. Longer posts are parsed on a worker that the caller
    /// waits for at most the budget.
    /// </summary>
    public const int DefaultInlineParseLength = 2 * 1024;

    // Built once; Markdig pipelines are immutable after Build and safe to share between threads.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .Build();

    // A representative post read once, on a worker too, before the first real one: Markdig's and our first-call
    // compilation can take a few hundred milliseconds on a busy machine, which must not count against a budget.
    private const string WarmUpPost =
        "[quote=\"a, post:1, topic:2\"]\nq **b** [l](https://x.com/a/status/1)\n[/quote]\n\nOwn *words* :smile: @bob\n\n"
        + "https://youtu.be/aBcD3fGh1jK\n\n> quoted\n\n| a | b |\n|-|-|\n| c |\n\n```\ncode\n```\n\n- item\n";

    private static readonly Lazy<bool> WarmedUp = new(() =>
    {
        var generous = ReaderLimits.Default with { ParseBudget = TimeSpan.FromMinutes(1) };
        _ = ReadCore(WarmUpPost, generous);
        _ = ParseWorkers.Shared.TryRun(() => ReadCore(WarmUpPost, generous), generous.ParseBudget, out _);
        return true;
    });

    private readonly int _inlineParseLength;

    /// <summary>Creates a reader that parses posts up to <see cref="DefaultInlineParseLength"/> on the caller's thread.</summary>
    public MarkdownReader()
        : this(DefaultInlineParseLength)
    {
    }

    /// <summary>Creates a reader; posts longer than <paramref name="inlineParseLength"/> are parsed under the watchdog (0: all).</summary>
    public MarkdownReader(int inlineParseLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(inlineParseLength);
        _inlineParseLength = inlineParseLength;
    }

    /// <inheritdoc/>
    public MarkupFormat Format => MarkupFormat.Markdown;

    /// <inheritdoc/>
    public PostDocument Read(string source, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(limits);
        _ = WarmedUp.Value;
        if (source.Length <= _inlineParseLength)
        {
            return ReadCore(source, limits);
        }

        // Markdig takes no cancellation token: parse on a dedicated worker and stop waiting when the budget is spent.
        // An abandoned parse runs on to its end (bounded by the markup cap: under half a second of CPU for the slowest
        // known 32 KiB input) and its result is dropped; a job abandoned before a worker took it is skipped. Under a
        // flood of slow posts, parses that wait too long for a worker time out into the plain-text reading: a safe
        // outcome, never a violation. ReadCore catches what Markdig throws, so nothing escapes a worker.
        return ParseWorkers.Shared.TryRun(() => ReadCore(source, limits), limits.ParseBudget, out var document) && document is not null
            ? document
            : AsPlainText(source, string.Create(CultureInfo.InvariantCulture, $"Reading the Markdown took longer than the {limits.ParseBudget.TotalMilliseconds:0} ms budget, so the post was read as plain text."));
    }

    private static PostDocument ReadCore(string source, ReaderLimits limits)
    {
        List<DocumentNode> content;
        try
        {
            content = ReadBlocks(source, limits);
        }
        catch (ArgumentException e)
        {
            // Markdig's refusal of deep nesting ("too deeply nested - depth limit exceeded"), even on small inputs.
            return AsPlainText(source, $"Markdig refused the Markdown ({e.GetType().Name}: {FirstSentence(e.Message)}), so the post was read as plain text.");
        }
        catch (Exception e) when (e is InvalidOperationException or IndexOutOfRangeException or NullReferenceException or InsufficientExecutionStackException or FormatException or NotSupportedException)
        {
            // Parser bugs found by fuzzing (Markdig #275-#277, #303): the post must still be read.
            return AsPlainText(source, $"Markdig failed on the Markdown ({e.GetType().Name}), so the post was read as plain text.");
        }

        var count = CountNodes(content, limits.MaxNodes);
        if (count > limits.MaxNodes)
        {
            return AsPlainText(source, string.Create(CultureInfo.InvariantCulture, $"The Markdown makes more than {limits.MaxNodes:N0} nodes, so the post was read as plain text."));
        }

        return new PostDocument { Source = source, Format = MarkupFormat.Markdown, Span = new SourceSpan(0, source.Length), Content = content };
    }

    /// <summary>
    /// Splits the post at Discourse's block tags and parses the Markdown between them, each segment on its own,
    /// into the block the tags make. Quotes, details and spoilers nested past the depth limit keep their content
    /// in the block at the limit.
    /// </summary>
    private static List<DocumentNode> ReadBlocks(string source, ReaderLimits limits)
    {
        var tags = DiscourseBlockScanner.Scan(source);
        var mapper = new MarkdigMapper(source, limits.MaxDepth);
        var root = new Region(default, [], 0, Flattened: false);
        var regions = new Stack<Region>();
        regions.Push(root);
        var position = 0;
        foreach (var tag in tags)
        {
            var current = regions.Peek();
            ParseSegment(source, position, tag.Start, current, mapper, topLevel: regions.Count == 1);
            if (!tag.IsClose)
            {
                var flattened = current.Depth >= limits.MaxDepth;
                regions.Push(new Region(tag, flattened ? current.Content : [], flattened ? current.Depth : current.Depth + 1, flattened));
            }
            else
            {
                var region = regions.Pop();
                if (!region.Flattened)
                {
                    regions.Peek().Content.Add(region.Build(tag.End));
                }
            }

            position = tag.End;
        }

        ParseSegment(source, position, source.Length, root, mapper, topLevel: true);
        return root.Content;
    }

    private static void ParseSegment(string source, int start, int end, Region region, MarkdigMapper mapper, bool topLevel)
    {
        if (end <= start || source.AsSpan(start, end - start).IsWhiteSpace())
        {
            return;
        }

        var text = start == 0 && end == source.Length ? source : source[start..end];
        var document = Markdig.Markdown.Parse(text, Pipeline);
        mapper.Map(document, start, end, region.Content, region.Depth, topLevel);
    }

    private static int CountNodes(List<DocumentNode> content, int max)
    {
        var count = 0;
        var stack = new Stack<DocumentNode>(content);
        while (stack.Count > 0 && count <= max)
        {
            count++;
            var children = stack.Pop().Children;
            for (var i = 0; i < children.Count; i++)
            {
                stack.Push(children[i]);
            }
        }

        return count;
    }

    private static string FirstSentence(string message)
    {
        var dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot < 0 ? message.TrimEnd('.') : message[..dot];
    }

    private static PostDocument AsPlainText(string source, string note) => new()
    {
        Source = source,
        Format = MarkupFormat.Markdown,
        Outcome = ReadOutcome.ReadAsPlainText,
        Note = note,
        Span = new SourceSpan(0, source.Length),
        Content = PlainTextReader.ReadParagraphs(source, 0, source.Length),
    };

    /// <summary>A Discourse block being read: the tag that opened it and the nodes read inside it so far.</summary>
    private sealed record Region(BlockTag Open, List<DocumentNode> Content, int Depth, bool Flattened)
    {
        public DocumentNode Build(int end)
        {
            var span = new SourceSpan(Open.Start, end);
            return Open.Kind switch
            {
                BlockTagKind.Quote => new QuoteNode { Span = span, Attribution = Open.Attribution, Content = Content },
                BlockTagKind.Details => new SpoilerNode { Span = span, Title = Open.Title, Content = Content },
                _ => new SpoilerNode { Span = span, Title = Open.Title, Content = Content },
            };
        }
    }
}
