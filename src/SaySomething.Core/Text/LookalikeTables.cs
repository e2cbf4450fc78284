using System.Globalization;
using System.Text;

namespace SaySomething.Core.Text;

/// <summary>
/// The two fold tables behind <see cref="TextNormalizer"/>, parsed once on first use from embedded resources:
/// the UTS #39 confusables (only non-Latin letters whose prototype is one to three ASCII letters) and our
/// supplementary table <c>Data/lookalikes-extra.txt</c> (small capitals, parenthesized and negative letters,
/// regional indicators). Both map a code point to a lower-case ASCII string.
/// </summary>
internal sealed class LookalikeTables
{
    internal const string ConfusablesResource = "SaySomething.Core.Text.Data.confusables.txt";
    internal const string ExtraResource = "SaySomething.Core.Text.Data.lookalikes-extra.txt";

    private const int MaxConfusableTargetLength = 3;

    private static readonly Lazy<LookalikeTables> s_default = new(Load);

    private readonly Dictionary<int, string> _confusables;
    private readonly Dictionary<int, string> _extra;

    private LookalikeTables(Dictionary<int, string> confusables, Dictionary<int, string> extra)
    {
        _confusables = confusables;
        _extra = extra;
    }

    /// <summary>Gets the tables shipped with the product, parsed once (thread-safe).</summary>
    public static LookalikeTables Default => s_default.Value;

    /// <summary>Gets the number of usable confusable entries kept from <c>confusables.txt</c>.</summary>
    public int ConfusableCount => _confusables.Count;

    /// <summary>Gets the number of code points in the supplementary table.</summary>
    public int ExtraCount => _extra.Count;

    /// <summary>Gets the Latin prototype of a non-Latin letter (Cyrillic <c>а</c> → <c>a</c>), or null.</summary>
    public string? Confusable(int codePoint) => _confusables.GetValueOrDefault(codePoint);

    /// <summary>Gets the fold of a code point in the supplementary table (<c>ᴜ</c> → <c>u</c>), or null.</summary>
    public string? Extra(int codePoint) => _extra.GetValueOrDefault(codePoint);

    private static LookalikeTables Load() =>
        new(ParseConfusables(ReadResource(ConfusablesResource)), ParseExtra(ReadResource(ExtraResource)));

    private static string ReadResource(string name)
    {
        using var stream = typeof(LookalikeTables).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Parses <c>confusables.txt</c>, keeping only entries useful for mixed-script words.</summary>
    internal static Dictionary<int, string> ParseConfusables(string text)
    {
        var map = new Dictionary<int, string>();
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            var line = StripComment(rawLine);
            if (line.IsEmpty)
            {
                continue;
            }

            var firstSemicolon = line.IndexOf(';');
            var rest = line[(firstSemicolon + 1)..];
            var secondSemicolon = rest.IndexOf(';');
            if (firstSemicolon < 0 || secondSemicolon < 0)
            {
                throw new FormatException($"confusables.txt: malformed line '{rawLine}'.");
            }

            var source = ParseCodePoint(line[..firstSemicolon]);
            if (!IsCandidateSource(source))
            {
                continue;
            }

            var target = ParseAsciiLetterSequence(rest[..secondSemicolon]);
            if (target is not null)
            {
                map[source] = target;
            }
        }

        return map;
    }

    /// <summary>Parses our supplementary table (format in <c>Data/README.md</c>).</summary>
    internal static Dictionary<int, string> ParseExtra(string text)
    {
        var map = new Dictionary<int, string>();
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            var line = StripComment(rawLine);
            if (line.IsEmpty)
            {
                continue;
            }

            var semicolon = line.IndexOf(';');
            if (semicolon < 0)
            {
                throw new FormatException($"lookalikes-extra.txt: malformed line '{rawLine}'.");
            }

            var sources = line[..semicolon].Trim();
            var target = line[(semicolon + 1)..].Trim().ToString();
            if (target.Length == 0 || !target.All(char.IsAsciiLetterLower))
            {
                throw new FormatException($"lookalikes-extra.txt: target must be lower-case ASCII letters: '{rawLine}'.");
            }

            var dots = sources.IndexOf("..", StringComparison.Ordinal);
            var first = ParseCodePoint(dots < 0 ? sources : sources[..dots]);
            var last = dots < 0 ? first : ParseCodePoint(sources[(dots + 2)..]);
            if (last < first || (last > first && (target.Length != 1 || target[0] + (last - first) > 'z')))
            {
                throw new FormatException($"lookalikes-extra.txt: bad range '{rawLine}'.");
            }

            for (var codePoint = first; codePoint <= last; codePoint++)
            {
                var value = last == first ? target : ((char)(target[0] + (codePoint - first))).ToString();
                if (!map.TryAdd(codePoint, value))
                {
                    throw new FormatException($"lookalikes-extra.txt: U+{codePoint:X4} appears twice.");
                }
            }
        }

        return map;
    }

    private static ReadOnlySpan<char> StripComment(ReadOnlySpan<char> line)
    {
        var hash = line.IndexOf('#');
        return (hash < 0 ? line : line[..hash]).Trim();
    }

    private static int ParseCodePoint(ReadOnlySpan<char> hex)
    {
        var trimmed = hex.Trim();
        if (trimmed.Length is < 4 or > 6
            || !int.TryParse(trimmed, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            || !Rune.IsValid(value))
        {
            throw new FormatException($"'{trimmed}' is not a code point.");
        }

        return value;
    }

    // Only letters outside Latin can stand in for a Latin letter in a mixed-script word.
    private static bool IsCandidateSource(int codePoint) =>
        Rune.IsValid(codePoint) && Rune.IsLetter(new Rune(codePoint)) && ScriptClassifier.Classify(codePoint) is not LetterScript.Latin;

    private static string? ParseAsciiLetterSequence(ReadOnlySpan<char> field)
    {
        Span<char> letters = stackalloc char[MaxConfusableTargetLength];
        var count = 0;
        foreach (var part in field.Trim().Split(' '))
        {
            var codePoint = ParseCodePoint(field.Trim()[part]);
            if (count == MaxConfusableTargetLength || codePoint > 0x7F || !char.IsAsciiLetter((char)codePoint))
            {
                return null;
            }

            letters[count++] = char.ToLowerInvariant((char)codePoint);
        }

        return count == 0 ? null : new string(letters[..count]);
    }
}
