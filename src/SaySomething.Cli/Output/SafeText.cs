using System.Text;

namespace SaySomething.Cli.Output;

/// <summary>
/// Makes user text safe to print on a terminal: control characters (an escape sequence in a post could recolour or
/// clear the screen) become visible symbols. Line breaks and tabs stay. Spectre markup is never parsed from user text:
/// it goes into <see cref="Spectre.Console.Text"/> and <see cref="Spectre.Console.Paragraph"/>, or through
/// <see cref="Spectre.Console.Markup.Escape"/>.
/// </summary>
internal static class SafeText
{
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        while (i < text.Length && !NeedsReplacing(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (!NeedsReplacing(c))
            {
                clean.Append(c);
            }
            else if (c < 0x20)
            {
                clean.Append((char)(0x2400 + c)); // Control Pictures: ␛ for ESC.
            }
            else
            {
                clean.Append('\uFFFD');
            }
        }

        return clean.ToString();
    }

    /// <summary>The text on one line: line breaks shown as ⏎ (for table cells and one-line summaries).</summary>
    public static string OneLine(string text) => Clean(text.Replace("\r\n", "\n", StringComparison.Ordinal)).Replace("\n", " ⏎ ", StringComparison.Ordinal);

    private static bool NeedsReplacing(char c) => c is (< ' ' and not '\n' and not '\t') or '\u007F' or (>= '\u0080' and <= '\u009F');
}
