using System.Globalization;

namespace SaySomething.Core.Parsing.Styles;

/// <summary>
/// A colour as BB code writes it: a CSS name (<c>white</c>, <c>transparent</c>), <c>#rgb</c>, <c>#rgba</c>,
/// <c>#rrggbb</c>, <c>#rrggbbaa</c>, <c>rgb(r, g, b)</c> or <c>rgba(r, g, b, a)</c> in any case and spacing.
/// </summary>
/// <param name="R">Red, 0 to 255.</param>
/// <param name="G">Green, 0 to 255.</param>
/// <param name="B">Blue, 0 to 255.</param>
/// <param name="A">Opacity, 0 (invisible) to 1.</param>
internal readonly record struct CssColor(int R, int G, int B, double A)
{
    private static readonly Dictionary<string, CssColor> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["transparent"] = new(0, 0, 0, 0),
        ["white"] = new(255, 255, 255, 1),
        ["black"] = new(0, 0, 0, 1),
        ["snow"] = new(255, 250, 250, 1),
        ["ghostwhite"] = new(248, 248, 255, 1),
        ["whitesmoke"] = new(245, 245, 245, 1),
        ["floralwhite"] = new(255, 250, 240, 1),
        ["ivory"] = new(255, 255, 240, 1),
        ["azure"] = new(240, 255, 255, 1),
        ["mintcream"] = new(245, 255, 250, 1),
        ["silver"] = new(192, 192, 192, 1),
        ["gray"] = new(128, 128, 128, 1),
        ["grey"] = new(128, 128, 128, 1),
        ["red"] = new(255, 0, 0, 1),
        ["green"] = new(0, 128, 0, 1),
        ["blue"] = new(0, 0, 255, 1),
        ["yellow"] = new(255, 255, 0, 1),
    };

    private static readonly Dictionary<string, CssColor>.AlternateLookup<ReadOnlySpan<char>> NamedLookup = Named.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Reads a colour; false for anything else (including colour names this table does not list).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out CssColor color)
    {
        color = default;
        text = text.Trim().Trim("\"'").Trim();
        if (text.IsEmpty || text.Length > 64)
        {
            return false;
        }

        if (text[0] == '#')
        {
            return TryParseHex(text[1..], out color);
        }

        if (NamedLookup.TryGetValue(text, out color))
        {
            return true;
        }

        return TryParseFunction(text, out color);
    }

    /// <summary>Whether the two colours look the same: opaque and every channel within <paramref name="tolerance"/>.</summary>
    public bool LooksLike(CssColor other, int tolerance) =>
        Math.Abs(R - other.R) <= tolerance && Math.Abs(G - other.G) <= tolerance && Math.Abs(B - other.B) <= tolerance;

    private static bool TryParseHex(ReadOnlySpan<char> hex, out CssColor color)
    {
        color = default;
        foreach (var c in hex)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        switch (hex.Length)
        {
            case 3 or 4:
                color = new CssColor(Nibble(hex[0]) * 17, Nibble(hex[1]) * 17, Nibble(hex[2]) * 17, hex.Length == 4 ? Nibble(hex[3]) * 17 / 255.0 : 1);
                return true;
            case 6 or 8:
                color = new CssColor(Byte(hex, 0), Byte(hex, 2), Byte(hex, 4), hex.Length == 8 ? Byte(hex, 6) / 255.0 : 1);
                return true;
            default:
                return false;
        }

        static int Nibble(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
        static int Byte(ReadOnlySpan<char> h, int at) => (Nibble(h[at]) * 16) + Nibble(h[at + 1]);
    }

    private static bool TryParseFunction(ReadOnlySpan<char> text, out CssColor color)
    {
        color = default;
        var open = text.IndexOf('(');
        if (open < 0 || text[^1] != ')')
        {
            return false;
        }

        var name = text[..open].Trim();
        if (!name.Equals("rgb", StringComparison.OrdinalIgnoreCase) && !name.Equals("rgba", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Span<double> values = stackalloc double[4];
        values[3] = 1;
        var arguments = text[(open + 1)..^1];
        var count = 0;
        foreach (var range in arguments.SplitAny(",/ "))
        {
            var part = arguments[range].Trim();
            if (part.IsEmpty)
            {
                continue;
            }

            if (count == 4 || !TryParseNumber(part, count == 3, out values[count]))
            {
                return false;
            }

            count++;
        }

        if (count < 3)
        {
            return false;
        }

        color = new CssColor(Channel(values[0]), Channel(values[1]), Channel(values[2]), Math.Clamp(values[3], 0, 1));
        return true;

        static int Channel(double v) => (int)Math.Round(Math.Clamp(v, 0, 255));
    }

    private static bool TryParseNumber(ReadOnlySpan<char> part, bool alpha, out double value)
    {
        var percent = part[^1] == '%';
        if (percent)
        {
            part = part[..^1];
        }

        if (!double.TryParse(part, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        if (percent)
        {
            value = alpha ? value / 100 : value * 255 / 100;
        }

        return true;
    }
}
