using SaySomething.Core.Domains;

namespace SaySomething.Core.Tests.Domains;

public sealed class PublicSuffixListTests
{
    private static readonly PublicSuffixList s_small = PublicSuffixList.Parse(new StringReader("""
        // A small list in the upstream format.
        // ===BEGIN ICANN DOMAINS===
        com
        uk
        co.uk
        jp
        kobe.jp
        *.kobe.jp
        !city.kobe.jp
        *.ck
        !www.ck
        // ===END ICANN DOMAINS===
        // ===BEGIN PRIVATE DOMAINS===
        github.io
        blogspot.com
        *.compute.example.com   trailing words are ignored
        !special.compute.example.com
        // ===END PRIVATE DOMAINS===
        """));

    [Theory]
    [InlineData("com", "com", null)]
    [InlineData("example.com", "com", "example.com")]
    [InlineData("a.b.example.co.uk", "co.uk", "example.co.uk")]
    [InlineData("co.uk", "co.uk", null)]
    [InlineData("example", "example", null)] // unlisted TLD: implicit rule *
    [InlineData("a.b.example", "example", "b.example")]
    public void NormalRules_LongestMatchWins(string host, string suffix, string? registrable)
    {
        Assert.Equal(suffix, s_small.GetPublicSuffix(host));
        Assert.Equal(registrable, s_small.GetRegistrableDomain(host));
    }

    [Theory]
    [InlineData("ck", "ck", null)] // "*.ck" needs a label to match; the implicit rule gives "ck"
    [InlineData("test.ck", "test.ck", null)]
    [InlineData("b.test.ck", "test.ck", "b.test.ck")]
    [InlineData("www.ck", "ck", "www.ck")] // exception: the rule minus its leftmost label
    [InlineData("a.www.ck", "ck", "www.ck")]
    [InlineData("c.kobe.jp", "c.kobe.jp", null)]
    [InlineData("b.c.kobe.jp", "c.kobe.jp", "b.c.kobe.jp")]
    [InlineData("kobe.jp", "kobe.jp", null)]
    [InlineData("city.kobe.jp", "kobe.jp", "city.kobe.jp")]
    [InlineData("www.city.kobe.jp", "kobe.jp", "city.kobe.jp")]
    public void WildcardAndExceptionRules(string host, string suffix, string? registrable)
    {
        Assert.Equal(suffix, s_small.GetPublicSuffix(host));
        Assert.Equal(registrable, s_small.GetRegistrableDomain(host));
    }

    [Theory]
    [InlineData("someone.github.io", "github.io", "someone.github.io", PublicSuffixSection.Private)]
    [InlineData("www.someone.blogspot.com", "blogspot.com", "someone.blogspot.com", PublicSuffixSection.Private)]
    [InlineData("x.vm1.compute.example.com", "vm1.compute.example.com", "x.vm1.compute.example.com", PublicSuffixSection.Private)]
    [InlineData("x.special.compute.example.com", "compute.example.com", "special.compute.example.com", PublicSuffixSection.Private)]
    [InlineData("github.com", "com", "github.com", PublicSuffixSection.Icann)]
    [InlineData("www.city.kobe.jp", "kobe.jp", "city.kobe.jp", PublicSuffixSection.Icann)]
    [InlineData("a.b.example", "example", "b.example", PublicSuffixSection.None)]
    public void TryMatch_ReportsTheSectionOfTheDecidingRule(string host, string suffix, string registrable, PublicSuffixSection section)
    {
        Assert.True(s_small.TryMatch(host, out PublicSuffixMatch match));
        Assert.Equal(new PublicSuffixMatch(suffix, registrable, section), match);
    }

    [Theory]
    [InlineData("someone.github.io", "github.io")]
    [InlineData("www.someone.blogspot.com", "blogspot.com")]
    [InlineData("x.vm1.compute.example.com", "example.com")]
    [InlineData("www.city.kobe.jp", "city.kobe.jp")]
    public void IcannOnly_IgnoresPrivateRules(string host, string registrable)
    {
        Assert.Equal(registrable, s_small.IcannOnly.GetRegistrableDomain(host));
        Assert.True(s_small.IcannOnly.TryMatch(host, out PublicSuffixMatch match));
        Assert.NotEqual(PublicSuffixSection.Private, match.Section);
    }

    [Theory]
    [InlineData("someone.github.io", "someone.github.io", "github.io")]
    [InlineData("someone.blogspot.com", "someone.blogspot.com", "blogspot.com")]
    [InlineData("www.someone.netlify.app", "someone.netlify.app", "netlify.app")]
    [InlineData("a.b.eu-west-1.compute.amazonaws.com", "b.eu-west-1.compute.amazonaws.com", "amazonaws.com")] // *.compute.amazonaws.com
    [InlineData("bucket.s3.amazonaws.com", "bucket.s3.amazonaws.com", "amazonaws.com")]
    [InlineData("someone.substack.com", "substack.com", "substack.com")] // not in the list
    [InlineData("forums.bbc.co.uk", "bbc.co.uk", "bbc.co.uk")]
    public void Default_PrivateSectionOnAndOff(string host, string withPrivate, string icannOnly)
    {
        Assert.Equal(withPrivate, PublicSuffixList.Default.GetRegistrableDomain(host));
        Assert.Equal(icannOnly, PublicSuffixList.Default.IcannOnly.GetRegistrableDomain(host));
    }

    [Theory]
    [InlineData("WWW.Example.COM", "example.com")]
    [InlineData("www.example.com.", "example.com")] // one trailing dot (the DNS root) is dropped
    [InlineData("example.com.", "example.com")]
    [InlineData("www\u3002example\uFF0Ecom\uFF61", "example.com")] // ideographic and full-width full stops
    [InlineData("\uFF37\uFF37\uFF37.example.com", "example.com")] // full-width letters
    [InlineData("ex\uFF41mple.com", "example.com")]
    public void Default_NormalizesTheHost(string host, string registrable)
        => Assert.Equal(registrable, PublicSuffixList.Default.GetRegistrableDomain(host));

    [Theory]
    [InlineData("www.食狮.中国", "食狮.中国", "中国")]
    [InlineData("www.xn--85x722f.xn--fiqs8s", "xn--85x722f.xn--fiqs8s", "xn--fiqs8s")]
    [InlineData("www.食狮.xn--fiqs8s", "食狮.xn--fiqs8s", "xn--fiqs8s")] // mixed: each label keeps its form
    [InlineData("a.食狮.公司.cn", "食狮.公司.cn", "公司.cn")]
    [InlineData("shop.BÜCHER.de", "bücher.de", "de")]
    [InlineData("bücher.de.", "bücher.de", "de")]
    [InlineData("xn--bcher-kva.de", "xn--bcher-kva.de", "de")]
    [InlineData("WWW.XN--BCHER-KVA.DE", "xn--bcher-kva.de", "de")]
    [InlineData("www.例子.在线", "例子.在线", "在线")]
    public void Default_InternationalHosts_AnswerInTheFormAsked(string host, string registrable, string suffix)
    {
        Assert.Equal(registrable, PublicSuffixList.Default.GetRegistrableDomain(host));
        Assert.Equal(suffix, PublicSuffixList.Default.GetPublicSuffix(host));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("...")]
    [InlineData(".com")]
    [InlineData("example..com")]
    [InlineData("example.com..")]
    [InlineData(" example.com")]
    [InlineData("exa mple.com")]
    [InlineData("example.com/")]
    [InlineData("example.com:443")]
    [InlineData("user@example.com")]
    [InlineData("*.example.com")]
    [InlineData("[::1]")]
    [InlineData("192.0.2.1")]
    [InlineData("192.0.2.1.")]
    [InlineData("12345")]
    [InlineData("\0.com")]
    [InlineData("a\u200B.com")] // zero-width space
    [InlineData("\uFFFD.com")] // replacement character: the text was decoded wrongly somewhere
    [InlineData("exa\u3000mple.com")] // ideographic space
    [InlineData("xn--zz.com")] // not decodable punycode
    [InlineData("\uFF0E\uFF0E")]
    public void HostileOrInvalidInput_HasNoSuffixAndDoesNotThrow(string? host)
    {
        Assert.Null(PublicSuffixList.Default.GetPublicSuffix(host));
        Assert.Null(PublicSuffixList.Default.GetRegistrableDomain(host));
        Assert.False(PublicSuffixList.Default.TryMatch(host, out _));
    }

    [Fact]
    public void UnpairedSurrogates_HaveNoSuffix()
    {
        // Built here rather than in InlineData, whose serialization replaces lone surrogates with U+FFFD.
        foreach (string host in new[] { "\uD800.com", "x\uDC00.com", "a.b\uD83D", "\uD83D\uD83D.com" })
        {
            Assert.Null(PublicSuffixList.Default.GetPublicSuffix(host));
            Assert.False(HostNameNormalizer.TryNormalize(host, out _));
        }

        Assert.Equal("\uD83D\uDE00.com", PublicSuffixList.Default.GetRegistrableDomain("www.\uD83D\uDE00.com")); // a proper pair
    }

    [Fact]
    public void LengthLimits_AreEnforced()
    {
        string label63 = new('a', 63);
        string label64 = new('a', 64);
        Assert.Equal(label63 + ".com", PublicSuffixList.Default.GetRegistrableDomain(label63 + ".com"));
        Assert.Null(PublicSuffixList.Default.GetRegistrableDomain(label64 + ".com"));

        // 253 characters is the longest host; 127 labels is the most it can have.
        string host253 = string.Join('.', Enumerable.Repeat("a", 121)) + ".example.com";
        Assert.Equal(253, host253.Length);
        Assert.Equal("example.com", PublicSuffixList.Default.GetRegistrableDomain(host253));
        Assert.Equal("example.com", PublicSuffixList.Default.GetRegistrableDomain(host253 + "."));
        Assert.Null(PublicSuffixList.Default.GetRegistrableDomain("a" + host253));

        string maxLabels = string.Join('.', Enumerable.Repeat("a", 127));
        Assert.Equal("a.a", PublicSuffixList.Default.GetRegistrableDomain(maxLabels));
    }

    [Theory]
    [InlineData(10_000, 'a')]
    [InlineData(10_000, '.')]
    [InlineData(10_000, '食')]
    [InlineData(10_000, '\u3002')]
    [InlineData(1_000, 'é')]
    public void VeryLongInput_IsRejected(int length, char fill)
    {
        string host = new string(fill, length) + ".com";
        Assert.Null(PublicSuffixList.Default.GetRegistrableDomain(host));
    }

    [Fact]
    public void LongInternationalLabel_IsRejectedWhenItsPunycodeIsTooLong()
    {
        // 30 different ideographs fit in 63 characters as Unicode but not as punycode.
        string label = string.Concat(Enumerable.Range(0, 30).Select(i => (char)(0x4E00 + (i * 97))));
        Assert.True(label.Length < HostNameNormalizer.MaxLabelLength);
        Assert.Null(PublicSuffixList.Default.GetRegistrableDomain(label + ".com"));
        Assert.Equal("食狮.com", PublicSuffixList.Default.GetRegistrableDomain("食狮.com"));
    }

    [Fact]
    public void Lookups_DoNotAllocatePerLabel()
    {
        string shortHost = "www.example.com";
        string longHost = string.Join('.', Enumerable.Repeat("label", 40)) + ".example.com";
        PublicSuffixList list = PublicSuffixList.Default;
        _ = list.TryMatch(shortHost, out _);
        _ = list.TryMatch(longHost, out _);

        long shortBytes = MeasureAllocations(() => list.TryMatch(shortHost, out _));
        long longBytes = MeasureAllocations(() => list.TryMatch(longHost, out _));

        // Both allocate only the two answer strings ("com", "example.com", about 80 bytes), however many labels were walked.
        Assert.Equal(shortBytes, longBytes);
        Assert.True(longBytes <= 96, $"{longBytes} bytes allocated");
    }

    [Fact]
    public void Parse_SkipsCommentsBlankLinesAndTheExplicitDefaultRule()
    {
        PublicSuffixList list = PublicSuffixList.Parse(new StringReader("// comment\n\n   \n*\n\tcom\t// trailing\n"));

        Assert.Equal("example.com", list.GetRegistrableDomain("www.example.com"));
        Assert.Equal(1, list.Statistics.Total);
    }

    [Fact]
    public void Parse_AcceptsUnicodeRulesAndMatchesThemInBothForms()
    {
        PublicSuffixList list = PublicSuffixList.Parse(new StringReader("中国\n"));

        Assert.True(list.TryMatch("www.食狮.中国", out PublicSuffixMatch unicode));
        Assert.Equal(new PublicSuffixMatch("中国", "食狮.中国", PublicSuffixSection.Icann), unicode);
        Assert.True(list.TryMatch("www.xn--85x722f.xn--fiqs8s", out PublicSuffixMatch punycode));
        Assert.Equal(new PublicSuffixMatch("xn--fiqs8s", "xn--85x722f.xn--fiqs8s", PublicSuffixSection.Icann), punycode);
    }

    [Fact]
    public void Parse_RulesBeforeAnyMarkerAreIcann()
    {
        PublicSuffixList list = PublicSuffixList.Parse(new StringReader("example.net\n"));

        Assert.Equal("example.net", list.IcannOnly.GetPublicSuffix("a.example.net"));
    }

    [Theory]
    [InlineData("a.*.com")]
    [InlineData("*com")]
    [InlineData("!com")] // an exception needs a label to remove
    [InlineData("!*.com")]
    [InlineData(".com")]
    [InlineData("a..com")]
    [InlineData("exa/mple")]
    public void Parse_RejectsMalformedRules(string rule)
    {
        FormatException error = Assert.Throws<FormatException>(() => PublicSuffixList.Parse(new StringReader("com\n" + rule + "\n")));
        Assert.Contains("Line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NullReader_Throws()
        => Assert.Throws<ArgumentNullException>(() => PublicSuffixList.Parse(null!));

    private static long MeasureAllocations(Action action)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
