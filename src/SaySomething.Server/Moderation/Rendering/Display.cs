using System.Globalization;

namespace SaySomething.Server.Moderation.Rendering;

/// <summary>How values are written on the pages: times in UTC, names made readable, actors resolved to account names.</summary>
public static class Display
{
    /// <summary>A UTC time as <c>2026-03-14 09:00 UTC</c>.</summary>
    public static string Time(DateTime? utc) => utc is { } t ? t.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "–";

    /// <summary>A UTC time for a <c>datetime</c> attribute.</summary>
    public static string MachineTime(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A snake_case name as words (<c>drive_by</c> → <c>drive-by</c>, <c>title_only</c> → <c>title only</c>).</summary>
    public static string Name(string? name) => name switch
    {
        null or "" => "–",
        "drive_by" => "drive-by",
        "not_applicable" => "not applicable",
        "needs_review" => "needs review",
        _ => name.Replace('_', ' '),
    };

    /// <summary>A share as a percentage with one decimal.</summary>
    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    /// <summary>A count with thousands separators.</summary>
    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A decimal to three places.</summary>
    public static string Fraction(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>The first <paramref name="max"/> characters of a text on one line, with an ellipsis when cut.</summary>
    public static string Excerpt(string? text, int max = 140)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= max ? flat : flat[..max] + "…";
    }
}
