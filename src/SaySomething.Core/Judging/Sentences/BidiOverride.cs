namespace SaySomething.Core.Judging.Sentences;

/// <summary>
/// Text written backwards behind a right-to-left override (U+202E) shows forwards: "‮!hctaw tsum" reads as
/// "must watch!". Judging reads it the way it is shown: each override run (to a pop, U+202C, or the end of the line)
/// is reversed in place, so the text keeps its length and offsets stay inside the run.
/// </summary>
internal static class BidiOverride
{
    private const char RightToLeftOverride = '\u202E';
    private const char PopDirectionalFormatting = '\u202C';

    public static string ToVisualOrder(string text)
    {
        int start = text.IndexOf(RightToLeftOverride, StringComparison.Ordinal);
        if (start < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (buffer, source) =>
        {
            source.AsSpan().CopyTo(buffer);
            int at = 0;
            while ((at = buffer[at..].IndexOf(RightToLeftOverride) is var found and >= 0 ? at + found : -1) >= 0)
            {
                int runStart = at + 1, runEnd = runStart;
                while (runEnd < buffer.Length && buffer[runEnd] is not PopDirectionalFormatting and not '\n' and not RightToLeftOverride)
                {
                    runEnd++;
                }

                var run = buffer[runStart..runEnd];
                run.Reverse();

                // Reversing split surrogate pairs; put each pair back in order.
                for (int i = 0; i + 1 < run.Length; i++)
                {
                    if (char.IsLowSurrogate(run[i]) && char.IsHighSurrogate(run[i + 1]))
                    {
                        (run[i], run[i + 1]) = (run[i + 1], run[i]);
                        i++;
                    }
                }

                at = runEnd;
                if (at >= buffer.Length)
                {
                    break;
                }
            }
        });
    }
}
