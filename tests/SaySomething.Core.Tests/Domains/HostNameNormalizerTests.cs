using SaySomething.Core.Domains;

namespace SaySomething.Core.Tests.Domains;

public sealed class HostNameNormalizerTests
{
    [Theory]
    [InlineData("example.com", "example.com")]
    [InlineData("WWW.Example.COM", "www.example.com")]
    [InlineData("example.com.", "example.com")]
    [InlineData("localhost", "localhost")]
    [InlineData("_dmarc.example.com", "_dmarc.example.com")]
    [InlineData("-odd-.example.com", "-odd-.example.com")]
    [InlineData("食狮.中国", "xn--85x722f.xn--fiqs8s")]
    [InlineData("食狮。中国", "xn--85x722f.xn--fiqs8s")]
    [InlineData("BÜCHER.de", "xn--bcher-kva.de")]
    [InlineData("XN--BCHER-KVA.DE.", "xn--bcher-kva.de")]
    [InlineData("\uFF25\uFF38\uFF41\uFF4D\uFF50\uFF4C\uFF45\uFF0E\uFF43\uFF4F\uFF4D", "example.com")]
    public void TryNormalize_ValidHosts(string host, string expected)
    {
        Assert.True(HostNameNormalizer.TryNormalize(host, out string? normalized));
        Assert.Equal(expected, normalized);
    }

    [Fact]
    public void TryNormalize_AlreadyNormalAsciiHost_ReturnsTheSameInstance()
    {
        string host = "www.example.com";
        Assert.True(HostNameNormalizer.TryNormalize(host, out string? normalized));
        Assert.Same(host, normalized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData(".example.com")]
    [InlineData("example..com")]
    [InlineData("example.com..")]
    [InlineData("exa mple.com")]
    [InlineData("example.com:80")]
    [InlineData("http://example.com")]
    [InlineData("a\tb")]
    [InlineData("a\u00ADb.com")] // soft hyphen: a format character
    [InlineData("\uFFFD.com")] // replacement character
    [InlineData("xn--.com")]
    [InlineData("\uFF0F.com")] // full-width solidus becomes '/'
    public void TryNormalize_InvalidHosts(string? host)
    {
        Assert.False(HostNameNormalizer.TryNormalize(host, out string? normalized));
        Assert.Null(normalized);
    }

    [Fact]
    public void TryNormalize_EnforcesLengthLimits()
    {
        Assert.True(HostNameNormalizer.TryNormalize(new string('a', HostNameNormalizer.MaxLabelLength), out _));
        Assert.False(HostNameNormalizer.TryNormalize(new string('a', HostNameNormalizer.MaxLabelLength + 1), out _));

        string host253 = string.Join('.', Enumerable.Repeat("abc", 63)) + ".a";
        Assert.Equal(HostNameNormalizer.MaxHostLength, host253.Length);
        Assert.True(HostNameNormalizer.TryNormalize(host253, out _));
        Assert.True(HostNameNormalizer.TryNormalize(host253 + ".", out _));
        Assert.False(HostNameNormalizer.TryNormalize(host253 + "a", out _));
        Assert.False(HostNameNormalizer.TryNormalize(new string('a', 10_000), out _));

        // The limits apply to the punycode form, which is longer than the Unicode one.
        string unicode = string.Join('.', Enumerable.Repeat("食狮", 30));
        Assert.True(unicode.Length < HostNameNormalizer.MaxHostLength);
        Assert.False(HostNameNormalizer.TryNormalize(unicode, out _));
    }

    [Theory]
    [InlineData("WWW.食狮.COM.", "www.xn--85x722f.com", "www.食狮.com")]
    [InlineData("www.example.com", "www.example.com", "www.example.com")]
    [InlineData("Ａ.食狮.中国", "a.xn--85x722f.xn--fiqs8s", "a.食狮.中国")]
    public void TryNormalize_DisplayFormKeepsTheLabelsAligned(string host, string ascii, string display)
    {
        Assert.True(HostNameNormalizer.TryNormalize(host, out string? actualAscii, out string? actualDisplay));
        Assert.Equal(ascii, actualAscii);
        Assert.Equal(display, actualDisplay);
    }
}
