using System.Globalization;

namespace SaySomething.Core.Parsing.Styles;

/// <summary>
/// Decides whether <c>[COLOR]</c> or <c>[SIZE]</c> makes text invisible (security.md §3.3 technique 7).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>[COLOR=x]</c> hides when x is <c>transparent</c>, has an opacity of 0.1 or less
/// (<c>rgba(0,0,0,0)</c>, <c>#fff0</c>), or looks like the page background: every channel within
/// <see cref="BackgroundTolerance"/> of it (the default background is white, so <c>white</c>, <c>#fff</c>,
/// <c>#FFFFFF</c>, <c>rgb(255, 255, 255)</c> and near-whites such as <c>#fefefe</c> hide).</item>
/// <item><c>[SIZE=x]</c> hides when x is 0, or a pixel size of 4px or less (<c>1px</c> to <c>4px</c>, <c>0.5px</c>),
/// 3pt or less, or 0.25em/rem or 25% or less. XenForo's 1 to 7 scale is visible at every step.</item>
/// </list>
/// </remarks>
internal sealed class HiddenStyle(CssColor background)
{
    /// <summary>How far (per channel, 0 to 255) a colour may differ from the background and still be invisible on it.</summary>
    public const int BackgroundTolerance = 8;

    /// <summary>Gets the rules for a white page.</summary>
    public static HiddenStyle WhitePage { get; } = new(new CssColor(255, 255, 255, 1));

    /// <summary>Gets the page background text is compared with.</summary>
    public CssColor Background { get; } = background;

    /// <summary>Whether text in colour <paramref name="value"/> cannot be seen on the page.</summary>
    public bool HidesColor(ReadOnlySpan<char> value) =>
        CssColor.TryParse(value, out var color) && (color.A <= 0.1 || color.LooksLike(Background, BackgroundTolerance));

    /// <summary>Whether text of size <paramref name="value"/> is too small to see.</summary>
    public static bool HidesSize(ReadOnlySpan<char> value)
    {
        value = value.Trim().Trim("\"'").Trim();
        var unitStart = value.Length;
        while (unitStart > 0 && (char.IsAsciiLetter(value[unitStart - 1]) || value[unitStart - 1] == '%'))
        {
            unitStart--;
        }

        if (!double.TryParse(value[..unitStart].Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var unit = value[unitStart..];
        if (number <= 0)
        {
            return true;
        }

        return unit.IsEmpty ? false
            : unit.Equals("px", StringComparison.OrdinalIgnoreCase) ? number <= 4
            : unit.Equals("pt", StringComparison.OrdinalIgnoreCase) ? number <= 3
            : unit.Equals("em", StringComparison.OrdinalIgnoreCase) || unit.Equals("rem", StringComparison.OrdinalIgnoreCase) ? number <= 0.25
            : unit.Equals("%", StringComparison.Ordinal) && number <= 25;
    }
}
