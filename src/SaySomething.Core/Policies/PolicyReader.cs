using System.Globalization;
using SaySomething.Core.Domains;
using SaySomething.Core.Judging.Messages;

namespace SaySomething.Core.Policies;

/// <summary>
/// Turns the nodes of a policy file into a <see cref="PolicySet"/>, checking every key and value. The key names, the
/// allowed values and the messages live here; <c>docs/policy.md</c> documents them (a test keeps the two in step).
/// </summary>
internal static class PolicyReader
{
    public const string Preset = "preset";
    public const string Governed = "governed";
    public const string MinOwnWords = "min_own_words";
    public const string ReviewBelow = "review_below";
    public const string CopiedShare = "copied_share";
    public const string CodeCounts = "code_counts";
    public const string AllowedDomains = "allowed_domains";
    public const string ForumHosts = "forum_hosts";
    public const string Locale = "locale";
    public const string Fetch = "fetch";
    public const string Communities = "communities";
    public const string Sections = "sections";

    public const int MinOwnWordsLow = 1;
    public const int MinOwnWordsHigh = 1000;
    public const int MaxIdLength = 64;

    /// <summary>The keys every level accepts.</summary>
    public static readonly IReadOnlyList<string> SettingKeys =
        [Preset, Governed, MinOwnWords, ReviewBelow, CopiedShare, CodeCounts, AllowedDomains, ForumHosts, Locale, Fetch];

    public static readonly IReadOnlyList<string> AllKeys = [.. SettingKeys, Communities, Sections];

    public static readonly IReadOnlyList<KeyValuePair<string, Strictness>> Presets =
    [
        new("lenient", Strictness.Lenient),
        new("standard", Strictness.Standard),
        new("strict", Strictness.Strict),
    ];

    public static readonly IReadOnlyList<KeyValuePair<string, GovernedLinks>> GovernedValues =
    [
        new("social_and_video", GovernedLinks.SocialAndVideo),
        new("social_video_and_articles", GovernedLinks.SocialVideoAndArticles),
        new("any_external", GovernedLinks.AnyExternal),
    ];

    public static readonly IReadOnlyList<KeyValuePair<string, FetchSetting>> FetchValues =
    [
        new("off", FetchSetting.Off),
        new("cache_only", FetchSetting.CacheOnly),
        new("on", FetchSetting.On),
    ];

    /// <summary>The locales of messages to the poster.</summary>
    public static readonly IReadOnlyList<string> Locales = PosterMessages.Locales;

    private const int MaxQuotedValue = 60;

    private enum Level
    {
        Top,
        Community,
        Section,
    }

    public static PolicySet Read(PolicyNode? root, string sourceName)
    {
        if (root is null)
        {
            return PolicySet.Default;
        }

        if (root is not PolicyMapping map)
        {
            throw Fail(sourceName, root, null, $"a policy file is a mapping of keys to values, such as 'preset: standard', not {root.Description}");
        }

        PolicyLayer top = ReadLayer(sourceName, map, string.Empty, Level.Top, out PolicyNode? communitiesNode);
        var communities = new Dictionary<string, CommunityPolicies>(StringComparer.Ordinal);
        foreach ((PolicyScalar id, PolicyNode body, string path) in Children(sourceName, communitiesNode, Communities, "community"))
        {
            PolicyLayer community = ReadBody(sourceName, body, path, Level.Community, out PolicyNode? sectionsNode);
            var sections = new Dictionary<string, JudgePolicy>(StringComparer.Ordinal);
            foreach ((PolicyScalar sectionId, PolicyNode sectionBody, string sectionPath) in Children(sourceName, sectionsNode, path + "." + Sections, "section"))
            {
                PolicyLayer section = ReadBody(sourceName, sectionBody, sectionPath, Level.Section, out _);
                sections.Add(sectionId.Value, PolicyLayer.Resolve(top, community, section));
            }

            communities.Add(id.Value, new CommunityPolicies(PolicyLayer.Resolve(top, community), sections));
        }

        return new PolicySet(PolicyLayer.Resolve(top), communities);
    }

    /// <summary>The entries of <c>communities</c> or <c>sections</c>: checked ids, their bodies and key paths.</summary>
    private static List<(PolicyScalar Id, PolicyNode Body, string Path)> Children(string sourceName, PolicyNode? node, string path, string what)
    {
        var children = new List<(PolicyScalar, PolicyNode, string)>();
        if (node is null or PolicyScalar { IsNull: true })
        {
            return children;
        }

        if (node is not PolicyMapping map)
        {
            throw Fail(sourceName, node, path, $"expects a mapping of {what} ids to their settings, not {node.Description}");
        }

        var seen = new Dictionary<string, PolicyScalar>(StringComparer.Ordinal);
        foreach ((PolicyScalar key, PolicyNode value) in map.Entries)
        {
            string childPath = path + "." + key.Value;
            if (seen.TryGetValue(key.Value, out PolicyScalar? first))
            {
                throw Fail(sourceName, key, childPath, SetTwice(first));
            }

            seen.Add(key.Value, key);
            if (!IsValidId(key.Value))
            {
                throw Fail(
                    sourceName,
                    key,
                    childPath,
                    $"'{Quote(key.Value)}' is not a valid {what} id; use 1 to {MaxIdLength} lower-case letters a-z, digits, '_' or '-'");
            }

            children.Add((key, value, childPath));
        }

        return children;
    }

    private static PolicyLayer ReadBody(string sourceName, PolicyNode body, string path, Level level, out PolicyNode? nested)
    {
        nested = null;
        if (body is PolicyScalar { IsNull: true })
        {
            return new PolicyLayer();
        }

        if (body is not PolicyMapping map)
        {
            string what = level == Level.Community ? "community" : "section";
            throw Fail(sourceName, body, path, $"expects the {what}'s settings as a mapping of keys to values, such as 'preset: strict', not {body.Description}");
        }

        return ReadLayer(sourceName, map, path + ".", level, out nested);
    }

    private static PolicyLayer ReadLayer(string sourceName, PolicyMapping map, string prefix, Level level, out PolicyNode? nested)
    {
        nested = null;
        var layer = new PolicyLayer();
        var seen = new Dictionary<string, PolicyScalar>(StringComparer.Ordinal);
        string? nestedKey = level switch
        {
            Level.Top => Communities,
            Level.Community => Sections,
            _ => null,
        };

        foreach ((PolicyScalar key, PolicyNode value) in map.Entries)
        {
            string name = key.Value;
            string path = prefix + name;
            if (seen.TryGetValue(name, out PolicyScalar? first))
            {
                throw Fail(sourceName, key, path, SetTwice(first));
            }

            seen.Add(name, key);
            if (name == nestedKey)
            {
                nested = value;
                continue;
            }

            switch (name)
            {
                case Preset:
                    layer.Preset = ReadChoice(sourceName, value, path, Presets);
                    break;
                case Governed:
                    layer.Governed = ReadChoice(sourceName, value, path, GovernedValues);
                    break;
                case MinOwnWords:
                    layer.MinOwnWords = ReadWholeNumber(sourceName, value, path, MinOwnWordsLow, MinOwnWordsHigh);
                    break;
                case ReviewBelow:
                    layer.ReviewBelow = ReadNumber(sourceName, value, path, 0.5, 1);
                    break;
                case CopiedShare:
                    layer.CopiedShare = ReadNumber(sourceName, value, path, 0, 1);
                    break;
                case CodeCounts:
                    layer.CodeCounts = ReadBoolean(sourceName, value, path);
                    break;
                case AllowedDomains:
                    layer.AllowedDomains = ReadHosts(sourceName, value, path, domains: true);
                    break;
                case ForumHosts:
                    layer.ForumHosts = ReadHosts(sourceName, value, path, domains: false);
                    break;
                case Locale:
                    layer.Locale = ReadLocale(sourceName, value, path);
                    break;
                case Fetch:
                    layer.Fetch = ReadChoice(sourceName, value, path, FetchValues);
                    break;
                default:
                    throw Fail(sourceName, key, path, UnknownKey(name, level));
            }
        }

        return layer;
    }

    private static string SetTwice(PolicyScalar first) =>
        string.Create(CultureInfo.InvariantCulture, $"is set twice (first on line {first.Line}); keep one");

    private static string UnknownKey(string name, Level level)
    {
        switch (name)
        {
            case Communities:
                return "'communities' can only be at the top of the file, not inside a community or section";
            case Sections when level == Level.Top:
                return "'sections' belongs inside a community: communities.<community id>.sections";
            case Sections:
                return "a section cannot have sections of its own";
        }

        List<string> allowed = [.. SettingKeys];
        if (level == Level.Top)
        {
            allowed.Add(Communities);
        }
        else if (level == Level.Community)
        {
            allowed.Add(Sections);
        }

        string? suggestion = Suggest(name, allowed, prefixes: true);
        string hint = suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)";
        return $"'{Quote(name)}' is not a known key{hint}; the keys allowed here are {string.Join(", ", allowed)}";
    }

    private static T ReadChoice<T>(string sourceName, PolicyNode node, string path, IReadOnlyList<KeyValuePair<string, T>> choices)
        where T : struct
    {
        string[] names = [.. choices.Select(c => c.Key)];
        string use = "use " + JoinOr(names);
        string value = Scalar(sourceName, node, path, use);
        foreach ((string name, T choice) in choices)
        {
            if (string.Equals(name, value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return choice;
            }
        }

        throw Fail(sourceName, node, path, NotAllowed(value, Suggest(value, names), use));
    }

    private static int ReadWholeNumber(string sourceName, PolicyNode node, string path, int low, int high)
    {
        string use = string.Create(CultureInfo.InvariantCulture, $"use a whole number from {low} to {high}");
        string value = Scalar(sourceName, node, path, use);
        if (int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number)
            && number >= low && number <= high)
        {
            return number;
        }

        throw Fail(sourceName, node, path, NotAllowed(value, null, use));
    }

    private static double ReadNumber(string sourceName, PolicyNode node, string path, double low, double high)
    {
        string use = string.Create(CultureInfo.InvariantCulture, $"use a number from {low} to {high}");
        string value = Scalar(sourceName, node, path, use).Trim();
        if (double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double number)
            && number >= low && number <= high)
        {
            return number;
        }

        // "60%" is a common way to write a share; say how to write it instead.
        if (value.EndsWith('%')
            && double.TryParse(value[..^1].TrimEnd(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double percent)
            && percent / 100 >= low && percent / 100 <= high)
        {
            use += string.Create(CultureInfo.InvariantCulture, $" (a share is written as a fraction: {percent / 100})");
        }

        throw Fail(sourceName, node, path, NotAllowed(value, null, use));
    }

    private static bool ReadBoolean(string sourceName, PolicyNode node, string path)
    {
        const string Use = "use true or false";
        string value = Scalar(sourceName, node, path, Use);
        return value.Trim().ToUpperInvariant() switch
        {
            "TRUE" => true,
            "FALSE" => false,
            _ => throw Fail(sourceName, node, path, NotAllowed(value, null, Use)),
        };
    }

    private static string ReadLocale(string sourceName, PolicyNode node, string path)
    {
        string use = "use " + JoinOr(Locales);
        string value = Scalar(sourceName, node, path, use);
        string locale = value.Trim().ToLowerInvariant();
        if (Locales.Contains(locale))
        {
            return locale;
        }

        // "de-AT", "pt_BR": suggest the language when we have it.
        int separator = locale.IndexOfAny(['-', '_']);
        string? suggestion = separator > 0 && Locales.Contains(locale[..separator]) ? locale[..separator] : Suggest(locale, Locales);
        throw Fail(sourceName, node, path, NotAllowed(value, suggestion, use));
    }

    private static string[] ReadHosts(string sourceName, PolicyNode node, string path, bool domains)
    {
        string example = domains ? "[example.org]" : "[forum.example.com]";
        if (node is PolicyScalar { IsNull: true })
        {
            throw Fail(sourceName, node, path, $"has no value; use a list of host names, such as {example}, or [] for none");
        }

        if (node is not PolicySequence list)
        {
            string single = node is PolicyScalar scalar ? $"['{Quote(scalar.Value)}'] for one host" : $"{example}";
            throw Fail(sourceName, node, path, $"expects a list of host names, not {node.Description}; write {single}");
        }

        var hosts = new List<string>(list.Items.Count);
        for (int i = 0; i < list.Items.Count; i++)
        {
            PolicyNode item = list.Items[i];
            string itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            if (item is not PolicyScalar { IsNull: false } hostNode)
            {
                throw Fail(sourceName, item, itemPath, $"expects a host name such as {example[1..^1]}, not {item.Description}");
            }

            string? problem = CheckHost(hostNode.Value, domains, out string host);
            if (problem is not null)
            {
                throw Fail(sourceName, item, itemPath, problem);
            }

            if (!hosts.Contains(host))
            {
                hosts.Add(host);
            }
        }

        return [.. hosts];
    }

    /// <summary>Returns why <paramref name="raw"/> is not a host name, or null with its normal form in <paramref name="host"/>.</summary>
    internal static string? CheckHost(string raw, bool domain, out string host)
    {
        host = string.Empty;
        string value = raw.Trim();
        string quoted = Quote(value);
        if (value.Length == 0)
        {
            return "is empty; write a host name such as example.org";
        }

        bool scheme = value.Contains("://", StringComparison.Ordinal);
        if (scheme || value.Contains('/', StringComparison.Ordinal) || value.Contains('@', StringComparison.Ordinal)
            || value.Contains('?', StringComparison.Ordinal) || value.Contains('#', StringComparison.Ordinal))
        {
            string bare = HostPart(value);
            string what = scheme ? "is an address, not a host name" : "is not a bare host name";
            return bare.Length > 0 && HostNameNormalizer.TryNormalize(bare, out string? suggested)
                ? $"'{quoted}' {what}; write the host name only: {suggested}"
                : $"'{quoted}' {what}; write the host name only, such as example.org";
        }

        if (value.StartsWith("*.", StringComparison.Ordinal))
        {
            return domain
                ? $"'{quoted}': no wildcard is needed, a domain covers its subdomains; write {Quote(value[2..])}"
                : $"'{quoted}': wildcards are not supported; list each host of the forum";
        }

        if (value.Contains(':', StringComparison.Ordinal))
        {
            string bare = value[..value.IndexOf(':', StringComparison.Ordinal)];
            return $"'{quoted}' has a port; write the host name only: {Quote(bare)}";
        }

        if (!HostNameNormalizer.TryNormalize(value, out string? normalized))
        {
            return $"'{quoted}' is not a valid host name; write one such as example.org";
        }

        if (domain && PublicSuffixList.Default.TryMatch(normalized, out PublicSuffixMatch match) && match.RegistrableDomain is null)
        {
            return $"'{quoted}' is a public suffix: it would allow every site under it; list a domain such as example.{normalized}";
        }

        host = normalized;
        return null;
    }

    // The host of something that looks like a URL: what is between the scheme (or the start) and the path.
    private static string HostPart(string value)
    {
        int start = value.IndexOf("://", StringComparison.Ordinal);
        string rest = start >= 0 ? value[(start + 3)..] : value;
        int end = rest.IndexOfAny(['/', '?', '#']);
        if (end >= 0)
        {
            rest = rest[..end];
        }

        int at = rest.LastIndexOf('@');
        if (at >= 0)
        {
            rest = rest[(at + 1)..];
        }

        int colon = rest.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 ? rest[..colon] : rest;
    }

    /// <summary>The value of a scalar node; a list, mapping or missing value is an error that says what to write.</summary>
    private static string Scalar(string sourceName, PolicyNode node, string path, string use) => node switch
    {
        PolicyScalar { IsNull: true } => throw Fail(sourceName, node, path, $"has no value; {use}"),
        PolicyScalar scalar => scalar.Value,
        _ => throw Fail(sourceName, node, path, $"expects a single value, not {node.Description}; {use}"),
    };

    private static string NotAllowed(string value, string? suggestion, string use)
    {
        string hint = suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)";
        return $"'{Quote(value)}' is not allowed{hint}; {use}";
    }

    private static bool IsValidId(string id)
    {
        if (id.Length is 0 or > MaxIdLength)
        {
            return false;
        }

        foreach (char c in id)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"a, b or c".</summary>
    internal static string JoinOr(IReadOnlyList<string> words) =>
        words.Count == 1 ? words[0] : string.Join(", ", words.Take(words.Count - 1)) + " or " + words[^1];

    /// <summary>The closest of <paramref name="candidates"/> to a mistyped <paramref name="word"/>, or null when none is close.</summary>
    /// <param name="word">What was written.</param>
    /// <param name="candidates">What could have been meant.</param>
    /// <param name="prefixes">Whether a beginning of a candidate ("review" for "review_below") is close enough.</param>
    internal static string? Suggest(string word, IEnumerable<string> candidates, bool prefixes = false)
    {
        string typed = Squash(word);
        if (typed.Length == 0 || typed.Length > 100)
        {
            return null;
        }

        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates)
        {
            string wanted = Squash(candidate);
            int distance = Distance(typed, wanted);
            int limit = Math.Min(wanted.Length, typed.Length) <= 4 ? 1 : 2;
            bool prefix = prefixes && typed.Length >= 4 && wanted.StartsWith(typed, StringComparison.Ordinal);
            if ((distance <= limit || prefix) && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    // Case, '-', '_' and spaces do not count: "MinOwnWords", "min-own-words" and "min_own_words" are the same key.
    private static string Squash(string word) =>
        string.Concat(word.Where(c => c is not ('_' or '-' or ' '))).ToLowerInvariant();

    /// <summary>Edit distance with adjacent transpositions (optimal string alignment).</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>A value as messages quote it: at most 60 characters, control characters shown as '?'.</summary>
    private static string Quote(string value)
    {
        string shown = value.Length > MaxQuotedValue ? value[..(MaxQuotedValue - 1)] + "…" : value;
        return string.Create(shown.Length, shown, static (span, text) =>
        {
            for (int i = 0; i < text.Length; i++)
            {
                span[i] = char.IsControl(text[i]) ? '?' : text[i];
            }
        });
    }

    private static PolicyException Fail(string sourceName, PolicyNode at, string? path, string problem) =>
        new(sourceName, at.Line, at.Column, path, problem);
}
