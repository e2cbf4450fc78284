using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace SaySomething.Core.Domains;

/// <summary>
/// The Public Suffix List (<see href="https://publicsuffix.org/"/>): which names are public suffixes, such as
/// <c>com</c>, <c>co.uk</c> or <c>github.io</c>, and therefore which part of a host is its registrable domain.
/// </summary>
/// <remarks>
/// <para>
/// Lookups follow the list's algorithm: a rule matches when its labels equal the right-hand labels of the host,
/// a <c>*</c> label matching any one label. A matching exception rule (<c>!</c>) wins and its suffix is the rule
/// minus its leftmost label; otherwise the matching rule with the most labels wins; with no match the implicit
/// rule <c>*</c> applies. The registrable domain is the public suffix plus one label.
/// </para>
/// <para>
/// Hosts are normalized first with <see cref="HostNameNormalizer"/>; input it rejects has no suffix. IP
/// addresses are not domain names: a host whose last label is all digits (such as <c>192.0.2.1</c>) has no
/// suffix either. Instances are immutable and safe to share between threads.
/// </para>
/// </remarks>
public sealed class PublicSuffixList
{
    internal const string ResourceName = "SaySomething.Core.Domains.Data.public_suffix_list.dat";

    private const string IcannBeginMarker = "===BEGIN ICANN DOMAINS===";
    private const string PrivateBeginMarker = "===BEGIN PRIVATE DOMAINS===";

    // Longest possible host (253 characters) has at most 127 labels.
    private const int MaxLabels = (HostNameNormalizer.MaxHostLength + 1) / 2;

    private static readonly Lazy<PublicSuffixList> s_default = new(LoadDefault);

    private readonly Dictionary<string, RuleFlags> _rules;
    private readonly Dictionary<string, RuleFlags>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly RuleFlags _mask;

    private PublicSuffixList(Dictionary<string, RuleFlags> rules, RuleStatistics statistics)
    {
        _rules = rules;
        _lookup = rules.GetAlternateLookup<ReadOnlySpan<char>>();
        _mask = RuleFlags.All;
        Statistics = statistics;
        IcannOnly = new PublicSuffixList(this);
    }

    // The ICANN-only view shares the rules of its full list and masks out the private ones.
    private PublicSuffixList(PublicSuffixList full)
    {
        _rules = full._rules;
        _lookup = full._lookup;
        _mask = RuleFlags.AllIcann;
        Statistics = full.Statistics;
        IcannOnly = this;
    }

    [Flags]
    private enum RuleFlags : byte
    {
        None = 0,
        Normal = 1,
        Wildcard = 2,
        Exception = 4,
        NormalPrivate = 8,
        WildcardPrivate = 16,
        ExceptionPrivate = 32,
        AllIcann = Normal | Wildcard | Exception,
        All = AllIcann | NormalPrivate | WildcardPrivate | ExceptionPrivate,
    }

    /// <summary>Gets the list shipped with the product (embedded resource), parsed once on first use.</summary>
    public static PublicSuffixList Default => s_default.Value;

    /// <summary>
    /// Gets a view of this list without its private section, so that for example <c>someone.github.io</c>
    /// has the registrable domain <c>github.io</c>. The view of a view is itself.
    /// </summary>
    public PublicSuffixList IcannOnly { get; }

    /// <summary>Gets a value indicating whether rules from the private section take part in lookups.</summary>
    public bool IncludesPrivateRules => _mask == RuleFlags.All;

    internal RuleStatistics Statistics { get; }

    /// <summary>The last label of every ICANN rule, in ASCII (punycode) form; each label may appear more than once.</summary>
    internal IEnumerable<string> IcannTopLevelLabels() =>
        _rules.Where(rule => (rule.Value & RuleFlags.AllIcann) != 0).Select(rule => rule.Key[(rule.Key.LastIndexOf('.') + 1)..]);

    /// <summary>Reads a list in the Public Suffix List file format.</summary>
    /// <param name="reader">The list text: one rule per line; <c>//</c> comments; the section markers decide ICANN or private (ICANN until a private marker).</param>
    /// <exception cref="FormatException">A rule is not a valid host name pattern.</exception>
    public static PublicSuffixList Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);

        var rules = new Dictionary<string, RuleFlags>(StringComparer.Ordinal);
        var statistics = new RuleStatistics();
        bool inPrivate = false;
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            ReadOnlySpan<char> text = line.AsSpan().Trim();
            if (text.StartsWith("//", StringComparison.Ordinal))
            {
                ReadOnlySpan<char> comment = text[2..].Trim();
                if (comment.StartsWith(PrivateBeginMarker, StringComparison.Ordinal))
                {
                    inPrivate = true;
                }
                else if (comment.StartsWith(IcannBeginMarker, StringComparison.Ordinal)
                    || comment.StartsWith("===END", StringComparison.Ordinal))
                {
                    inPrivate = false;
                }

                continue;
            }

            int space = text.IndexOfAny(' ', '\t');
            if (space >= 0)
            {
                text = text[..space];
            }

            if (text.IsEmpty || text.SequenceEqual("*"))
            {
                continue; // blank line, or the implicit default rule spelled out
            }

            AddRule(rules, statistics, text, inPrivate, lineNumber);
        }

        return new PublicSuffixList(rules, statistics);
    }

    /// <summary>Returns the public suffix of <paramref name="host"/>, for example <c>co.uk</c> for <c>www.example.co.uk</c>.</summary>
    /// <returns>The suffix, or <see langword="null"/> if <paramref name="host"/> is not a valid host name (including <see langword="null"/>, and IP addresses).</returns>
    public string? GetPublicSuffix(string? host) => TryMatch(host, out PublicSuffixMatch match) ? match.PublicSuffix : null;

    /// <summary>Returns the registrable domain of <paramref name="host"/>, for example <c>example.co.uk</c> for <c>www.example.co.uk</c>.</summary>
    /// <returns>The domain, or <see langword="null"/> if <paramref name="host"/> is a public suffix itself or is not a valid host name.</returns>
    public string? GetRegistrableDomain(string? host) => TryMatch(host, out PublicSuffixMatch match) ? match.RegistrableDomain : null;

    /// <summary>Looks <paramref name="host"/> up and reports its suffix, registrable domain and the section of the deciding rule.</summary>
    /// <returns><see langword="false"/> if <paramref name="host"/> is not a valid host name; never throws.</returns>
    public bool TryMatch(string? host, out PublicSuffixMatch match)
    {
        match = default;
        if (!HostNameNormalizer.TryNormalize(host, out string? ascii, out string? display))
        {
            return false;
        }

        // starts[k - 1] is where the suffix made of the last k labels begins.
        Span<int> buffer = stackalloc int[MaxLabels];
        int labelCount = 0;
        int end = ascii.Length;
        while (true)
        {
            int start = ascii.AsSpan(0, end).LastIndexOf('.') + 1;
            buffer[labelCount++] = start;
            if (start == 0)
            {
                break;
            }

            end = start - 1;
        }

        ReadOnlySpan<int> starts = buffer[..labelCount];
        if (HostNameNormalizer.IsAllDigits(ascii.AsSpan(starts[0])))
        {
            return false; // an IPv4 address or similar, not a domain name
        }

        (int suffixLabels, PublicSuffixSection section) = FindPrevailingRule(ascii, starts);

        string publicSuffix = Tail(ascii, display, starts, suffixLabels);
        string? registrable = suffixLabels < labelCount ? Tail(ascii, display, starts, suffixLabels + 1) : null;
        match = new PublicSuffixMatch(publicSuffix, registrable, section);
        return true;
    }

    // Returns how many labels the public suffix has and where the deciding rule lives.
    private (int Labels, PublicSuffixSection Section) FindPrevailingRule(string ascii, ReadOnlySpan<int> starts)
    {
        int bestLabels = 0;
        PublicSuffixSection bestSection = PublicSuffixSection.None;
        int exceptionLabels = 0;
        PublicSuffixSection exceptionSection = PublicSuffixSection.None;

        for (int k = 1; k <= starts.Length; k++)
        {
            if (!_lookup.TryGetValue(ascii.AsSpan(starts[k - 1]), out RuleFlags flags))
            {
                continue;
            }

            flags &= _mask;
            if ((flags & (RuleFlags.Exception | RuleFlags.ExceptionPrivate)) != 0)
            {
                exceptionLabels = k;
                exceptionSection = SectionOf(flags, RuleFlags.Exception);
            }

            if ((flags & (RuleFlags.Normal | RuleFlags.NormalPrivate)) != 0 && k > bestLabels)
            {
                bestLabels = k;
                bestSection = SectionOf(flags, RuleFlags.Normal);
            }

            // "*.name" matches one more label to the left, if there is one.
            if ((flags & (RuleFlags.Wildcard | RuleFlags.WildcardPrivate)) != 0 && k < starts.Length && k + 1 > bestLabels)
            {
                bestLabels = k + 1;
                bestSection = SectionOf(flags, RuleFlags.Wildcard);
            }
        }

        if (exceptionLabels > 0)
        {
            return (exceptionLabels - 1, exceptionSection);
        }

        // No rule matched: the implicit rule "*" makes the last label the suffix.
        return bestLabels > 0 ? (bestLabels, bestSection) : (1, PublicSuffixSection.None);
    }

    private static PublicSuffixSection SectionOf(RuleFlags flags, RuleFlags icannFlag)
        => (flags & icannFlag) != 0 ? PublicSuffixSection.Icann : PublicSuffixSection.Private;

    // The last `labels` labels of the host, taken from the display form (same labels as the ASCII form).
    private static string Tail(string ascii, string display, ReadOnlySpan<int> starts, int labels)
    {
        if (ReferenceEquals(ascii, display))
        {
            return ascii[starts[labels - 1]..]; // the whole host, uncopied, when labels == starts.Length
        }

        int start = display.Length;
        for (int i = 0; i < labels; i++)
        {
            start = display.AsSpan(0, start).LastIndexOf('.');
        }

        return start < 0 ? display : display[(start + 1)..];
    }

    private static void AddRule(Dictionary<string, RuleFlags> rules, RuleStatistics statistics, ReadOnlySpan<char> rule, bool inPrivate, int lineNumber)
    {
        RuleFlags kind = RuleFlags.Normal;
        ReadOnlySpan<char> name = rule;
        if (name.StartsWith('!'))
        {
            kind = RuleFlags.Exception;
            name = name[1..];
        }
        else if (name.StartsWith("*.", StringComparison.Ordinal))
        {
            kind = RuleFlags.Wildcard;
            name = name[2..];
        }

        if (name.ContainsAny('*', '!') || !HostNameNormalizer.TryNormalize(name.ToString(), out string? key))
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Line {lineNumber}: '{rule}' is not a valid public suffix rule."));
        }

        if (kind == RuleFlags.Exception && !key.Contains('.', StringComparison.Ordinal))
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Line {lineNumber}: exception rule '{rule}' needs at least two labels."));
        }

        statistics.Count(inPrivate, kind == RuleFlags.Wildcard, kind == RuleFlags.Exception);
        if (inPrivate)
        {
            kind = (RuleFlags)((int)kind << 3); // Normal -> NormalPrivate, and so on
        }

        CollectionsMarshal.GetValueRefOrAddDefault(rules, key, out _) |= kind;
    }

    private static PublicSuffixList LoadDefault()
    {
        using Stream stream = typeof(PublicSuffixList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing from {typeof(PublicSuffixList).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        return Parse(reader);
    }

    /// <summary>How many rules of each kind a list was parsed from (for tests and diagnostics).</summary>
    internal sealed class RuleStatistics
    {
        public int Icann { get; private set; }

        public int Private { get; private set; }

        public int Wildcard { get; private set; }

        public int Exception { get; private set; }

        public int Total => Icann + Private;

        internal void Count(bool inPrivate, bool wildcard, bool exception)
        {
            if (inPrivate)
            {
                Private++;
            }
            else
            {
                Icann++;
            }

            if (wildcard)
            {
                Wildcard++;
            }

            if (exception)
            {
                Exception++;
            }
        }
    }
}
