using System.Diagnostics;
using System.Text;
using AngleSharp.Dom;
using SaySomething.Core.Documents;
using SaySomething.Core.Parsing.Text;
using SaySomething.Core.Providers;

namespace SaySomething.Core.Parsing.Html;

/// <summary>
/// Walks a parsed HTML tree (AngleSharp DOM) into document nodes, with an explicit stack and a depth limit: one
/// instance per read. Platform markup (XenForo post HTML, Discourse <c>cooked</c>) is recognised by element, class
/// and attribute; everything else maps to generic nodes or is read through as transparent.
/// </summary>
internal sealed partial class HtmlTreeBuilder
{
    /// <summary>The first sentence of XenForo's third-party cookie consent placeholder.</summary>
    public const string ConsentSentence = "To view this content we will need your consent to set third party cookies.";

    private const int MaxGatherNodes = 4096;
    private const int MaxGatherChars = 8192;
    private const int MaxSearchNodes = 512;

    private readonly string _source;
    private readonly HtmlSourceMap _map;
    private readonly ReaderLimits _limits;
    private readonly long _deadline;
    private readonly List<Frame> _frames = [];
    private readonly Stack<Work> _work = new();
    private readonly Stack<INode> _scratch = new();
    private readonly StringBuilder _text = new();
    private int _cursor;
    private int _nodes;
    private int _linkDepth;

    public HtmlTreeBuilder(string source, ReaderLimits limits, long deadline)
    {
        _source = source;
        _map = new HtmlSourceMap(source);
        _limits = limits;
        _deadline = deadline;
    }

    /// <summary>Gets a value indicating whether the document has more nodes than <see cref="ReaderLimits.MaxNodes"/>.</summary>
    public bool Overflowed { get; private set; }

    /// <summary>Gets a value indicating whether the walk ran past the parse budget.</summary>
    public bool OutOfTime { get; private set; }

    private enum Op : byte
    {
        Enter,
        Drop,
        Close,
        Boundary,
    }

    private enum FrameType : byte
    {
        Root,
        Paragraph,
        Heading,
        Quote,
        Spoiler,
        List,
        ListItem,
        Table,
        Row,
        Cell,
        Styled,
        Link,
    }

    /// <summary>Builds the document's content; empty when <see cref="Overflowed"/> or <see cref="OutOfTime"/>.</summary>
    public List<DocumentNode> Build(IDocument document)
    {
        var root = new Frame(FrameType.Root, block: true);
        _frames.Add(root);
        if (document.DocumentElement is { } html)
        {
            _work.Push(new Work(html, Op.Enter, hidden: false, frame: null));
        }

        var steps = 0;
        while (_work.Count > 0)
        {
            if (Overflowed)
            {
                return [];
            }

            if ((++steps & 1023) == 0 && Stopwatch.GetTimestamp() > _deadline)
            {
                OutOfTime = true;
                return [];
            }

            var work = _work.Pop();
            switch (work.Op)
            {
                case Op.Enter:
                    Enter(work.Node!, work.Hidden);
                    break;
                case Op.Drop:
                    DropNode(work.Node!);
                    break;
                case Op.Close:
                    CloseUntil(work.Frame!);
                    break;
                default:
                    EnsureBlock();
                    break;
            }
        }

        while (_frames.Count > 1)
        {
            CloseTop();
        }

        return Overflowed ? [] : root.Children;
    }

    private void Enter(INode node, bool hidden)
    {
        if (node is IText text)
        {
            Text(text.Data, hidden);
        }
        else if (node is IElement element)
        {
            Element(element, hidden);
        }
    }

    // ---- text ----------------------------------------------------------------------------------------------

    private void Text(string data, bool hidden)
    {
        if (data.Length == 0)
        {
            return;
        }

        var top = _frames[^1];
        var atStart = top.Block || (top.Type is FrameType.Paragraph or FrameType.Heading && (top.Children.Count == 0 || top.Children[^1] is LineBreakNode));
        if (atStart && string.IsNullOrWhiteSpace(data))
        {
            return;
        }

        var consent = data.AsSpan().TrimStart().StartsWith(ConsentSentence, StringComparison.Ordinal);
        var into = consent && atStart ? null : EnsureInline(hidden);
        int start;
        int end;
        bool verbatim;
        if (_map.TryLocateText(data, _cursor, out start, out end, out verbatim))
        {
            _cursor = end;
        }
        else
        {
            start = end = _cursor;
            verbatim = false;
        }

        if (atStart)
        {
            var leading = 0;
            while (leading < data.Length && char.IsWhiteSpace(data[leading]))
            {
                leading++;
            }

            if (leading > 0)
            {
                data = data[leading..];
                start += verbatim ? leading : 0;
            }
        }

        if (consent)
        {
            // The placeholder of a copied page (the form and its ids are gone): interface text, not the poster's.
            var placeholder = new BoilerplateNode { Boilerplate = BoilerplateKind.ConsentPlaceholder, Text = Normalize(data), Span = new SourceSpan(start, end), Hidden = hidden };
            if (into is null)
            {
                AddBlock(placeholder);
            }
            else
            {
                Add(into.Children, placeholder);
            }

            return;
        }

        into ??= EnsureInline(hidden);

        var before = into.Children.Count;
        if (_linkDepth > 0)
        {
            into.Children.Add(new TextNode { Text = data, Span = new SourceSpan(start, end), Hidden = hidden });
        }
        else if (verbatim)
        {
            TextRunLinker.AppendVerbatim(_source, start, end, into.Children, hidden);
        }
        else
        {
            TextRunLinker.AppendDecoded(_source, data, new SourceSpan(start, end), into.Children, hidden);
        }

        Count(into.Children.Count - before);
    }

    // ---- elements ------------------------------------------------------------------------------------------

    private void Element(IElement element, bool hidden)
    {
        var name = element.LocalName;
        var tag = OpenTag(element, name);
        var hiddenHere = hidden || element.HasAttribute("hidden") || HtmlStyle.IsHidden(element.GetAttribute("style"));
        if (IsDropped(name))
        {
            Drop(element, tag);
            return;
        }

        var classes = element.ClassName;
        if (!string.IsNullOrEmpty(classes) && ByClass(element, tag, classes, hidden, hiddenHere))
        {
            return;
        }

        if (element.HasAttribute("data-xf-init") && element.GetAttribute("data-xf-init")!.Contains("cookie-consent", StringComparison.Ordinal))
        {
            XenForoMedia(element, tag, hiddenHere);
            return;
        }

        ByTag(element, tag, hidden, hiddenHere);
    }

    private static bool IsDropped(string name) => name switch
    {
        "script" or "style" or "template" or "noscript" or "head" or "title" or "meta" or "link" or "base" or "button"
            or "select" or "input" or "textarea" or "svg" or "math" or "object" or "embed" or "canvas" or "map"
            or "area" or "summary" or "datalist" or "option" or "dialog" or "param" => true,
        _ => false,
    };

    private bool ByClass(IElement element, Tag tag, string classes, bool hidden, bool hiddenHere)
    {
        var name = tag.Name;
        if (HasClass(classes, "bbCodeBlock--quote"))
        {
            var attribution = XenForoAttribution(element);
            OpenBlock(new Frame(FrameType.Quote, block: true) { Attribution = attribution }, element, tag, hidden, hiddenHere);
        }
        else if (HasClass(classes, "bbCodeBlock-title") && element.ParentElement is { } parent && HasClass(parent.ClassName, "bbCodeBlock--quote"))
        {
            AddBlock(Boilerplate(element, tag, BoilerplateKind.QuoteHeader, hiddenHere));
        }
        else if (HasClass(classes, "bbCodeBlock-expandLink"))
        {
            AddBlock(Boilerplate(element, tag, BoilerplateKind.ClickToExpand, hiddenHere));
        }
        else if (HasClass(classes, "bbCodeBlock--unfurl"))
        {
            XenForoUnfurl(element, tag, hiddenHere);
        }
        else if ((HasClass(classes, "bbMediaWrapper") || HasClass(classes, "bbMediaJustifier")) && element.HasAttribute("data-media-site-id"))
        {
            XenForoMedia(element, tag, hiddenHere);
        }
        else if (HasClass(classes, "bbCodeBlock--code") || HasClass(classes, "bbCodeCode"))
        {
            var pre = name == "pre" ? element : FindDescendant(element, "pre", null) ?? element;
            AddBlock(new CodeBlockNode { Text = Gather(pre, normalize: false), Language = CodeLanguage(pre), Span = LeafSpan(element, tag), Hidden = hiddenHere });
        }
        else if (HasClass(classes, "bbCodeBlock--spoiler") && _frames[^1].Type == FrameType.Spoiler)
        {
            // XenForo nests the content block inside the spoiler's own wrapper: one spoiler, not two.
            Transparent(element, tag, hidden, hiddenHere, blockLevel: true);
        }
        else if (HasClass(classes, "bbCodeSpoiler") || HasClass(classes, "bbCodeBlock--spoiler"))
        {
            var title = FindDescendant(element, null, "bbCodeSpoiler-button-title") is { } t ? NullIfEmpty(Gather(t, normalize: true)) : null;
            OpenBlock(new Frame(FrameType.Spoiler, block: true) { Title = title }, element, tag, hidden, hiddenHere);
        }
        else if (HasClass(classes, "bbCodeInlineSpoiler"))
        {
            OpenInline(new Frame(FrameType.Spoiler, block: false) { Inline = true }, element, tag, hidden, hiddenHere);
        }
        else if (HasClass(classes, "attachment") && name is "li" or "div" or "a" or "span")
        {
            Attachment(element, tag, hiddenHere);
        }
        else if (HasClass(classes, "js-lbImage") || (name == "a" && HasClass(classes, "lightbox")))
        {
            LightboxImage(element, tag, hiddenHere);
        }
        else if ((HasClass(classes, "username") && (name == "a" || element.HasAttribute("data-user-id")))
            || (name == "a" && (HasClass(classes, "mention") || HasClass(classes, "mention-group"))))
        {
            Mention(element, tag, hiddenHere);
        }
        else if (name == "aside" && HasClass(classes, "onebox"))
        {
            Onebox(element, tag, hiddenHere);
        }
        else if (HasClass(classes, "lazy-video-container") || HasClass(classes, "lazyYT"))
        {
            LazyVideo(element, tag, hiddenHere);
        }
        else if (name == "aside" && HasClass(classes, "quote"))
        {
            var attribution = new QuoteAttribution(
                NullIfEmpty(element.GetAttribute("data-username")),
                NullIfEmpty(element.GetAttribute("data-post")),
                TopicId: NullIfEmpty(element.GetAttribute("data-topic")));
            OpenBlock(new Frame(FrameType.Quote, block: true) { Attribution = attribution.Author is null && attribution.PostId is null && attribution.TopicId is null ? null : attribution }, element, tag, hidden, hiddenHere);
        }
        else if (HasClass(classes, "title") && element.ParentElement is { LocalName: "aside" } aside && HasClass(aside.ClassName, "quote"))
        {
            AddBlock(Boilerplate(element, tag, BoilerplateKind.QuoteHeader, hiddenHere));
        }
        else if (HasClass(classes, "spoiler") || HasClass(classes, "spoiled"))
        {
            if (name == "span")
            {
                OpenInline(new Frame(FrameType.Spoiler, block: false) { Inline = true }, element, tag, hidden, hiddenHere);
            }
            else
            {
                OpenBlock(new Frame(FrameType.Spoiler, block: true), element, tag, hidden, hiddenHere);
            }
        }
        else if (name == "img" && (HasClass(classes, "smilie") || HasClass(classes, "emoji")))
        {
            AddInline(new EmojiNode { Text = element.GetAttribute("alt") ?? element.GetAttribute("title") ?? "", Span = LeafSpan(element, tag), Hidden = hiddenHere }, hidden);
        }
        else
        {
            return false;
        }

        return true;
    }

    private void ByTag(IElement element, Tag tag, bool hidden, bool hiddenHere)
    {
        switch (tag.Name)
        {
            case "br":
                LineBreak(tag, hiddenHere);
                break;
            case "hr":
                EnsureBlock();
                break;
            case "img":
                Image(element, tag, hidden, hiddenHere);
                break;
            case "iframe" or "video" or "audio":
                Embed(element, tag, hiddenHere);
                break;
            case "p":
                OpenParagraph(new Frame(FrameType.Paragraph, block: false), element, tag, hidden, hiddenHere);
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                OpenParagraph(new Frame(FrameType.Heading, block: false) { Level = tag.Name[1] - '0' }, element, tag, hidden, hiddenHere);
                break;
            case "blockquote":
                if (element.ParentElement is { LocalName: "aside" } aside && HasClass(aside.ClassName, "quote"))
                {
                    Transparent(element, tag, hidden, hiddenHere, blockLevel: true);
                }
                else
                {
                    OpenBlock(new Frame(FrameType.Quote, block: true), element, tag, hidden, hiddenHere);
                }

                break;
            case "details":
                var summary = FindChild(element, "summary");
                OpenBlock(new Frame(FrameType.Spoiler, block: true) { Title = summary is null ? null : NullIfEmpty(Gather(summary, normalize: true)) }, element, tag, hidden, hiddenHere);
                break;
            case "ul" or "ol":
                OpenBlock(new Frame(FrameType.List, block: true) { Ordered = tag.Name == "ol" }, element, tag, hidden, hiddenHere);
                break;
            case "li":
                OpenBlock(new Frame(FrameType.ListItem, block: true), element, tag, hidden, hiddenHere);
                break;
            case "table":
                OpenBlock(new Frame(FrameType.Table, block: true), element, tag, hidden, hiddenHere);
                break;
            case "tr":
                OpenBlock(new Frame(FrameType.Row, block: true), element, tag, hidden, hiddenHere);
                break;
            case "td" or "th":
                OpenBlock(new Frame(FrameType.Cell, block: true) { Header = tag.Name == "th" }, element, tag, hidden, hiddenHere);
                break;
            case "pre":
                AddBlock(new CodeBlockNode { Text = Gather(element, normalize: false), Language = CodeLanguage(element), Span = LeafSpan(element, tag), Hidden = hiddenHere });
                break;
            case "code" or "kbd" or "samp" or "tt":
                AddInline(new InlineCodeNode { Text = Gather(element, normalize: false), Span = LeafSpan(element, tag), Hidden = hiddenHere }, hidden);
                break;
            case "a":
                Anchor(element, tag, hidden, hiddenHere);
                break;
            case "b" or "strong":
                OpenStyled(TextStyle.Bold, null, element, tag, hidden, hiddenHere);
                break;
            case "i" or "em" or "cite" or "var" or "dfn":
                OpenStyled(TextStyle.Italic, null, element, tag, hidden, hiddenHere);
                break;
            case "u" or "ins":
                OpenStyled(TextStyle.Underline, null, element, tag, hidden, hiddenHere);
                break;
            case "s" or "strike" or "del":
                OpenStyled(TextStyle.Strike, null, element, tag, hidden, hiddenHere);
                break;
            case "font":
                if (element.GetAttribute("color") is { Length: > 0 } color)
                {
                    OpenStyled(TextStyle.Color, color, element, tag, hidden, hiddenHere);
                }
                else if (element.GetAttribute("size") is { Length: > 0 } size)
                {
                    OpenStyled(TextStyle.Size, size, element, tag, hidden, hiddenHere);
                }
                else if (element.GetAttribute("face") is { Length: > 0 } face)
                {
                    OpenStyled(TextStyle.Font, face, element, tag, hidden, hiddenHere);
                }
                else
                {
                    Transparent(element, tag, hidden, hiddenHere, blockLevel: false);
                }

                break;
            case "span":
                if (HtmlStyle.TryFormatting(element.GetAttribute("style"), out var style, out var value) && style != TextStyle.Layout)
                {
                    OpenStyled(style, value, element, tag, hidden, hiddenHere);
                }
                else
                {
                    Transparent(element, tag, hidden, hiddenHere, blockLevel: false);
                }

                break;
            default:
                Transparent(element, tag, hidden, hiddenHere, IsBlockLevel(tag.Name));
                break;
        }
    }

    private static bool IsBlockLevel(string name) => name switch
    {
        "div" or "section" or "article" or "aside" or "header" or "footer" or "main" or "nav" or "figure"
            or "figcaption" or "form" or "fieldset" or "legend" or "dl" or "dt" or "dd" or "address" or "center"
            or "caption" or "thead" or "tbody" or "tfoot" or "body" or "html" or "hgroup" or "menu" => true,
        _ => false,
    };

    private void Anchor(IElement element, Tag tag, bool hidden, bool hiddenHere)
    {
        var href = element.GetAttribute("href")?.Trim();
        if (string.IsNullOrEmpty(href) || href.StartsWith('#') || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            Transparent(element, tag, hidden, hiddenHere, blockLevel: false);
            return;
        }

        if (href.Contains("/attachments/", StringComparison.OrdinalIgnoreCase))
        {
            Attachment(element, tag, hiddenHere);
            return;
        }

        var urlSpan = AttributeSpan(tag, "href");
        if (href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            var address = href[7..];
            var query = address.IndexOf('?', StringComparison.Ordinal);
            AddInline(new LinkNode { Origin = LinkOrigin.Email, Url = query < 0 ? address : address[..query], UrlSpan = urlSpan, Span = LeafSpan(element, tag), Hidden = hiddenHere }, hidden);
            return;
        }

        var text = Gather(element, normalize: true);
        if (text.Length == 0)
        {
            // An image or embed wrapped in a link: the inner element is what the reader sees.
            Transparent(element, tag, hidden, hiddenHere, blockLevel: false);
            return;
        }

        if (SameAddress(text, href))
        {
            AddInline(new LinkNode { Origin = LinkOrigin.TaggedUrl, Url = href, UrlSpan = urlSpan, Span = LeafSpan(element, tag), Hidden = hiddenHere }, hidden);
            return;
        }

        OpenInline(new Frame(FrameType.Link, block: false) { Url = href, UrlSpan = urlSpan }, element, tag, hidden, hiddenHere);
    }

    private void Image(IElement element, Tag tag, bool hidden, bool hiddenHere)
    {
        var attribute = "src";
        var src = element.GetAttribute("src");
        if (string.IsNullOrWhiteSpace(src) || src.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            attribute = "data-src";
            src = element.GetAttribute("data-src");
        }

        var span = LeafSpan(element, tag);
        if (string.IsNullOrWhiteSpace(src))
        {
            return;
        }

        var alt = element.GetAttribute("alt");
        IReadOnlyList<DocumentNode> content = [];
        if (!string.IsNullOrWhiteSpace(alt))
        {
            var altSpan = AttributeSpan(tag, "alt");
            content = [new TextNode { Text = alt, Span = altSpan.IsEmpty ? new SourceSpan(span.Start, span.Start) : altSpan, Hidden = hiddenHere }];
        }

        AddInline(new LinkNode { Origin = LinkOrigin.Image, Url = src.Trim(), UrlSpan = AttributeSpan(tag, attribute), Span = span, Hidden = hiddenHere, Content = content }, hidden);
    }

    private void Embed(IElement element, Tag tag, bool hiddenHere)
    {
        var src = element.GetAttribute("src");
        var urlSpan = AttributeSpan(tag, "src");
        if (string.IsNullOrWhiteSpace(src) && tag.Name != "iframe" && FindDescendant(element, "source", null) is { } source)
        {
            src = source.GetAttribute("src");
            urlSpan = AttributeSpan(ElementTag(source), "src");
        }

        var span = LeafSpan(element, tag);
        if (string.IsNullOrWhiteSpace(src))
        {
            return;
        }

        AddFlexible(new LinkNode { Origin = LinkOrigin.MediaEmbed, Url = src.Trim(), UrlSpan = urlSpan, Span = span, Hidden = hiddenHere });
    }

    private void LineBreak(Tag tag, bool hidden)
    {
        var top = _frames[^1];
        if (top.Block)
        {
            return;
        }

        if (top.Type is FrameType.Paragraph or FrameType.Heading && top.Children.Count == 0)
        {
            return;
        }

        if (top.Implicit && top.Children[^1] is LineBreakNode)
        {
            // Two line breaks in a row end a paragraph, as a blank line does in text (XenForo renders paragraphs so).
            top.Children.RemoveAt(top.Children.Count - 1);
            EnsureBlock();
            return;
        }

        var span = tag.Trusted ? new SourceSpan(tag.Start, tag.End) : new SourceSpan(_cursor, _cursor);
        Add(top.Children, new LineBreakNode { Span = span, Hidden = hidden });
    }

    // ---- XenForo -------------------------------------------------------------------------------------------

    private static QuoteAttribution? XenForoAttribution(IElement element)
    {
        var author = NullIfEmpty(element.GetAttribute("data-quote"));
        var post = ValueAfterColon(element.GetAttribute("data-source"));
        var member = ValueAfterColon(element.GetAttribute("data-attributes"));
        return author is null && post is null && member is null ? null : new QuoteAttribution(author, post, member);
    }

    private void XenForoMedia(IElement element, Tag tag, bool hidden)
    {
        var site = NullIfEmpty(element.GetAttribute("data-media-site-id"));
        var key = NullIfEmpty(element.GetAttribute("data-media-key"));
        var text = Gather(element, normalize: true);
        var span = LeafSpan(element, tag);
        if (text.Contains(ConsentSentence, StringComparison.Ordinal))
        {
            AddBlock(new BoilerplateNode { Boilerplate = BoilerplateKind.ConsentPlaceholder, Text = text, Span = span, Hidden = hidden });
        }

        if (site is null || key is null)
        {
            return;
        }

        var url = ResolveMedia(site, key);
        var urlSpan = default(SourceSpan);
        if (url is null && FindDescendant(element, "iframe", null) is { } frame && NullIfEmpty(frame.GetAttribute("src")) is { } src)
        {
            url = src.Trim();
            urlSpan = AttributeSpan(ElementTag(frame), "src");
        }

        AddBlock(new LinkNode { Origin = LinkOrigin.MediaEmbed, Url = url, UrlSpan = urlSpan, MediaSite = site, MediaKey = key, Span = span, Hidden = hidden });
    }

    private void XenForoUnfurl(IElement element, Tag tag, bool hidden)
    {
        var url = NullIfEmpty(element.GetAttribute("data-url"));
        var urlSpan = AttributeSpan(tag, "data-url");
        var header = FindDescendant(element, null, "contentRow-header");
        var titleLink = header is null ? null : FindDescendant(header, "a", null);
        if (url is null && titleLink?.GetAttribute("href") is { Length: > 0 } href)
        {
            url = href;
            urlSpan = AttributeSpan(ElementTag(titleLink), "href");
        }

        var site = FindDescendant(element, null, "contentRow-minor") is { } minor ? NullIfEmpty(Gather(minor, normalize: true)) : null;
        site ??= NullIfEmpty(element.GetAttribute("data-host"));
        var title = titleLink ?? header;
        var description = FindDescendant(element, null, "contentRow-snippet");
        AddCard(element, tag, hidden, url, urlSpan, site, title, description);
    }

    private void AddCard(IElement element, Tag tag, bool hidden, string? url, SourceSpan urlSpan, string? site, IElement? title, IElement? description)
    {
        var span = LeafSpan(element, tag);
        var link = new LinkNode { Origin = LinkOrigin.LinkCard, Url = url, UrlSpan = urlSpan, Span = urlSpan.IsEmpty ? span : urlSpan, Hidden = hidden };
        AddBlock(new LinkCardNode
        {
            Url = url,
            Site = site,
            Title = title is null ? null : NullIfEmpty(Gather(title, normalize: true)),
            Description = description is null ? null : NullIfEmpty(Gather(description, normalize: true)),
            Span = span,
            Hidden = hidden,
            Content = [link],
        });
        Count(1);
    }

    private void Attachment(IElement element, Tag tag, bool hidden)
    {
        var link = element.LocalName == "a" ? element : FindDescendant(element, "a", null);
        var href = link?.GetAttribute("href") ?? "";
        var reference = element.GetAttribute("data-attachment-id") ?? AttachmentId(href) ?? NullIfEmpty(Gather(element, normalize: true)) ?? href;
        AddFlexible(new AttachmentNode { Reference = reference, Span = LeafSpan(element, tag), Hidden = hidden });
    }

    private void LightboxImage(IElement element, Tag tag, bool hidden)
    {
        var attribute = element.HasAttribute("data-src") ? "data-src" : "href";
        var url = NullIfEmpty(element.GetAttribute(attribute));
        var urlSpan = AttributeSpan(tag, attribute);
        if (url is null && FindDescendant(element, "img", null) is { } image)
        {
            url = NullIfEmpty(image.GetAttribute("src"));
            urlSpan = AttributeSpan(ElementTag(image), "src");
        }

        var span = LeafSpan(element, tag);
        if (url is not null)
        {
            AddInline(new LinkNode { Origin = LinkOrigin.Image, Url = url, UrlSpan = urlSpan, Span = span, Hidden = hidden }, hidden);
        }
    }

    private void Mention(IElement element, Tag tag, bool hidden)
    {
        var name = Gather(element, normalize: true);
        AddInline(new MentionNode { Name = name.StartsWith('@') ? name[1..] : name, MemberId = NullIfEmpty(element.GetAttribute("data-user-id")), Span = LeafSpan(element, tag), Hidden = hidden }, hidden);
    }

    // ---- Discourse -----------------------------------------------------------------------------------------

    private void Onebox(IElement element, Tag tag, bool hidden)
    {
        var url = NullIfEmpty(element.GetAttribute("data-onebox-src"));
        var urlSpan = AttributeSpan(tag, "data-onebox-src");
        var site = FindDescendant(element, "header", null) is { } header ? NullIfEmpty(Gather(header, normalize: true)) : null;
        var heading = FindDescendant(element, "h3", null) ?? FindDescendant(element, "h4", null);
        var title = heading is null ? null : FindDescendant(heading, "a", null) ?? heading;
        var body = FindDescendant(element, "article", null) ?? element;
        var description = FindDescendant(body, "p", null) ?? FindDescendant(body, null, "tweet");
        AddCard(element, tag, hidden, url, urlSpan, site, title, description);
    }

    private void LazyVideo(IElement element, Tag tag, bool hidden)
    {
        var key = NullIfEmpty(element.GetAttribute("data-video-id"));
        var site = NullIfEmpty(element.GetAttribute("data-provider-name"))?.ToLowerInvariant()
            ?? (HasClass(element.ClassName, "youtube-onebox") ? "youtube" : null);
        var url = site is not null && key is not null ? ResolveMedia(site, key) : null;
        var urlSpan = default(SourceSpan);
        if (url is null && FindDescendant(element, "a", null) is { } link && NullIfEmpty(link.GetAttribute("href")) is { } href)
        {
            url = href;
            urlSpan = AttributeSpan(ElementTag(link), "href");
        }

        AddBlock(new LinkNode { Origin = LinkOrigin.MediaEmbed, Url = url, UrlSpan = urlSpan, MediaSite = site, MediaKey = key, Span = LeafSpan(element, tag), Hidden = hidden });
    }

    // ---- frames --------------------------------------------------------------------------------------------

    private bool CanOpen => _frames.Count - 1 < _limits.MaxDepth;

    private void OpenBlock(Frame frame, IElement element, Tag tag, bool hidden, bool hiddenHere)
    {
        if (!CanOpen)
        {
            Transparent(element, tag, hidden, hiddenHere, blockLevel: true);
            return;
        }

        EnsureBlock();
        Open(frame, element, tag, hiddenHere);
    }

    private void OpenParagraph(Frame frame, IElement element, Tag tag, bool hidden, bool hiddenHere)
    {
        var top = _frames[^1];
        if (!CanOpen || !(top.Block || top.Implicit))
        {
            Transparent(element, tag, hidden, hiddenHere, blockLevel: true);
            return;
        }

        EnsureBlock();
        Open(frame, element, tag, hiddenHere);
    }

    private void OpenInline(Frame frame, IElement element, Tag tag, bool hidden, bool hiddenHere)
    {
        if (!CanOpen)
        {
            Transparent(element, tag, hidden, hiddenHere, blockLevel: false);
            return;
        }

        _ = EnsureInline(hidden);
        if (frame.Type == FrameType.Link)
        {
            _linkDepth++;
        }

        Open(frame, element, tag, hiddenHere);
    }

    private void OpenStyled(TextStyle style, string? value, IElement element, Tag tag, bool hidden, bool hiddenHere) =>
        OpenInline(new Frame(FrameType.Styled, block: false) { Style = style, Value = value }, element, tag, hidden, hiddenHere);

    private void Open(Frame frame, IElement element, Tag tag, bool hidden)
    {
        frame.Hidden = hidden;
        if (tag.Trusted)
        {
            frame.TagStart = tag.Start;
            frame.TagEnd = tag.End;
            frame.EndTagName = tag.Name;
        }

        _frames.Add(frame);
        _work.Push(new Work(null, Op.Close, hidden, frame));
        PushChildren(element, Op.Enter, hidden);
    }

    private void Transparent(IElement element, Tag tag, bool hidden, bool hiddenHere, bool blockLevel)
    {
        var top = _frames[^1];
        if (blockLevel && (top.Block || top.Implicit))
        {
            EnsureBlock();
            _work.Push(new Work(null, Op.Boundary, hiddenHere, null));
            PushChildren(element, Op.Enter, hiddenHere);
        }
        else if (hiddenHere && !hidden && CanOpen)
        {
            // Keep hidden inline content under one hidden node, so the whole run is visibly marked.
            _ = EnsureInline(hidden);
            Open(new Frame(FrameType.Styled, block: false) { Style = TextStyle.Other }, element, tag, hiddenHere);
        }
        else
        {
            PushChildren(element, Op.Enter, hiddenHere);
        }
    }

    private void PushChildren(INode node, Op op, bool hidden)
    {
        // Indexed, not PreviousSibling: AngleSharp finds a sibling by searching the parent's child list.
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            _work.Push(new Work(children[i], op, hidden, null));
        }
    }

    private Frame EnsureInline(bool hidden)
    {
        var top = _frames[^1];
        if (!top.Block)
        {
            return top;
        }

        var paragraph = new Frame(FrameType.Paragraph, block: false) { Implicit = true, Hidden = hidden };
        _frames.Add(paragraph);
        return paragraph;
    }

    private void EnsureBlock()
    {
        while (_frames.Count > 1 && _frames[^1].Implicit)
        {
            CloseTop();
        }
    }

    private void AddBlock(DocumentNode node)
    {
        EnsureBlock();
        Add(_frames[^1].Children, node);
    }

    private void AddInline(DocumentNode node, bool hidden) => Add(EnsureInline(hidden).Children, node);

    private void AddFlexible(DocumentNode node) => Add(_frames[^1].Children, node);

    private void CloseUntil(Frame frame)
    {
        if (!frame.IsOpen)
        {
            return;
        }

        while (_frames.Count > 1)
        {
            var top = _frames[^1];
            CloseTop();
            if (ReferenceEquals(top, frame))
            {
                return;
            }
        }
    }

    private void CloseTop()
    {
        var frame = _frames[^1];
        _frames.RemoveAt(_frames.Count - 1);
        frame.IsOpen = false;
        if (frame.Type == FrameType.Link)
        {
            _linkDepth--;
        }

        var children = frame.Children;
        if (!frame.Block)
        {
            TrimTrailing(children);
        }

        if (children.Count == 0 && (frame.Type == FrameType.Paragraph || frame.TagStart < 0))
        {
            return;
        }

        var start = frame.TagStart >= 0 ? frame.TagStart : int.MaxValue;
        var end = Math.Max(frame.TagEnd, 0);
        foreach (var child in children)
        {
            start = Math.Min(start, child.Span.Start);
            end = Math.Max(end, child.Span.End);
        }

        if (frame.TagStart >= 0 && frame.EndTagName is not null)
        {
            end = _map.ExtendOverEndTag(end, frame.EndTagName);
        }

        _cursor = Math.Max(_cursor, end);
        Add(_frames[^1].Children, frame.ToNode(new SourceSpan(start, end)));
    }

    private static void TrimTrailing(List<DocumentNode> children)
    {
        while (children.Count > 0)
        {
            var last = children[^1];
            if (last is LineBreakNode)
            {
                children.RemoveAt(children.Count - 1);
                continue;
            }

            if (last is TextNode text && text.Text.Length > 0 && char.IsWhiteSpace(text.Text[^1]))
            {
                var trimmed = text.Text.TrimEnd();
                children.RemoveAt(children.Count - 1);
                if (trimmed.Length == 0)
                {
                    continue;
                }

                var span = text.Span.Length == text.Text.Length ? new SourceSpan(text.Span.Start, text.Span.Start + trimmed.Length) : text.Span;
                children.Add(new TextNode { Text = trimmed, Span = span, Hidden = text.Hidden });
            }

            return;
        }
    }

    private void Add(List<DocumentNode> into, DocumentNode node)
    {
        into.Add(node);
        Count(1);
    }

    private void Count(int nodes)
    {
        _nodes += nodes;
        if (_nodes > _limits.MaxNodes)
        {
            Overflowed = true;
        }
    }

    // ---- source positions ----------------------------------------------------------------------------------

    /// <summary>Finds the element's start tag in the source (when trustworthy) and moves the cursor past it.</summary>
    private Tag OpenTag(IElement element, string name)
    {
        if (element.SourceReference is { } reference && _map.TryStartTag(reference.Position.Position, name, _cursor, out var start, out var end))
        {
            _cursor = end;
            return new Tag(name, Trusted: true, start, end);
        }

        return new Tag(name, Trusted: false, -1, -1);
    }

    /// <summary>The start tag of an element inside a leaf, without moving the cursor.</summary>
    private Tag ElementTag(IElement element) =>
        element.SourceReference is { } reference && _map.TryStartTag(reference.Position.Position, element.LocalName, 0, out var start, out var end)
            ? new Tag(element.LocalName, Trusted: true, start, end)
            : new Tag(element.LocalName, Trusted: false, -1, -1);

    private SourceSpan AttributeSpan(Tag tag, string attribute) =>
        tag.Trusted && _map.TryAttributeValue(tag.Start, tag.End, attribute, out var start, out var end) && end > start
            ? new SourceSpan(start, end)
            : default;

    /// <summary>The span of an element read as one leaf (its content is not walked); moves the cursor past it.</summary>
    private SourceSpan LeafSpan(IElement element, Tag tag)
    {
        if (!tag.Trusted)
        {
            var text = Gather(element, normalize: false);
            if (text.Length > 0 && _map.TryLocateText(text, _cursor, out var start, out var end, out _))
            {
                _cursor = end;
                return new SourceSpan(start, end);
            }

            return new SourceSpan(_cursor, _cursor);
        }

        var close = IsVoid(tag.Name) ? tag.End : _map.FindCloseTag(tag.End, tag.Name, IsRawText(tag.Name));
        var leafEnd = close < 0 ? tag.End : close;
        _cursor = Math.Max(_cursor, leafEnd);
        return new SourceSpan(tag.Start, leafEnd);
    }

    private void Drop(IElement element, Tag tag)
    {
        if (tag.Trusted)
        {
            _ = LeafSpan(element, tag);
        }
        else
        {
            PushChildren(element, Op.Drop, hidden: false);
        }
    }

    private void DropNode(INode node)
    {
        if (node is IElement element)
        {
            Drop(element, OpenTag(element, element.LocalName));
        }
    }

    private static bool IsVoid(string name) => name is "area" or "base" or "br" or "col" or "embed" or "hr" or "img"
        or "input" or "link" or "meta" or "source" or "track" or "wbr" or "param";

    private static bool IsRawText(string name) => name is "script" or "style" or "textarea" or "title" or "xmp" or "iframe" or "noembed" or "noframes";

    // ---- helpers -------------------------------------------------------------------------------------------

    private BoilerplateNode Boilerplate(IElement element, Tag tag, BoilerplateKind kind, bool hidden) =>
        new() { Boilerplate = kind, Text = Gather(element, normalize: true), Span = LeafSpan(element, tag), Hidden = hidden };

    private static string? ResolveMedia(string site, string key) =>
        ProviderRegistry.Default.TryResolveMedia(site, key, out var media) ? media.Url : null;

    /// <summary>The text of an element's subtree (scripts and styles left out, <c>br</c> as a line break), bounded in work.</summary>
    private string Gather(IElement element, bool normalize)
    {
        _text.Clear();
        _scratch.Clear();
        _scratch.Push(element);
        var visits = 0;
        while (_scratch.Count > 0 && visits++ < MaxGatherNodes && _text.Length < MaxGatherChars)
        {
            var node = _scratch.Pop();
            if (node is IText text)
            {
                _ = _text.Append(text.Data);
                continue;
            }

            if (node is not IElement child || (!ReferenceEquals(child, element) && child.LocalName is "script" or "style" or "template" or "button"))
            {
                continue;
            }

            if (child.LocalName == "br")
            {
                _ = _text.Append('\n');
                continue;
            }

            PushChildrenTo(_scratch, child);
        }

        _scratch.Clear();
        return normalize ? Normalize(_text.ToString()) : _text.ToString();
    }

    /// <summary>The first descendant with the given tag name and/or class, searching a bounded number of nodes.</summary>
    private IElement? FindDescendant(IElement element, string? name, string? className)
    {
        _scratch.Clear();
        PushChildrenTo(_scratch, element);

        var visits = 0;
        while (_scratch.Count > 0 && visits++ < MaxSearchNodes)
        {
            if (_scratch.Pop() is not IElement child)
            {
                continue;
            }

            if ((name is null || child.LocalName == name) && (className is null || HasClass(child.ClassName, className)))
            {
                _scratch.Clear();
                return child;
            }

            PushChildrenTo(_scratch, child);
        }

        _scratch.Clear();
        return null;
    }

    private static void PushChildrenTo(Stack<INode> stack, INode node)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            stack.Push(children[i]);
        }
    }

    private static IElement? FindChild(IElement element, string name)
    {
        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (child.LocalName == name)
            {
                return child;
            }
        }

        return null;
    }

    private static string? CodeLanguage(IElement pre)
    {
        if (NullIfEmpty(pre.GetAttribute("data-lang")) is { } language)
        {
            return language;
        }

        var code = FindChild(pre, "code") ?? pre;
        var classes = code.ClassName;
        if (string.IsNullOrEmpty(classes))
        {
            return null;
        }

        foreach (var range in classes.AsSpan().SplitAny(" \t\n\r\f"))
        {
            var token = classes.AsSpan(range);
            if (token.StartsWith("language-", StringComparison.Ordinal) && token.Length > 9)
            {
                return token[9..].ToString();
            }

            if (token.StartsWith("lang-", StringComparison.Ordinal) && token.Length > 5 && !token.EndsWith("auto", StringComparison.Ordinal))
            {
                return token[5..].ToString();
            }
        }

        return null;
    }

    /// <summary>Collapses whitespace runs to one space and trims.</summary>
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                _ = builder.Append(' ');
                space = false;
            }

            _ = builder.Append(c);
        }

        return builder.ToString();
    }

    internal static bool HasClass(string? classes, string name)
    {
        if (string.IsNullOrEmpty(classes))
        {
            return false;
        }

        var index = 0;
        while ((index = classes.IndexOf(name, index, StringComparison.Ordinal)) >= 0)
        {
            var end = index + name.Length;
            if ((index == 0 || char.IsWhiteSpace(classes[index - 1])) && (end == classes.Length || char.IsWhiteSpace(classes[end])))
            {
                return true;
            }

            index = end;
        }

        return false;
    }

    /// <summary>Whether a link's text is its own address (<c>https://x.com/a</c> for <c>x.com/a</c>, or shortened with an ellipsis).</summary>
    internal static bool SameAddress(string text, string href)
    {
        var a = Bare(text.AsSpan());
        var b = Bare(href.AsSpan());
        if (a.Equals(b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var ellipsis in (ReadOnlySpan<string>)["…", "..."])
        {
            if (a.EndsWith(ellipsis, StringComparison.Ordinal) && a.Length > ellipsis.Length + 8 && b.StartsWith(a[..^ellipsis.Length], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;

        static ReadOnlySpan<char> Bare(ReadOnlySpan<char> url)
        {
            url = url.Trim();
            if (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                url = url[8..];
            }
            else if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            {
                url = url[7..];
            }

            if (url.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                url = url[4..];
            }

            return url.TrimEnd('/');
        }
    }

    private static string? AttachmentId(string href)
    {
        // XenForo: /attachments/name-ext.55/ ; the id is the number after the last dot.
        var path = href.AsSpan().TrimEnd('/');
        var slash = path.LastIndexOf('/');
        var last = slash < 0 ? path : path[(slash + 1)..];
        var dot = last.LastIndexOf('.');
        var id = dot < 0 ? last : last[(dot + 1)..];
        return id.Length > 0 && id.IndexOfAnyExceptInRange('0', '9') < 0 ? id.ToString() : null;
    }

    private static string? ValueAfterColon(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return NullIfEmpty((colon < 0 ? value : value[(colon + 1)..]).Trim());
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
