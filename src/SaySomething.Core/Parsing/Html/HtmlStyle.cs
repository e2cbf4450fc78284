using System.Globalization;
using SaySomething.Core.Documents;
using SaySomething.Core.Parsing.Styles;

namespace SaySomething.Core.Parsing.Html;

/// <summary>
/// Reads an element's inline <c>style</c> attribute: whether it makes text invisible, and which formatting it
/// applies. Stylesheets are not evaluated: a class that hides text through the page's CSS is not seen.
/// </summary>
internal static class HtmlStyle
{
    /// <summary>
    /// Whether the declarations hide the element: <c>display:none</c>, <c>visibility:hidden|collapse</c>,
    /// <c>opacity:0</c>, a colour that cannot be seen on the (white) page (<c>transparent</c>, alpha ≤ 0.1, within
    /// 8 per channel of white: the BB code rule of <see cref="HiddenStyle"/>), or a font size of 0 or at most 4px
    /// (3pt, 0.25em/rem, 25%).
    /// </summary>
    public static bool IsHidden(string? style)
    {
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }

        var rest = style.AsSpan();
        while (!rest.IsEmpty)
        {
            var semicolon = rest.IndexOf(';');
            var declaration = semicolon < 0 ? rest : rest[..semicolon];
            rest = semicolon < 0 ? [] : rest[(semicolon + 1)..];
            if (!Split(declaration, out var property, out var value))
            {
                continue;
            }

            if (property.Equals("display", StringComparison.OrdinalIgnoreCase))
            {
                if (value.Equals("none", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
            else if (property.Equals("visibility", StringComparison.OrdinalIgnoreCase))
            {
                if (value.Equals("hidden", StringComparison.OrdinalIgnoreCase) || value.Equals("collapse", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
            else if (property.Equals("opacity", StringComparison.OrdinalIgnoreCase))
            {
                if (TryNumber(value, out var number, out _) && number <= 0)
                {
                    return true;
                }
            }
            else if (property.Equals("color", StringComparison.OrdinalIgnoreCase))
            {
                // The same colour rule as BB code (Styles/HiddenStyle): transparent, or on the white page's colour.
                if (HiddenStyle.WhitePage.HidesColor(value) || ZeroAlpha(value))
                {
                    return true;
                }
            }
            else if (property.Equals("font-size", StringComparison.OrdinalIgnoreCase) && HiddenStyle.HidesSize(value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The formatting an inline style applies, in order of preference: colour, size, font, decoration, weight.</summary>
    public static bool TryFormatting(string? style, out TextStyle textStyle, out string? formattingValue)
    {
        textStyle = TextStyle.Other;
        formattingValue = null;
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }

        var best = int.MaxValue;
        var rest = style.AsSpan();
        while (!rest.IsEmpty)
        {
            var semicolon = rest.IndexOf(';');
            var declaration = semicolon < 0 ? rest : rest[..semicolon];
            rest = semicolon < 0 ? [] : rest[(semicolon + 1)..];
            if (!Split(declaration, out var property, out var value))
            {
                continue;
            }

            (int Rank, TextStyle Style, bool KeepValue) match = property switch
            {
                _ when property.Equals("color", StringComparison.OrdinalIgnoreCase) => (0, TextStyle.Color, true),
                _ when property.Equals("font-size", StringComparison.OrdinalIgnoreCase) => (1, TextStyle.Size, true),
                _ when property.Equals("font-family", StringComparison.OrdinalIgnoreCase) => (2, TextStyle.Font, true),
                _ when property.Equals("text-decoration", StringComparison.OrdinalIgnoreCase) && value.Contains("line-through", StringComparison.OrdinalIgnoreCase) => (3, TextStyle.Strike, false),
                _ when property.Equals("text-decoration", StringComparison.OrdinalIgnoreCase) && value.Contains("underline", StringComparison.OrdinalIgnoreCase) => (3, TextStyle.Underline, false),
                _ when property.Equals("font-weight", StringComparison.OrdinalIgnoreCase) && (value.Equals("bold", StringComparison.OrdinalIgnoreCase) || value.StartsWith('7') || value.StartsWith('8') || value.StartsWith('9')) => (4, TextStyle.Bold, false),
                _ when property.Equals("font-style", StringComparison.OrdinalIgnoreCase) && value.Equals("italic", StringComparison.OrdinalIgnoreCase) => (4, TextStyle.Italic, false),
                _ when property.Equals("text-align", StringComparison.OrdinalIgnoreCase) || property.Equals("margin-left", StringComparison.OrdinalIgnoreCase) || property.Equals("padding-left", StringComparison.OrdinalIgnoreCase) => (5, TextStyle.Layout, true),
                _ => (int.MaxValue, TextStyle.Other, false),
            };
            if (match.Rank < best)
            {
                best = match.Rank;
                textStyle = match.Style;
                formattingValue = match.KeepValue ? value.ToString() : null;
            }
        }

        return best != int.MaxValue;
    }

    private static bool Split(ReadOnlySpan<char> declaration, out ReadOnlySpan<char> property, out ReadOnlySpan<char> value)
    {
        var colon = declaration.IndexOf(':');
        if (colon < 0)
        {
            property = value = default;
            return false;
        }

        property = declaration[..colon].Trim();
        value = declaration[(colon + 1)..].Trim();
        var important = value.IndexOf('!');
        if (important >= 0)
        {
            value = value[..important].TrimEnd();
        }

        return !property.IsEmpty;
    }

    private static bool ZeroAlpha(ReadOnlySpan<char> value)
    {
        if (!(value.StartsWith("rgba(", StringComparison.OrdinalIgnoreCase) || value.StartsWith("hsla(", StringComparison.OrdinalIgnoreCase)) || !value.EndsWith(')'))
        {
            return false;
        }

        var inner = value[5..^1];
        var separator = inner.LastIndexOfAny(',', '/');
        return separator >= 0 && TryNumber(inner[(separator + 1)..].Trim(), out var alpha, out _) && alpha <= 0;
    }

    private static bool TryNumber(ReadOnlySpan<char> value, out double number, out ReadOnlySpan<char> unit)
    {
        var end = 0;
        while (end < value.Length && (char.IsAsciiDigit(value[end]) || value[end] is '.' or '-' or '+'))
        {
            end++;
        }

        unit = value[end..].Trim();
        return double.TryParse(value[..end], NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }
}
