using System.Globalization;
using SaySomething.Core.Documents;
using SaySomething.Core.Judging;
using SaySomething.Core.Threads;

namespace SaySomething.Cli.Scanning;

/// <summary>
/// A scraped thread page (text copied from the page, or its HTML), split into posts by
/// <see cref="ThreadSplitter"/>. Ids come from the split: <c>notice</c> for the forum's notice, <c>p01</c>,
/// <c>p02</c>… for the members' posts in page order. A page is read whole (it is at most 64 MiB).
/// </summary>
internal sealed class ThreadPageSource : RecordSource
{
    private readonly IReadOnlyList<ThreadPost> _posts;
    private readonly MarkupFormat _postFormat;
    private readonly long _bytes;
    private int _next;
    private int _members;
    private int _notices;

    /// <param name="page">The page's text.</param>
    /// <param name="html">Whether the page is HTML (else text copied from a rendered page).</param>
    /// <param name="postFormat">The format of a text page's posts (plain unless given); an HTML page's posts are HTML.</param>
    /// <param name="bytes">The page's size in bytes, for progress.</param>
    public ThreadPageSource(string page, bool html, MarkupFormat? postFormat, long bytes)
    {
        _posts = html ? ThreadSplitter.SplitHtml(page) : ThreadSplitter.SplitText(page);
        _postFormat = html ? MarkupFormat.Html : postFormat ?? MarkupFormat.Plain;
        _bytes = bytes;
        IsHtml = html;
    }

    public bool IsHtml { get; }

    public override long BytesRead => _bytes;

    public override string Kind => IsHtml ? "thread page (HTML)" : "thread page (text)";

    public override bool TryRead(out ScanRecord record)
    {
        if (_next == _posts.Count)
        {
            record = null!;
            return false;
        }

        var post = _posts[_next++];
        string id;
        if (post.IsNotice)
        {
            _notices++;
            id = _notices == 1 ? "notice" : string.Create(CultureInfo.InvariantCulture, $"notice-{_notices}");
        }
        else
        {
            _members++;
            id = string.Create(CultureInfo.InvariantCulture, $"p{_members:00}");
        }

        record = new ScanRecord
        {
            Line = post.FirstLine,
            Size = post.Text.Length * sizeof(char),
            Ready = (id, new PostToJudge { Text = post.Text, Format = _postFormat }),
        };
        return true;
    }

    public override ParsedRecord Parse(ScanRecord record) => new(record.Ready!.Value.Id, record.Ready.Value.Post, null);
}
