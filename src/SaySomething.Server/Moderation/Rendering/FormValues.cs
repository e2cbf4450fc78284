using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace SaySomething.Server.Moderation.Rendering;

/// <summary>Reads and checks query and form fields; each problem becomes a sentence that says what to fix.</summary>
internal sealed class FormValues(Func<string, StringValues> read)
{
    public List<string> Errors { get; } = [];

    /// <summary>A trimmed text of at most <paramref name="max"/> characters, or null when empty; control characters are refused.</summary>
    public string? Text(string field, string label, int max, bool required = false)
    {
        string? value = read(field).ToString().Trim();
        if (value.Length == 0)
        {
            if (required)
            {
                Errors.Add($"{label} is required.");
            }

            return null;
        }

        if (value.Length > max)
        {
            Errors.Add($"{label} has {value.Length} characters; at most {max} are allowed.");
            return null;
        }

        if (value.Any(c => char.IsControl(c) && c != '\n' && c != '\r' && c != '\t'))
        {
            Errors.Add($"{label} contains control characters; remove them.");
            return null;
        }

        return value;
    }

    /// <summary>One of <paramref name="allowed"/>, or null when empty.</summary>
    public string? Choice(string field, string label, IEnumerable<string> allowed, bool required = false)
    {
        string? value = read(field).ToString().Trim();
        if (value.Length == 0)
        {
            if (required)
            {
                Errors.Add($"{label} is required.");
            }

            return null;
        }

        var list = allowed.ToList();
        if (!list.Contains(value, StringComparer.Ordinal))
        {
            Errors.Add($"{label} must be one of: {string.Join(", ", list)}.");
            return null;
        }

        return value;
    }

    /// <summary>A date <c>yyyy-MM-dd</c> as UTC midnight, or null when empty.</summary>
    public DateTime? Date(string field, string label)
    {
        string value = read(field).ToString().Trim();
        if (value.Length == 0)
        {
            return null;
        }

        if (!DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
        {
            Errors.Add($"{label} must be a date written yyyy-mm-dd.");
            return null;
        }

        return DateTime.SpecifyKind(date, DateTimeKind.Utc);
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, or <paramref name="fallback"/> when empty.</summary>
    public int Number(string field, string label, int min, int max, int fallback)
    {
        string value = read(field).ToString().Trim();
        if (value.Length == 0)
        {
            return fallback;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int number) || number < min || number > max)
        {
            Errors.Add($"{label} must be a whole number from {min} to {max}.");
            return fallback;
        }

        return number;
    }

    /// <summary>Adds an error when the range is reversed.</summary>
    public void Range(DateTime? from, DateTime? to)
    {
        if (from is { } f && to is { } t && f > t)
        {
            Errors.Add("The start date is after the end date; swap them.");
        }
    }
}
