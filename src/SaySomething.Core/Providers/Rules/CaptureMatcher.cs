using SaySomething.Core.Providers.Urls;

namespace SaySomething.Core.Providers.Rules;

/// <summary>Checks captured text against a <see cref="CaptureConstraint"/>.</summary>
internal static class CaptureMatcher
{
    /// <summary>Returns the part of <paramref name="text"/> the constraint captures, or false.</summary>
    public static bool TryMatch(CaptureConstraint constraint, ReadOnlySpan<char> text, out ReadOnlySpan<char> value)
    {
        value = text;
        if (text.IsEmpty)
        {
            return false;
        }

        switch (constraint)
        {
            case CaptureConstraint.Any:
                return true;
            case CaptureConstraint.Digits:
                return AsciiDigits.AreAll(text);
            case CaptureConstraint.LongDigits:
                return text.Length >= 8 && AsciiDigits.AreAll(text);
            case CaptureConstraint.Token:
                foreach (char c in text)
                {
                    if (!IsTokenChar(c))
                    {
                        return false;
                    }
                }

                return true;
            case CaptureConstraint.Head:
                int end = 0;
                while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
                {
                    end++;
                }

                value = text[..end];
                return end > 0 && end < text.Length && text[end] is '-' or '.' or '_';
            case CaptureConstraint.VkId:
                return IsVkId(text);
            default:
                return false;
        }
    }

    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    private static bool IsVkId(ReadOnlySpan<char> text)
    {
        if (text[0] == '-')
        {
            text = text[1..];
        }

        int underscore = text.IndexOf('_');
        if (underscore <= 0 || underscore == text.Length - 1)
        {
            return false;
        }

        return AsciiDigits.AreAll(text[..underscore])
            && AsciiDigits.AreAll(text[(underscore + 1)..]);
    }
}
