using System.Text;
using SaySomething.Metadata.Extraction;

namespace SaySomething.Metadata.Tests.Extraction;

public sealed class PageDecoderTests
{
    private static readonly Encoding Cp1251 = CodePagesEncodingProvider.Instance.GetEncoding(1251)!;

    [Fact]
    public void DeclaredCharset_IsUsed()
    {
        byte[] body = Cp1251.GetBytes("<title>Паром повернувся</title>");

        Assert.Equal("<title>Паром повернувся</title>", PageDecoder.Decode(body, "windows-1251", html: true));
    }

    [Fact]
    public void MetaCharset_IsUsed_WhenNothingIsDeclared()
    {
        byte[] body = Cp1251.GetBytes("<html><head><!-- <meta charset=\"koi8-r\"> --><meta charset=\"windows-1251\"><title>Новини</title>");

        Assert.Contains("<title>Новини</title>", PageDecoder.Decode(body, null, html: true), StringComparison.Ordinal);
    }

    [Fact]
    public void HttpEquivCharset_IsUsed()
    {
        byte[] body = Cp1251.GetBytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><p>Дніпро</p>");

        Assert.Contains("Дніпро", PageDecoder.Decode(body, null, html: true), StringComparison.Ordinal);
    }

    [Fact]
    public void ByteOrderMark_WinsOverAWrongDeclaration()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Київ")];

        Assert.Equal("Київ", PageDecoder.Decode(body, "iso-8859-1", html: true));
    }

    [Theory]
    [InlineData("no-such-charset")]
    [InlineData("utf-16")]
    [InlineData("\"UTF-8\"")]
    [InlineData("")]
    public void UnknownOrUnusableCharset_FallsBackToUtf8(string declared)
    {
        Assert.Equal("Žluťoučký kůň", PageDecoder.Decode(Encoding.UTF8.GetBytes("Žluťoučký kůň"), declared, html: false));
    }

    [Fact]
    public void InvalidBytes_BecomeReplacementCharacters_NotErrors()
    {
        Assert.Equal("a\uFFFDb", PageDecoder.Decode([(byte)'a', 0xFF, (byte)'b'], "utf-8", html: false));
    }

    [Fact]
    public void WrongDeclaredCharset_GivesMojibake_NotACrash()
    {
        string text = PageDecoder.Decode(Encoding.UTF8.GetBytes("Дніпро"), "windows-1252", html: true);

        Assert.NotEqual("Дніпро", text);
        Assert.Equal(12, text.Length);
    }

    [Fact]
    public void Output_IsCutAtMaxChars()
    {
        Assert.Equal(10, PageDecoder.Decode(new byte[100_000].AsSpan(), null, html: false, maxChars: 10).Length);
    }

    [Fact]
    public void MetaCharset_IsLookedForOnlyInTheFirstKilobyte()
    {
        byte[] body = Cp1251.GetBytes(new string(' ', 2000) + "<meta charset=\"windows-1251\">Дніпро");

        Assert.DoesNotContain("Дніпро", PageDecoder.Decode(body, null, html: true), StringComparison.Ordinal);
    }
}
