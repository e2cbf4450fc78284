using System.Text;

namespace SaySomething.Metadata.Extraction;

/// <summary>
/// Turns a response body into text the way a browser picks the encoding: a byte-order mark first, then the charset the
/// response declared, then a <c>&lt;meta charset&gt;</c> in the first 1,024 bytes of an HTML page, else UTF-8. Unknown
/// charset names are skipped; bytes invalid in the chosen encoding become U+FFFD, never an error.
/// </summary>
public static class PageDecoder
{
    /// <summary>How far into an HTML page a <c>&lt;meta charset&gt;</c> is looked for (as browsers do).</summary>
    public const int MetaScanBytes = 1024;

    static PageDecoder()
    {
        // windows-1251, koi8-r, shift_jis, gb2312...: the code pages .NET Core leaves out unless asked.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Decodes <paramref name="body"/>; <paramref name="declaredCharset"/> is the Content-Type's charset, or null.</summary>
    /// <param name="body">The bytes.</param>
    /// <param name="declaredCharset">The charset the response declared, or null.</param>
    /// <param name="html">Whether to look for a <c>&lt;meta charset&gt;</c>.</param>
    /// <param name="maxChars">Characters kept at most; the rest is dropped.</param>
    public static string Decode(ReadOnlySpan<byte> body, string? declaredCharset, bool html, int maxChars = ExtractionLimits.MaxPageChars)
    {
        Encoding encoding = FromByteOrderMark(body, out int skip)
            ?? Lookup(declaredCharset)
            ?? (html ? Lookup(MetaCharset(body[..Math.Min(body.Length, MetaScanBytes)])) : null)
            ?? Encoding.UTF8;
        body = body[skip..];

        // A character takes at least one byte in every encoding we accept: cutting bytes first bounds the work.
        int maxBytes = (int)Math.Min(body.Length, (long)maxChars * 4);
        string text = encoding.GetString(body[..maxBytes]);
        return text.Length > maxChars ? text[..maxChars] : text;
    }

    /// <summary>The encoding a charset label names, or null when .NET does not know it. UTF-16 labels in a page mean
    /// UTF-8 (a page that could say so in ASCII is not UTF-16), as browsers treat them.</summary>
    internal static Encoding? Lookup(string? label)
    {
        if (string.IsNullOrWhiteSpace(label) || label.Length > 40)
        {
            return null;
        }

        string name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        if (name.StartsWith("utf-16", StringComparison.Ordinal) || name == "utf-32")
        {
            return Encoding.UTF8;
        }

        try
        {
            // Replacement fallback: a byte the encoding cannot map becomes U+FFFD instead of an exception.
            return Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding? FromByteOrderMark(ReadOnlySpan<byte> body, out int skip)
    {
        skip = 0;
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            skip = 3;
            return Encoding.UTF8;
        }

        if (body.Length >= 2 && body[0] == 0xFF && body[1] == 0xFE)
        {
            skip = 2;
            return Encoding.Unicode;
        }

        if (body.Length >= 2 && body[0] == 0xFE && body[1] == 0xFF)
        {
            skip = 2;
            return Encoding.BigEndianUnicode;
        }

        return null;
    }

    /// <summary>The charset of the first <c>&lt;meta charset=…&gt;</c> or <c>&lt;meta http-equiv content="…charset=…"&gt;</c>
    /// in an ASCII-compatible prefix, or null. A simplified form of the HTML prescan: comments are skipped.</summary>
    internal static string? MetaCharset(ReadOnlySpan<byte> head)
    {
        string ascii = Encoding.Latin1.GetString(head);
        int at = 0;
        while (at < ascii.Length)
        {
            int open = ascii.IndexOf('<', at);
            if (open < 0)
            {
                return null;
            }

            if (string.CompareOrdinal(ascii, open, "<!--", 0, 4) == 0)
            {
                int close = ascii.IndexOf("-->", open + 4, StringComparison.Ordinal);
                if (close < 0)
                {
                    return null;
                }

                at = close + 3;
                continue;
            }

            int end = ascii.IndexOf('>', open);
            if (end < 0)
            {
                return null;
            }

            string tag = ascii[open..end];
            at = end + 1;
            if (!tag.StartsWith("<meta", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            int charset = tag.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
            if (charset < 0)
            {
                continue;
            }

            int start = charset + "charset".Length;
            while (start < tag.Length && (tag[start] is ' ' or '=' or '"' or '\''))
            {
                start++;
            }

            int stop = start;
            while (stop < tag.Length && (char.IsAsciiLetterOrDigit(tag[stop]) || tag[stop] is '-' or '_' or ':' or '.'))
            {
                stop++;
            }

            return stop > start ? tag[start..stop] : null;
        }

        return null;
    }
}
