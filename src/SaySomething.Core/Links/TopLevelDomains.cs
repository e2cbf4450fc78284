using System.Globalization;
using SaySomething.Core.Domains;

namespace SaySomething.Core.Links;

/// <summary>
/// The top-level domains of the Public Suffix List's ICANN section (Unicode and punycode forms), used to tell
/// <c>example.com</c> (a link) from <c>node.js</c> (not one) when a text gives no scheme.
/// </summary>
internal sealed class TopLevelDomains
{
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

    // Built from the Public Suffix List already loaded for registrable domains, in both spellings a post may use:
    // punycode (xn--p1ai) and Unicode (рф).
    private static TopLevelDomains Load()
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var idn = new IdnMapping();
        foreach (var tld in PublicSuffixList.Default.IcannTopLevelLabels())
        {
            if (set.Add(tld) && tld.StartsWith("xn--", StringComparison.Ordinal))
            {
                set.Add(idn.GetUnicode(tld));
            }
        }

        return new TopLevelDomains(set);
    }
}
