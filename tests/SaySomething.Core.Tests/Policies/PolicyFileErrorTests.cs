using System.Diagnostics;
using System.Globalization;
using System.Text;
using SaySomething.Core.Policies;

namespace SaySomething.Core.Tests.Policies;

/// <summary>Every kind of bad policy file gives a <see cref="PolicyException"/> that says where, what and what to write.</summary>
public sealed class PolicyFileErrorTests
{
    [Fact]
    public void BadValueInASection_NamesFileLineColumnPathAndAllowedValues()
    {
        const string Yaml = """
            preset: standard
            communities:
              gardening:
                preset: strict
                sections:
                  news:
                    governed: social
            """;

        PolicyException e = Assert.Throws<PolicyException>(() => PolicyFile.Parse(Yaml, "policy.yaml"));

        Assert.Equal(
            "policy.yaml:7:19: communities.gardening.sections.news.governed: 'social' is not allowed; use social_and_video, social_video_and_articles or any_external",
            e.Message);
        Assert.Equal(("policy.yaml", 7, 19), (e.SourceName, e.Line, e.Column));
        Assert.Equal("communities.gardening.sections.news.governed", e.KeyPath);
    }

    [Theory]
    [InlineData("preset: stirct", "preset: 'stirct' is not allowed (did you mean 'strict'?); use lenient, standard or strict")]
    [InlineData("preset: medium", "preset: 'medium' is not allowed; use lenient, standard or strict")]
    [InlineData("governed: any-external", "governed: 'any-external' is not allowed (did you mean 'any_external'?); use social_and_video, social_video_and_articles or any_external")]
    [InlineData("min_own_words: 0", "min_own_words: '0' is not allowed; use a whole number from 1 to 1000")]
    [InlineData("min_own_words: 1001", "min_own_words: '1001' is not allowed; use a whole number from 1 to 1000")]
    [InlineData("min_own_words: 2.5", "min_own_words: '2.5' is not allowed; use a whole number from 1 to 1000")]
    [InlineData("min_own_words: many", "min_own_words: 'many' is not allowed; use a whole number from 1 to 1000")]
    [InlineData("review_below: 0.4", "review_below: '0.4' is not allowed; use a number from 0.5 to 1")]
    [InlineData("review_below: 1.5", "review_below: '1.5' is not allowed; use a number from 0.5 to 1")]
    [InlineData("review_below: .nan", "review_below: '.nan' is not allowed; use a number from 0.5 to 1")]
    [InlineData("copied_share: -0.1", "copied_share: '-0.1' is not allowed; use a number from 0 to 1")]
    [InlineData("copied_share: 60%", "copied_share: '60%' is not allowed; use a number from 0 to 1 (a share is written as a fraction: 0.6)")]
    [InlineData("copied_share: 1e-1", "copied_share: '1e-1' is not allowed; use a number from 0 to 1")]
    [InlineData("code_counts: yes", "code_counts: 'yes' is not allowed; use true or false")]
    [InlineData("code_counts: 1", "code_counts: '1' is not allowed; use true or false")]
    [InlineData("locale: it", "locale: 'it' is not allowed; use en, uk, ru, de, fr, es, nl, pl, ja or zh")]
    [InlineData("locale: de-AT", "locale: 'de-AT' is not allowed (did you mean 'de'?); use en, uk, ru, de, fr, es, nl, pl, ja or zh")]
    [InlineData("locale: zh_Hans", "locale: 'zh_Hans' is not allowed (did you mean 'zh'?); use en, uk, ru, de, fr, es, nl, pl, ja or zh")]
    public void BadValues_SayWhatIsAllowed(string yaml, string expected)
    {
        PolicyException e = Assert.Throws<PolicyException>(() => PolicyFile.Parse(yaml, "p.yaml"));

        Assert.Equal("p.yaml:1:" + (yaml.IndexOf(':', StringComparison.Ordinal) + 3) + ": " + expected, e.Message);
    }

    [Theory]
    [InlineData("preset:", "preset: has no value; use lenient, standard or strict")]
    [InlineData("preset: ~", "preset: has no value; use lenient, standard or strict")]
    [InlineData("min_own_words: null", "min_own_words: has no value; use a whole number from 1 to 1000")]
    [InlineData("locale: [en]", "locale: expects a single value, not a list; use en, uk, ru, de, fr, es, nl, pl, ja or zh")]
    [InlineData("code_counts: {a: 1}", "code_counts: expects a single value, not a mapping of keys to values; use true or false")]
    [InlineData("allowed_domains:", "allowed_domains: has no value; use a list of host names, such as [example.org], or [] for none")]
    [InlineData("allowed_domains: example.org", "allowed_domains: expects a list of host names, not a single value; write ['example.org'] for one host")]
    [InlineData("forum_hosts: {a: b}", "forum_hosts: expects a list of host names, not a mapping of keys to values; write [forum.example.com]")]
    [InlineData("communities: [a]", "communities: expects a mapping of community ids to their settings, not a list")]
    public void WrongShapes_SayWhatToWrite(string yaml, string expected)
    {
        PolicyException e = Assert.Throws<PolicyException>(() => PolicyFile.Parse(yaml, "p.yaml"));

        Assert.EndsWith(expected, e.Message, StringComparison.Ordinal);
        Assert.StartsWith("p.yaml:1:", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org/page", "'https://example.org/page' is an address, not a host name; write the host name only: example.org")]
    [InlineData("example.org/news", "'example.org/news' is not a bare host name; write the host name only: example.org")]
    [InlineData("user@example.org", "'user@example.org' is not a bare host name; write the host name only: example.org")]
    [InlineData("example.org:8080", "'example.org:8080' has a port; write the host name only: example.org")]
    [InlineData("'*.example.org'", "'*.example.org': no wildcard is needed, a domain covers its subdomains; write example.org")]
    [InlineData("exa mple.org", "'exa mple.org' is not a valid host name; write one such as example.org")]
    [InlineData("example..org", "'example..org' is not a valid host name; write one such as example.org")]
    [InlineData("''", "is empty; write a host name such as example.org")]
    [InlineData("com", "'com' is a public suffix: it would allow every site under it; list a domain such as example.com")]
    [InlineData("co.uk", "'co.uk' is a public suffix: it would allow every site under it; list a domain such as example.co.uk")]
    public void BadDomains_SayWhatToWrite(string item, string expected)
    {
        PolicyException e = Assert.Throws<PolicyException>(() => PolicyFile.Parse($"allowed_domains: [ok.example, {item}]", "p.yaml"));

        Assert.Equal("p.yaml:1:31: allowed_domains[1]: " + expected, e.Message);
        Assert.Equal("allowed_domains[1]", e.KeyPath);
    }

    [Fact]
    public void ForumHostWildcard_IsRefused()
    {
        PolicyException e = Assert.Throws<PolicyException>(() => PolicyFile.Parse("forum_hosts:\n  - '*.example.com'", "p.yaml"));

        Assert.Equal("p.yaml:2:5: forum_hosts[0]: '*.example.com': wildcards are not supported; list each host of the forum", e.Message);
    }

    [Fact]
    public void UnquotedWildcardDomain_ReadsAsAnAlias_AndSaysWhatToWrite()
    {
        PolicyException e = Assert.Throws<PolicyException>(() => PolicyFile.Parse("allowed_domains:\n  - *.example.org\n", "p.yaml"));

        Assert.Equal(
            "p.yaml:2:5: '*.example.org' reads as a YAML alias; no wildcard is needed, a domain covers its subdomains: write example.org",
            e.Message);
    }

    [Fact]
    public void ListItemThatIsNotAHost_IsRefused()
    {
        PolicyException e = Assert.Throws<PolicyException>(() => PolicyFile.Parse("allowed_domains: [[a]]", "p.yaml"));

        Assert.Equal("p.yaml:1:19: allowed_domains[0]: expects a host name such as example.org, not a list", e.Message);
    }

    [Theory]
    [InlineData("min_own_word: 2", 1, 1, "min_own_word", "'min_own_word' is not a known key (did you mean 'min_own_words'?)")]
    [InlineData("minOwnWords: 2", 1, 1, "minOwnWords", "(did you mean 'min_own_words'?)")]
    [InlineData("Preset: strict", 1, 1, "Preset", "(did you mean 'preset'?)")]
    [InlineData("goverend: any_external", 1, 1, "goverend", "(did you mean 'governed'?)")]
    [InlineData("review: 0.7", 1, 1, "review", "(did you mean 'review_below'?)")]
    [InlineData("colour: red", 1, 1, "colour", "'colour' is not a known key; the keys allowed here are preset, governed, min_own_words, review_below, copied_share, code_counts, allowed_domains, forum_hosts, locale, fetch, communities")]
    [InlineData("communities:\n  a:\n    local: de", 3, 5, "communities.a.local", "(did you mean 'locale'?); the keys allowed here are preset, governed, min_own_words, review_below, copied_share, code_counts, allowed_domains, forum_hosts, locale, fetch, sections")]
    [InlineData("communities:\n  a:\n    sections:\n      b:\n        sectoins: {}", 5, 9, "communities.a.sections.b.sectoins", "'sectoins' is not a known key; the keys allowed here are preset, governed, min_own_words, review_below, copied_share, code_counts, allowed_domains, forum_hosts, locale, fetch")]
    [InlineData("sections: {}", 1, 1, "sections", "'sections' belongs inside a community: communities.<community id>.sections")]
    [InlineData("communities:\n  a:\n    communities: {}", 3, 5, "communities.a.communities", "'communities' can only be at the top of the file")]
    [InlineData("communities:\n  a:\n    sections:\n      b:\n        sections: {}", 5, 9, "communities.a.sections.b.sections", "a section cannot have sections of its own")]
    public void UnknownKeys_AreErrorsWithSuggestions(string yaml, int line, int column, string path, string expected)
    {
        PolicyException e = Assert.Throws<PolicyException>(() => PolicyFile.Parse(yaml, "p.yaml"));

        Assert.Equal((line, column, path), (e.Line, e.Column, e.KeyPath));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("communities:\n  Gardening: {}", "communities.Gardening", "'Gardening' is not a valid community id; use 1 to 64 lower-case letters a-z, digits, '_' or '-'")]
    [InlineData("communities:\n  'my garden': {}", "communities.my garden", "'my garden' is not a valid community id")]
    [InlineData("communities:\n  '': {}", "communities.", "'' is not a valid community id")]
    [InlineData("communities:\n  a:\n    sections:\n      news.local: {}", "communities.a.sections.news.local", "'news.local' is not a valid section id")]
    public void BadIds_AreErrors(string yaml, string path, string expected)
    {
        PolicyException e = Assert.Throws<PolicyException>(() => PolicyFile.Parse(yaml, "p.yaml"));

        Assert.Equal(path, e.KeyPath);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TooLongId_IsAnError()
    {
        string id = new('a', 65);
        PolicyException e = Assert.Throws<PolicyException>(() => PolicyFile.Parse($"communities:\n  {id}: {{}}", "p.yaml"));

        Assert.Contains("is not a valid community id; use 1 to 64", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("communities:\n  a: strict", "communities.a: expects the community's settings as a mapping of keys to values, such as 'preset: strict', not a single value")]
    [InlineData("communities:\n  a:\n    sections:\n      b: [x]", "communities.a.sections.b: expects the section's settings as a mapping of keys to values, such as 'preset: strict', not a list")]
    [InlineData("- preset: strict", "p.yaml:1:1: a policy file is a mapping of keys to values, such as 'preset: standard', not a list")]
    [InlineData("strict", "p.yaml:1:1: a policy file is a mapping of keys to values, such as 'preset: standard', not a single value")]
    [InlineData("[a]: 1", "p.yaml:1:1: a key must be a name, not a list")]
    public void WrongStructure_IsAnError(string yaml, string expected)
    {
        PolicyException e = Assert.Throws<PolicyException>(() => PolicyFile.Parse(yaml, "p.yaml"));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateKey_NamesTheFirst()
    {
        PolicyException e = Assert.Throws<PolicyException>(() => PolicyFile.Parse("preset: strict\nlocale: de\npreset: lenient", "p.yaml"));

        Assert.Equal("p.yaml:3:1: preset: is set twice (first on line 1); keep one", e.Message);
    }

    [Fact]
    public void DuplicateCommunity_IsAnError()
    {
        PolicyException e = Assert.Throws<PolicyException>(() => PolicyFile.Parse("communities:\n  a: {}\n  a: {}", "p.yaml"));

        Assert.Equal("p.yaml:3:3: communities.a: is set twice (first on line 2); keep one", e.Message);
    }

    [Theory]
    [InlineData("preset: [strict", "invalid YAML")]
    [InlineData("preset: strict\n  locale: de", "invalid YAML")]
    [InlineData("preset: 'strict", "invalid YAML")]
    [InlineData("preset: strict\n---\npreset: lenient", "more than one YAML document")]
    public void InvalidYaml_IsAnErrorWithAPosition(string yaml, string expected)
    {
        PolicyException e = Assert.Throws<PolicyException>(() => PolicyFile.Parse(yaml, "p.yaml"));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.NotNull(e.Line);
        Assert.NotNull(e.Column);
        Assert.StartsWith($"p.yaml:{e.Line}:{e.Column}: ", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Line:", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("base: &b {preset: strict}\n", "anchors (&b) are not supported")]
    [InlineData("preset: &p strict\nlocale: *p\n", "anchors (&p) are not supported")]
    [InlineData("preset: *p\n", "aliases (*p) are not supported")]
    [InlineData("preset: !!str strict\n", "tags (tag:yaml.org,2002:str) are not supported")]
    [InlineData("preset: !custom strict\n", "tags (!custom) are not supported")]
    public void AnchorsAliasesAndTags_AreRefused(string yaml, string expected)
    {
        PolicyException e = Assert.Throws<PolicyException>(() => PolicyFile.Parse(yaml, "p.yaml"));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void AliasBomb_IsRefusedQuickly()
    {
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
        }

        var watch = Stopwatch.StartNew();
        PolicyException e = Assert.Throws<PolicyException>(() => PolicyFile.Parse(yaml.ToString(), "p.yaml"));

        Assert.Contains("are not supported", e.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void DeepNesting_IsRefused()
    {
        PolicyException e = Assert.Throws<PolicyException>(() =>
            PolicyFile.Parse("communities: {a: {sections: {b: {allowed_domains: [[x]]}}}}", "p.yaml"));

        Assert.Contains("nested deeper than a policy file can be (at most 6 levels", e.Message, StringComparison.Ordinal);
        Assert.Equal((1, 52), (e.Line, e.Column));
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(200_000)]
    public void VeryDeepNesting_IsRefusedWithoutCrashing(int depth)
    {
        string yaml = "preset: " + new string('[', depth) + new string(']', depth);

        PolicyException e = Assert.Throws<PolicyException>(() => PolicyFile.Parse(yaml, "p.yaml"));

        Assert.Contains("nested deeper", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VeryDeepBlockNesting_IsRefusedWithoutCrashing()
    {
        var yaml = new StringBuilder();
        for (int i = 0; i < 1_000; i++)
        {
            yaml.Append(' ', i).Append("k:\n");
        }

        PolicyException e = Assert.Throws<PolicyException>(() => PolicyFile.Parse(yaml.ToString(), "p.yaml"));

        Assert.Contains("nested deeper", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TooLargeText_IsRefused()
    {
        string yaml = "# " + new string('x', PolicyFile.MaxSize);

        PolicyException e = Assert.Throws<PolicyException>(() => PolicyFile.Parse(yaml, "p.yaml"));

        Assert.Equal("p.yaml: is 1,048,578 characters; a policy file may be at most 1 MiB (1,048,576 bytes)", e.Message);
    }

    [Fact]
    public void LongQuotedValues_AreShortenedInMessages()
    {
        PolicyException e = Assert.Throws<PolicyException>(() => PolicyFile.Parse("preset: " + new string('z', 5_000), "p.yaml"));

        Assert.True(e.Message.Length < 200, e.Message);
        Assert.Contains("zzz…' is not allowed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile()
    {
        string path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.yaml");

        PolicyException e = Assert.Throws<PolicyException>(() => PolicyFile.Load(path));

        Assert.Equal($"{path}: file not found (looked for {path})", e.Message);
    }

    [Fact]
    public void Load_Directory()
    {
        string path = Path.GetTempPath();

        PolicyException e = Assert.Throws<PolicyException>(() => PolicyFile.Load(path));

        Assert.Equal($"{path}: is a directory; give the path of the policy file itself", e.Message);
    }

    [Fact]
    public void Load_EmptyPath()
    {
        Assert.Throws<PolicyException>(() => PolicyFile.Load(" "));
        Assert.Contains("NUL", Assert.Throws<PolicyException>(() => PolicyFile.Load("a\0b.yaml")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => PolicyFile.Load(null!));
    }

    [Fact]
    public void Load_TooLargeFile()
    {
        WithFile(new byte[PolicyFile.MaxSize + 1], path =>
        {
            PolicyException e = Assert.Throws<PolicyException>(() => PolicyFile.Load(path));
            Assert.Equal($"{path}: is 1,048,577 bytes; a policy file may be at most 1 MiB (1,048,576 bytes)", e.Message);
        });
    }

    [Fact]
    public void Load_FileOfExactlyTheLimit_IsRead()
    {
        byte[] bytes = new byte[PolicyFile.MaxSize];
        bytes.AsSpan().Fill((byte)' ');
        "preset: strict"u8.CopyTo(bytes);
        WithFile(bytes, path => Assert.Equal(Strictness.Strict, PolicyFile.Load(path).Defaults.Strictness));
    }

    [Fact]
    public void Load_InvalidUtf8_NamesTheLineAndColumn()
    {
        WithFile([.. "preset: strict\nlocale: d"u8, 0xFF, .. "e\n"u8], path =>
        {
            PolicyException e = Assert.Throws<PolicyException>(() => PolicyFile.Load(path));
            Assert.Equal($"{path}:2:10: not valid UTF-8 (byte 0xFF at offset 24); save the file as UTF-8", e.Message);
        });
    }

    [Fact]
    public void Load_TruncatedUtf8Sequence_IsInvalid()
    {
        WithFile([.. "locale: de # caf"u8, 0xC3], path =>
        {
            PolicyException e = Assert.Throws<PolicyException>(() => PolicyFile.Load(path));
            Assert.Contains(":1:17: not valid UTF-8 (byte 0xC3 at offset 16)", e.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Load_Utf16_IsRecognised()
    {
        WithFile([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("preset: strict")], path =>
        {
            PolicyException e = Assert.Throws<PolicyException>(() => PolicyFile.Load(path));
            Assert.Equal($"{path}: is UTF-16 text; save it as UTF-8", e.Message);
        });
    }

    [Fact]
    public void Load_BinaryGarbage_IsAPolicyException()
    {
        var random = new Random(7);
        byte[] bytes = new byte[4096];
        random.NextBytes(bytes);
        WithFile(bytes, path => Assert.Throws<PolicyException>(() => PolicyFile.Load(path)));
    }

    [Fact]
    public void Parse_RandomText_OnlyEverThrowsPolicyException()
    {
        // Fragments of policies, YAML punctuation and odd characters, glued at random.
        string[] pieces =
        [
            "preset", ": ", "strict", "\n", "  ", "- ", "[", "]", "{", "}", ",", "'", "\"", "&a ", "*a", "!t ", "---\n", "...\n",
            "? ", "|\n", ">\n", "#", "communities", "sections", "a", "\t", "%YAML 1.2\n", "\0", "\uFFFF", "\uD800", "é", "0.5", "~", "<<: ",
        ];
        var random = new Random(12345);
        var failures = new List<string>();
        for (int n = 0; n < 10_000; n++)
        {
            var text = new StringBuilder();
            int count = random.Next(1, 40);
            for (int i = 0; i < count; i++)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            try
            {
                PolicyFile.Parse(text.ToString(), "fuzz");
            }
            catch (PolicyException)
            {
            }
            catch (Exception e)
            {
                failures.Add(e.GetType().Name + " " + e.Message + " <<" + text + ">>");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    private static void WithFile(byte[] bytes, Action<string> test)
    {
        string path = Path.Combine(Path.GetTempPath(), $"policy-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllBytes(path, bytes);
            test(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
