using System.Globalization;
using SaySomething.Cli.Scanning;
using SaySomething.Core.Judging;
using SaySomething.Core.Documents;
using SaySomething.Core.Parsing;

namespace SaySomething.Cli.Evaluation;

/// <summary>A post with the verdict (and, for a drive-by, the reason) a careful moderator gave it.</summary>
/// <param name="Id">The post's id.</param>
/// <param name="File">The labels file it is in, as named on the command line.</param>
/// <param name="Line">The line of the labels file it is on.</param>
/// <param name="Post">The post to judge, with its context.</param>
/// <param name="Verdict">The labelled verdict.</param>
/// <param name="Reason">The labelled reason (<see cref="DriveByReason.None"/> when not given).</param>
internal sealed record LabelledPost(string Id, string File, long Line, PostToJudge Post, Verdict Verdict, DriveByReason Reason);

/// <summary>
/// Reads a labels file: JSON Lines with <c>id</c>, <c>text</c>, <c>format</c>, <c>verdict</c> and optional
/// <c>reason</c>; <c>context.thread_title</c> gives the thread title, and <c>context.title</c> /
/// <c>context.description</c> describe the post's first link outside quotes. Unlike <c>scan</c>, a bad line stops the evaluation:
/// measures over a silently shortened file would mislead.
/// </summary>
internal static class LabelFile
{
    /// <summary>Reads every labelled post of <paramref name="input"/>.</summary>
    /// <exception cref="ScanInputException">A line is not a labelled post; the message names the line and what to fix.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static List<LabelledPost> Read(Stream input, string name)
    {
        var posts = new List<LabelledPost>();
        using var framer = new RecordFramer(input, new RecordBoundary.Lines(), ScanLimits.MaxRecordBytes, countInnerLines: false);
        while (framer.TryRead(out var framed))
        {
            try
            {
                posts.Add(Parse(framed, name));
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(framed.Buffer);
            }
        }

        return posts;
    }

    private static LabelledPost Parse(FramedRecord framed, string name)
    {
        string Where() => string.Create(CultureInfo.InvariantCulture, $"{name} line {framed.Line}");
        if (framed.Oversized)
        {
            throw new ScanInputException($"{Where()}: the line is larger than {ScanLimits.Describe(ScanLimits.MaxRecordBytes)}.");
        }

        var record = InputRecord.FromJson(framed.Buffer.AsMemory(0, framed.Length), out var error)
            ?? throw new ScanInputException($"{Where()}: {error}.");
        var post = record.ToPost(defaultFormat: null, out error)
            ?? throw new ScanInputException($"{Where()}{(record.Id is null ? "" : $" (id {record.Id})")}: {error}.");
        if (!VerdictNames.TryParseVerdict(record.Verdict, out var verdict))
        {
            throw new ScanInputException($"{Where()} (id {record.Id}): \"verdict\" must be commented, drive_by, not_applicable or needs_review, not {Quote(record.Verdict)}.");
        }

        if (!VerdictNames.TryParseReason(record.Reason, out var reason))
        {
            throw new ScanInputException($"{Where()} (id {record.Id}): \"reason\" must be no_text, filler_only, title_only, copied, description_only, quote_only or null, not {Quote(record.Reason)}.");
        }

        if ((record.ContextTitle ?? record.ContextDescription) is not null && FirstLink(post) is { } url)
        {
            post = new PostToJudge
            {
                Text = post.Text,
                Format = post.Format,
                ThreadTitle = post.ThreadTitle,
                Metadata = [new LinkMetadata(url, record.ContextTitle, record.ContextDescription)],
            };
        }

        return new LabelledPost(record.Id!, name, framed.Line, post, verdict, reason);
    }

    /// <summary>
    /// The address of the post's first link outside quotes, as the reader sees it (so a <c>[MEDIA=youtube]</c> embed
    /// has its video's address), or null. Images and e-mail addresses are not links here.
    /// </summary>
    private static string? FirstLink(PostToJudge post)
    {
        var document = PostReader.Default.Read(post.Text, post.Format ?? FormatDetector.Detect(post.Text));
        return FirstLink(document);
    }

    private static string? FirstLink(DocumentNode node)
    {
        switch (node)
        {
            case QuoteNode:
                return null;
            case LinkNode { Url: { } url, Origin: not LinkOrigin.Image } when !url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase):
                return url;
            case LinkCardNode { Url: { } cardUrl }:
                return cardUrl;
        }

        foreach (var child in node.Children)
        {
            if (FirstLink(child) is { } url)
            {
                return url;
            }
        }

        return null;
    }

    private static string Quote(string? value) => value is null ? "missing" : $"\"{value}\"";
}
