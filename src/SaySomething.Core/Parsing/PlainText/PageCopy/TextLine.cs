namespace SaySomething.Core.Parsing.PlainText.PageCopy;

/// <summary>
/// One line of a text: where it starts, where its content ends (before any <c>\r\n</c> or <c>\n</c>) and where its
/// content ends and starts once surrounding white space (including U+00A0) is trimmed.
/// </summary>
internal readonly record struct TextLine(int Start, int End, int TrimStart, int TrimEnd)
{
    /// <summary>Gets a value indicating whether the line holds only white space.</summary>
    public bool IsBlank => TrimEnd <= TrimStart;

    /// <summary>Returns the trimmed content of the line.</summary>
    public ReadOnlySpan<char> Trimmed(string source) => source.AsSpan(TrimStart, TrimEnd - TrimStart);

    /// <summary>Splits <c>source[start..end]</c> into lines; a text without line breaks is one line.</summary>
    public static List<TextLine> Split(string source, int start, int end)
    {
        var lines = new List<TextLine>();
        var lineStart = start;
        while (true)
        {
            var newline = source.AsSpan(lineStart, end - lineStart).IndexOf('\n');
            var lineEnd = newline < 0 ? end : lineStart + newline;
            var contentEnd = lineEnd > lineStart && source[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            lines.Add(Make(source, lineStart, contentEnd));
            if (newline < 0)
            {
                return lines;
            }

            lineStart = lineEnd + 1;
        }
    }

    /// <summary>Makes the line <c>source[start..end]</c>, computing its trimmed bounds.</summary>
    public static TextLine Make(string source, int start, int end)
    {
        var trimStart = start;
        while (trimStart < end && char.IsWhiteSpace(source[trimStart]))
        {
            trimStart++;
        }

        var trimEnd = end;
        while (trimEnd > trimStart && char.IsWhiteSpace(source[trimEnd - 1]))
        {
            trimEnd--;
        }

        return new TextLine(start, end, trimStart, trimEnd);
    }
}
