using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using SaySomething.Core.Parsing;
using SaySomething.Core.Parsing.Html;

namespace SaySomething.Benchmarks.Readers;

/// <summary>
/// The HTML reader over XenForo-shaped post HTML. The shared generator makes no HTML corpus, so the first
/// <see cref="Posts"/> posts of the BB code corpus are converted once, in setup, to the HTML XenForo renders for
/// them (<see cref="XenForoHtml"/>). One operation reads every converted post.
/// </summary>
[MemoryDiagnoser]
public class HtmlReaderBenchmarks
{
    /// <summary>How many posts of the 200,000-post corpus are converted and read: a tenth, so one pass takes seconds.</summary>
    public const int Posts = 20_000;

    private readonly HtmlReader _reader = new();
    private string[] _posts = [];

    [GlobalSetup]
    public void Setup()
    {
        var bbcode = Corpus.ReadPosts(Corpus.Ensure(LinkBenchmarks.Posts, "bbcode"));
        _posts = [.. bbcode.Take(Posts).Select(XenForoHtml.Convert)];
        var bytes = _posts.Sum(p => (long)Encoding.UTF8.GetByteCount(p));
        Console.WriteLine($"// HTML corpus: {_posts.Length:N0} posts, {bytes:N0} UTF-8 bytes (MB/s = bytes / mean time)");
    }

    [Benchmark]
    public int ReadAll()
    {
        var nodes = 0;
        foreach (var post in _posts)
        {
            nodes += _reader.Read(post, ReaderLimits.Default).Content.Count;
        }

        return nodes;
    }
}

/// <summary>
/// A small BB code to XenForo HTML converter for benchmark input: quotes, media, unfurls, links, images, spoilers,
/// bold/italic and line breaks, in the shapes of platforms.md §2.4. Unknown tags are kept as text.
/// </summary>
internal static class XenForoHtml
{
    public static string Convert(string bbcode)
    {
        var html = new StringBuilder(bbcode.Length * 2);
        html.Append("<div class=\"bbWrapper\">");
        var closers = new Stack<(string Tag, string Html)>();
        var i = 0;
        while (i < bbcode.Length)
        {
            var open = bbcode.IndexOf('[', i);
            if (open < 0)
            {
                Text(html, bbcode.AsSpan(i));
                break;
            }

            Text(html, bbcode.AsSpan(i, open - i));
            var close = bbcode.IndexOf(']', open);
            if (close < 0)
            {
                Text(html, bbcode.AsSpan(open));
                break;
            }

            var tag = bbcode[(open + 1)..close];
            i = close + 1;
            var name = tag.Split('=', ' ')[0].ToUpperInvariant();
            var option = tag.Contains('=', StringComparison.Ordinal) ? tag[(tag.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim('"', '\'') : "";
            if (name.StartsWith('/'))
            {
                if (closers.Count > 0 && closers.Peek().Tag == name[1..])
                {
                    html.Append(closers.Pop().Html);
                }
                else
                {
                    Text(html, $"[{tag}]");
                }

                continue;
            }

            string Content(string end)
            {
                var at = bbcode.IndexOf(end, i, StringComparison.OrdinalIgnoreCase);
                var content = at < 0 ? bbcode[i..] : bbcode[i..at];
                i = at < 0 ? bbcode.Length : at + end.Length;
                return content.Trim();
            }

            switch (name)
            {
                case "B" or "I" or "U" or "S":
                    var element = name.ToLowerInvariant();
                    html.Append('<').Append(element).Append('>');
                    closers.Push((name, $"</{element}>"));
                    break;
                case "URL" when tag.Contains("unfurl", StringComparison.OrdinalIgnoreCase):
                    var unfurl = WebUtility.HtmlEncode(Content("[/URL]"));
                    html.Append("<div class=\"bbCodeBlock bbCodeBlock--unfurl js-unfurl fauxBlockLink\" data-unfurl=\"true\" data-result-id=\"1\" data-url=\"").Append(unfurl)
                        .Append("\" data-host=\"example.com\"><div class=\"contentRow\"><div class=\"contentRow-main\"><h3 class=\"contentRow-header js-unfurl-title\"><a href=\"").Append(unfurl)
                        .Append("\" class=\"link link--external fauxBlockLink-blockLink\">A headline for this page</a></h3><div class=\"contentRow-snippet js-unfurl-desc\">The page's own description of itself.</div><div class=\"contentRow-minor contentRow-minor--hideLinks\">example.com</div></div></div></div>");
                    break;
                case "URL" when option.Length > 0:
                    html.Append("<a href=\"").Append(WebUtility.HtmlEncode(option)).Append("\" target=\"_blank\" class=\"link link--external\" rel=\"nofollow ugc noopener\">");
                    closers.Push(("URL", "</a>"));
                    break;
                case "URL":
                    var url = WebUtility.HtmlEncode(Content("[/URL]"));
                    html.Append("<a href=\"").Append(url).Append("\" target=\"_blank\" class=\"link link--external\" rel=\"nofollow ugc noopener\">").Append(url).Append("</a>");
                    break;
                case "IMG":
                    html.Append("<img src=\"").Append(WebUtility.HtmlEncode(Content("[/IMG]"))).Append("\" data-url=\"\" class=\"bbImage\" loading=\"lazy\" alt=\"image\" style=\"\" />");
                    break;
                case "MEDIA":
                    var key = WebUtility.HtmlEncode(Content("[/MEDIA]"));
                    html.Append("<div class=\"bbMediaWrapper\" data-media-site-id=\"").Append(WebUtility.HtmlEncode(option.ToLowerInvariant())).Append("\" data-media-key=\"").Append(key)
                        .Append("\"><div class=\"bbMediaWrapper-inner\"><iframe src=\"https://www.youtube.com/embed/").Append(key).Append("?wmode=opaque\" width=\"560\" height=\"315\" frameborder=\"0\" allowfullscreen=\"true\"></iframe></div></div>");
                    break;
                case "QUOTE":
                    var parts = option.Split(',', StringSplitOptions.TrimEntries);
                    var author = WebUtility.HtmlEncode(parts[0]);
                    var post = parts.FirstOrDefault(p => p.StartsWith("post:", StringComparison.Ordinal)) ?? "";
                    var member = parts.FirstOrDefault(p => p.StartsWith("member:", StringComparison.Ordinal)) ?? "";
                    html.Append("<blockquote data-attributes=\"").Append(member).Append("\" data-quote=\"").Append(author).Append("\" data-source=\"").Append(post)
                        .Append("\" class=\"bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch\">");
                    if (author.Length > 0)
                    {
                        html.Append("<div class=\"bbCodeBlock-title\"><a href=\"/goto/post\" class=\"bbCodeBlock-sourceJump\">").Append(author).Append(" said:</a></div>");
                    }

                    html.Append("<div class=\"bbCodeBlock-content\"><div class=\"bbCodeBlock-expandContent js-expandContent \">");
                    closers.Push(("QUOTE", "</div><div class=\"bbCodeBlock-expandLink js-expandLink\"><a role=\"button\" tabindex=\"0\">Click to expand...</a></div></div></blockquote>"));
                    break;
                case "SPOILER":
                    html.Append("<div class=\"bbCodeSpoiler\"><button type=\"button\" class=\"button bbCodeSpoiler-button\"><span class=\"button-text\"><span>Spoiler</span></span></button><div class=\"bbCodeSpoiler-content\"><div class=\"bbCodeBlock bbCodeBlock--spoiler\"><div class=\"bbCodeBlock-content\">");
                    closers.Push(("SPOILER", "</div></div></div></div>"));
                    break;
                default:
                    Text(html, $"[{tag}]");
                    break;
            }
        }

        while (closers.Count > 0)
        {
            html.Append(closers.Pop().Html);
        }

        return html.Append("</div>").ToString();
    }

    private static void Text(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '\n' => html.Append("<br />\n"),
                _ => html.Append(c),
            };
        }
    }
}
