using System.Text;
using SaySomething.Core.Documents;

namespace SaySomething.Core.Judging.OwnText;

/// <summary>
/// Walks a post's document and separates what may be the poster's own words (<see cref="CandidateText"/>) from what
/// certainly is not: quotes of others, link cards, embeds, anchor text, boilerplate, hidden text and code. The
/// latter become context sources (text the poster may have copied) and marked spans.
/// </summary>
internal sealed class CandidateTextBuilder
{
    // Posts with more parts than this do not leave their lists with the thread.
    private const int MaxKeptItems = 1024;

    // The builder the judge reuses on this thread (null while it is lent out).
    [ThreadStatic]
    private static CandidateTextBuilder? t_spare;

    private bool _codeCounts;
    private StringBuilder? _scratch;

    private CandidateTextBuilder(bool codeCounts, int sourceLength)
    {
        _codeCounts = codeCounts;
        Candidate = new CandidateText(sourceLength);
    }

    public CandidateText Candidate { get; }

    public List<ContextSource> Sources { get; } = [];

    public List<PostLink> Links { get; } = [];

    public List<MarkedSpan> Marks { get; } = [];

    /// <summary>Gets the number of quotes with text in them.</summary>
    public int QuoteCount { get; private set; }

    /// <summary>Gets a value indicating whether the post carries page furniture, so its text was copied from a web page.</summary>
    public bool HasPageChrome { get; private set; }

    /// <summary>Gets the candidate-text offset where the first quote ended, or <see cref="int.MaxValue"/> without a quote.</summary>
    public int FirstReplyOffset { get; private set; } = int.MaxValue;

    /// <summary>Gets the number of link cards.</summary>
    public int CardCount { get; private set; }

    public static CandidateTextBuilder Build(PostDocument document, bool codeCounts)
    {
        var builder = new CandidateTextBuilder(codeCounts, document.Source.Length);
        builder.Walk(document, hidden: false);
        return builder;
    }

    /// <summary>
    /// <see cref="Build"/> into the builder this thread keeps, so its lists serve post after post. The caller must be
    /// done with it, and must have copied what it keeps of its lists, before it calls <see cref="Release"/>; until
    /// then a second call on the thread gets a builder of its own.
    /// </summary>
    public static CandidateTextBuilder BuildReusing(PostDocument document, bool codeCounts)
    {
        var builder = t_spare;
        t_spare = null;
        if (builder is null)
        {
            builder = new CandidateTextBuilder(codeCounts, document.Source.Length);
        }
        else
        {
            builder.Reset(codeCounts, document.Source.Length);
        }

        builder.Walk(document, hidden: false);
        return builder;
    }

    /// <summary>Gives a builder from <see cref="BuildReusing"/> back to the thread (one that grew large is dropped).</summary>
    public void Release()
    {
        Candidate.Discard();
        if (Sources.Count + Links.Count + Marks.Count + Candidate.Runs.Count <= MaxKeptItems)
        {
            t_spare = this;
        }
    }

    private void Reset(bool codeCounts, int sourceLength)
    {
        _codeCounts = codeCounts;
        Candidate.Reset(sourceLength);
        Sources.Clear();
        Links.Clear();
        Marks.Clear();
        QuoteCount = 0;
        HasPageChrome = false;
        FirstReplyOffset = int.MaxValue;
        CardCount = 0;
    }

    /// <summary>Adds an embed found outside the document tree (see <see cref="MediaTagScanner"/>); its text leaves the candidate.</summary>
    public void AddEmbed(PostLink link)
    {
        Links.Add(link);
        Mark(link.Span, SpanRole.Link);
        Candidate.Blank(link.Span);
    }

    // Walk never enters a quote: VisitQuote takes the quote whole (its text as context, its links as not governed).
    private void Walk(DocumentNode node, bool hidden)
    {
        hidden |= node.Hidden;
        switch (node)
        {
            case QuoteNode quote:
                VisitQuote(quote, hidden);
                return;
            case LinkCardNode card:
                VisitCard(card, hidden);
                return;
            case LinkNode link:
                VisitLink(link, hidden);
                return;
            case BoilerplateNode boilerplate:
                Mark(boilerplate.Span, SpanRole.Boilerplate);
                HasPageChrome |= boilerplate.Boilerplate == BoilerplateKind.PageChrome;
                Candidate.BreakLine();
                return;
            case CodeBlockNode code:
                VisitCode(code.Text, code.Span, hidden, block: true);
                return;
            case InlineCodeNode code:
                VisitCode(code.Text, code.Span, hidden, block: false);
                return;
            case TextNode text:
                if (hidden)
                {
                    Mark(text.Span, SpanRole.Hidden);
                }
                else
                {
                    Candidate.Append(text.Content, text.Span, exact: true);
                }

                return;
            case LineBreakNode:
                if (!hidden)
                {
                    Candidate.BreakLine();
                }

                return;
            case MentionNode:
                if (!hidden)
                {
                    Candidate.Space();
                }

                return;
            case EmojiNode emoji:
                if (!hidden)
                {
                    // A short name (":smile:") reads as one emoji, not as the word "smile".
                    Candidate.Space();
                    Candidate.Append(IsShortName(emoji.Text) ? "🙂" : emoji.Text, emoji.Span, exact: !IsShortName(emoji.Text));
                    Candidate.Space();
                }

                return;
            case AttachmentNode:
                Candidate.Space();
                return;
        }

        bool block = IsBlock(node.Kind);
        if (block)
        {
            Candidate.BreakLine();
        }

        if (hidden && node.Children.Count > 0)
        {
            Mark(node.Span, SpanRole.Hidden);
        }

        var children = node.Children;
        for (int i = 0; i < children.Count; i++)
        {
            Walk(children[i], hidden);
        }

        if (block)
        {
            Candidate.BreakLine();
        }
    }

    private void VisitQuote(QuoteNode quote, bool hidden)
    {
        var scratch = _scratch ??= new StringBuilder();
        scratch.Clear();
        AppendPlainText(quote, scratch);
        string text = scratch.ToString().Trim();
        if (text.Length > 0)
        {
            Sources.Add(new ContextSource(ContextKind.Quote, text));
            QuoteCount++;
            FirstReplyOffset = Math.Min(FirstReplyOffset, Candidate.Length);
        }

        Mark(quote.Span, hidden ? SpanRole.Hidden : SpanRole.Quote);

        // Links inside a quote are the quoted member's, recorded only so that they are listed as not governed.
        var children = quote.Children;
        for (int i = 0; i < children.Count; i++)
        {
            CollectLinks(children[i], hidden);
        }

        Candidate.BreakLine();
    }

    private void CollectLinks(DocumentNode node, bool hidden)
    {
        hidden |= node.Hidden;
        if (node is LinkNode link)
        {
            Links.Add(new PostLink(link.Url, link.Origin, link.MediaSite, null, link.Span, InQuote: true, hidden));
            return;
        }

        if (node is LinkCardNode card)
        {
            Links.Add(new PostLink(card.Url, LinkOrigin.LinkCard, null, card.Site, card.Span, InQuote: true, hidden));
            return;
        }

        var children = node.Children;
        for (int i = 0; i < children.Count; i++)
        {
            CollectLinks(children[i], hidden);
        }
    }

    private void VisitCard(LinkCardNode card, bool hidden)
    {
        CardCount++;
        if (!string.IsNullOrWhiteSpace(card.Title))
        {
            Sources.Add(new ContextSource(ContextKind.CardTitle, card.Title));
        }

        if (!string.IsNullOrWhiteSpace(card.Description))
        {
            Sources.Add(new ContextSource(ContextKind.CardDescription, card.Description));
        }

        Links.Add(new PostLink(card.Url, LinkOrigin.LinkCard, null, card.Site, card.Span, InQuote: false, hidden));
        Mark(card.Span, SpanRole.Link);

        // Links inside the card (its title links to the same page) are the card's, not the poster's.
        Candidate.BreakLine();
    }

    private void VisitLink(LinkNode link, bool hidden)
    {
        Links.Add(new PostLink(link.Url, link.Origin, link.MediaSite, null, link.Span, InQuote: false, hidden));
        Mark(link.Span, hidden ? SpanRole.Hidden : SpanRole.Link);

        if (link.Children.Count > 0 && link.Origin == LinkOrigin.TitledLink)
        {
            var scratch = _scratch ??= new StringBuilder();
            scratch.Clear();
            AppendPlainText(link, scratch);
            string text = scratch.ToString().Trim();
            if (text.Length > 0 && !LooksLikeAddress(text, link.Url))
            {
                // The anchor text of a titled link is the item's title as far as we know: context, not comment.
                Sources.Add(new ContextSource(ContextKind.LinkText, text));
            }
        }

        Candidate.Space();
    }

    private void VisitCode(string text, SourceSpan span, bool hidden, bool block)
    {
        if (hidden)
        {
            Mark(span, SpanRole.Hidden);
            return;
        }

        if (!_codeCounts)
        {
            Mark(span, SpanRole.Code);
            if (text.Trim().Length > 0)
            {
                // Code is not comment, but a title put in a code block is still the title.
                Sources.Add(new ContextSource(ContextKind.LinkText, text.Trim()));
            }

            Candidate.Space();
            return;
        }

        if (block)
        {
            Candidate.BreakLine();
        }

        Candidate.Append(text, span, exact: false);
        if (block)
        {
            Candidate.BreakLine();
        }
    }

    private void Mark(SourceSpan span, SpanRole role)
    {
        if (!span.IsEmpty)
        {
            Marks.Add(new MarkedSpan(span.Start, span.End, role));
        }
    }

    private static void AppendPlainText(DocumentNode node, StringBuilder into)
    {
        switch (node)
        {
            case TextNode text:
                into.Append(text.Content);
                return;
            case CodeBlockNode code:
                into.Append(code.Text).Append('\n');
                return;
            case InlineCodeNode code:
                into.Append(code.Text);
                return;
            case LineBreakNode:
                into.Append('\n');
                return;
            case BoilerplateNode:
                return;
            case LinkCardNode card:
                into.Append(card.Title).Append('\n').Append(card.Description).Append('\n');
                return;
        }

        var children = node.Children;
        for (int i = 0; i < children.Count; i++)
        {
            AppendPlainText(children[i], into);
        }

        if (IsBlock(node.Kind))
        {
            into.Append('\n');
        }
    }

    private static bool IsBlock(NodeKind kind) => kind is NodeKind.Paragraph or NodeKind.Heading or NodeKind.Quote
        or NodeKind.CodeBlock or NodeKind.Spoiler or NodeKind.List or NodeKind.ListItem or NodeKind.Table
        or NodeKind.TableRow or NodeKind.TableCell or NodeKind.LinkCard or NodeKind.Document;

    private static bool IsShortName(string emoji) => emoji.Length > 2 && emoji[0] == ':' && emoji[^1] == ':';

    /// <summary>Whether anchor text is only the address (with or without its scheme or <c>www.</c>).</summary>
    private static bool LooksLikeAddress(string text, string? url)
    {
        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
            text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
            text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (url is null)
        {
            return false;
        }

        string bare = url;
        int scheme = bare.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            bare = bare[(scheme + 3)..];
        }

        return bare.StartsWith(text.TrimEnd('/', '…', '.'), StringComparison.OrdinalIgnoreCase);
    }
}
