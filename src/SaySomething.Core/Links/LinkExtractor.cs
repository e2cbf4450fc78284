using System.Buffers;

namespace SaySomething.Core.Links;

/// <summary>
/// Finds the web and e-mail addresses a reader would see in free text: with a scheme (<c>https://…</c>), without
/// one (<c>www.…</c>, <c>youtube.com/watch?v=…</c>, <c>t.me/…</c>), IDN and IPv4 hosts, ports, balanced
/// brackets in paths, and e-mail addresses (reported as <see cref="FoundLinkKind.Email"/>). URLs with user
/// information (<c>https://user@host</c>) are refused: readers are misled by them and forums do not link them.
/// </summary>
/// <remarks>
/// The scan jumps between the only places that can anchor an address (<c>.x</c>, <c>:/</c>, <c>@</c>) with a
/// vectorised search (<see cref="AnchorSearch"/>), so text without links costs little. Nothing is allocated beyond the caller's result list.
/// </remarks>
public sealed class LinkExtractor
{
    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(" \t\n\r\f\v\u00A0\u2028\u2029\u3000");

    private readonly LinkExtractorOptions _options;
    private readonly TopLevelDomains _tlds;

    /// <summary>Creates an extractor with the given limits.</summary>
    public LinkExtractor(LinkExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxLinkLength, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxLinksPerText, 1);
        _options = options;
        _tlds = TopLevelDomains.Default;
    }

    /// <summary>Gets the shared extractor with default limits; it is immutable and safe to use from many threads.</summary>
    public static LinkExtractor Default { get; } = new(new LinkExtractorOptions());

    /// <summary>Appends every address found in <paramref name="text"/> to <paramref name="results"/>, in text order.</summary>
    /// <returns>The number of addresses appended (at most <see cref="LinkExtractorOptions.MaxLinksPerText"/>).</returns>
    public int Extract(ReadOnlySpan<char> text, List<FoundLink> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var found = 0;
        var position = 0;
        var floor = 0; // No address may start before this: it is the end of the previous one.
        while (position < text.Length && found < _options.MaxLinksPerText)
        {
            var anchor = AnchorSearch.Next(text, position);
            if (anchor < 0)
            {
                break;
            }

            var scan = text[anchor] switch
            {
                ':' => UrlAtScheme(text, anchor, floor),
                '.' => UrlWithoutScheme(text, anchor, floor),
                _ => EmailAt(text, anchor, floor),
            };

            if (scan.Link is { } link && link.Length <= _options.MaxLinkLength)
            {
                results.Add(link);
                found++;
            }

            position = Math.Max(anchor + 1, scan.ResumeAt);
            if (scan.Link is not null || scan.ResumeAt > anchor + 1)
            {
                floor = position;
            }
        }

        return found;
    }

    /// <summary>Returns every address found in <paramref name="text"/>, in text order.</summary>
    public IReadOnlyList<FoundLink> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var results = new List<FoundLink>();
        Extract(text.AsSpan(), results);
        return results;
    }

    /// <summary>The outcome of looking at one anchor: a link or none, and where the search goes on.</summary>
    private readonly record struct Scan(FoundLink? Link, int ResumeAt)
    {
        public static Scan None(int resumeAt) => new(null, resumeAt);
    }

    private Scan UrlAtScheme(ReadOnlySpan<char> text, int colon, int floor)
    {
        if (!SchemeReader.TryRead(text, colon, floor, out var start))
        {
            return Scan.None(colon + 1);
        }

        var hostStart = colon + 3;
        if (SchemeReader.HasUserInfo(text, hostStart, out var runEnd))
        {
            return Scan.None(runEnd);
        }

        if (!HostScanner.TryScan(text, hostStart, HostContext.AfterScheme, _tlds, out var host))
        {
            return Scan.None(colon + 3);
        }

        var end = ReadAfterHost(text, host.End, out var valid);
        return valid
            ? new Scan(new FoundLink(start, end, hostStart, host.End, FoundLinkKind.Url, HasScheme: true), end)
            : Scan.None(end);
    }

    private Scan UrlWithoutScheme(ReadOnlySpan<char> text, int dot, int floor)
    {
        if (dot == 0 || dot + 1 >= text.Length || !CharClass.IsLabelChar(text[dot - 1]) || !CharClass.IsLabelChar(text[dot + 1]))
        {
            return Scan.None(dot + 1);
        }

        var hostStart = SchemelessHost.FindStart(text, dot, floor);
        var runEnd = SchemelessHost.FindRunEnd(text, dot);
        if (EmailReader.IsFollowedByAt(text, runEnd))
        {
            return Scan.None(dot + 1); // The local part of an e-mail address: the '@' decides.
        }

        if (!SchemelessHost.MayStartAt(text, hostStart, floor, out var start)
            || !HostScanner.TryScan(text, hostStart, HostContext.Schemeless, _tlds, out var host)
            || host.End <= dot)
        {
            return Scan.None(runEnd);
        }

        var end = ReadAfterHost(text, host.End, out var valid);
        var hasPathOrPort = end > host.End;
        if (!valid || !SchemelessHost.IsPlausible(text, hostStart, host, hasPathOrPort, _tlds))
        {
            return Scan.None(Math.Max(runEnd, end));
        }

        return new Scan(new FoundLink(start, end, hostStart, host.End, FoundLinkKind.Url, HasScheme: false), end);
    }

    private Scan EmailAt(ReadOnlySpan<char> text, int at, int floor)
    {
        if (!EmailReader.TryRead(text, at, floor, _tlds, out var link))
        {
            return Scan.None(at + 1);
        }

        return new Scan(link, link.End);
    }

    private static int SkipToWhiteSpace(ReadOnlySpan<char> text, int from)
    {
        var rest = text[from..].IndexOfAny(WhiteSpace);
        return rest < 0 ? text.Length : from + rest;
    }

    /// <summary>Reads an optional port and the path; <paramref name="valid"/> is false for a bad port.</summary>
    private int ReadAfterHost(ReadOnlySpan<char> text, int hostEnd, out bool valid)
    {
        valid = true;
        var limit = (int)Math.Min(text.Length, (long)hostEnd + _options.MaxLinkLength);
        var i = hostEnd;
        if (i + 1 < limit && text[i] == ':' && char.IsAsciiDigit(text[i + 1]))
        {
            var port = 0;
            var digits = 0;
            i++;
            while (i < limit && char.IsAsciiDigit(text[i]))
            {
                port = Math.Min((port * 10) + (text[i] - '0'), 100_000);
                digits++;
                i++;
            }

            if (port is 0 or > 65535 || digits > 5 || (i < limit && CharClass.IsLabelChar(text[i])))
            {
                valid = false;
                return i;
            }
        }

        if (i >= limit || text[i] is not ('/' or '?' or '#'))
        {
            return i;
        }

        var end = PathScanner.Scan(text, i, limit, out var reachedLimit);
        if (reachedLimit)
        {
            // The URL ended before the limit if all that follows up to the next space is sentence punctuation.
            // Otherwise it is longer than MaxLinkLength: refuse it whole (a cut-off prefix would highlight the wrong
            // thing) and go on after the run, so that no fragment of it is reported either.
            var runEnd = SkipToWhiteSpace(text, limit);
            if (end < limit && PathScanner.IsTrailingPunctuation(text[limit..runEnd]))
            {
                return end;
            }

            valid = false;
            return runEnd;
        }

        return end;
    }
}
