using System.Globalization;
using System.Reflection;

namespace SaySomething.Core.Links;

/// <summary>
/// The top-level domains of the Public Suffix List's ICANN section (Unicode and punycode forms), used to tell
/// <c>example.com</c> (a link) from <c>node.js</c> (not one) when a text gives no scheme.
/// </summary>
internal sealed class TopLevelDomains
{
    internal const string ResourceName = "SaySomething.Core.Domains.Data.public_suffix_list.dat";

    // Country codes that double as common file extensions ("setup.py", "notes.md", "libc.so"): without a scheme,
    // a path or "www." a reader takes "name.py" for a file, not a site.
    private static readonly string[] FileExtensionLookalikes =
        ["py", "md", "sh", "so", "pl", "ps", "ai", "rs", "cc", "in", "ml", "pm", "zip", "mov", "app", "mk"];

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _all;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _fileLike;

    public static TopLevelDomains Default { get; } = Load();

    private TopLevelDomains(HashSet<string> all)
    {
        _all = all.GetAlternateLookup<ReadOnlySpan<char>>();
        _fileLike = new HashSet<string>(FileExtensionLookalikes, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether <paramref name="label"/> is a top-level domain (ASCII case-insensitive).</summary>
    /// <remarks>
    /// A non-ASCII label that is not found is looked up again in NFKC form, so presentation forms and other
    /// compatibility spellings of an IDN TLD (<c>ﻢﺻﺭ</c> for <c>مصر</c>) count; that rare path allocates.
    /// </remarks>
    public bool Contains(ReadOnlySpan<char> label)
    {
        if (label.IsEmpty)
        {
            return false;
        }

        if (_all.Contains(label))
        {
            return true;
        }

        return !System.Text.Ascii.IsValid(label) && _all.Contains(label.ToString().Normalize(System.Text.NormalizationForm.FormKC));
    }

    /// <summary>Whether a bare <c>name.tld</c> with this TLD is more likely a file name than a site.</summary>
    public bool LooksLikeFileExtension(ReadOnlySpan<char> label) => _fileLike.Contains(label);

    private static TopLevelDomains Load()
    {
        using var stream = typeof(TopLevelDomains).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from {Assembly.GetExecutingAssembly().FullName}.");
        using var reader = new StreamReader(stream);
        return new TopLevelDomains(Parse(reader));
    }

    internal static HashSet<string> Parse(TextReader reader)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var idn = new IdnMapping();
        var inIcann = false;
        while (reader.ReadLine() is { } line)
        {
            if (line.Contains("===BEGIN ICANN DOMAINS===", StringComparison.Ordinal))
            {
                inIcann = true;
            }
            else if (line.Contains("===END ICANN DOMAINS===", StringComparison.Ordinal))
            {
                break;
            }

            var rule = line.Trim();
            if (!inIcann || rule.Length == 0 || rule.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            // The last label of every rule: "za" is listed only through "co.za", "org.za"...
            var tld = rule[(rule.LastIndexOf('.') + 1)..];
            if (set.Add(tld) && !System.Text.Ascii.IsValid(tld))
            {
                set.Add(idn.GetAscii(tld));
            }
        }

        return set;
    }
}
