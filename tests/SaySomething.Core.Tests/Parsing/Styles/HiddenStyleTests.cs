using SaySomething.Core.Parsing.Styles;

namespace SaySomething.Core.Tests.Parsing.Styles;

public sealed class HiddenStyleTests
{
    [Theory]
    [InlineData("white")]
    [InlineData("WHITE")]
    [InlineData("#fff")]
    [InlineData("#FFF")]
    [InlineData("#ffffff")]
    [InlineData("#FfFfFf")]
    [InlineData("rgb(255, 255, 255)")]
    [InlineData("rgb(255,255,255)")]
    [InlineData("RGB( 255 ,255 , 255 )")]
    [InlineData("rgba(255, 255, 255, 1)")]
    [InlineData("rgb(100%, 100%, 100%)")]
    [InlineData("\"#ffffff\"")]
    [InlineData("#fafafa")]
    [InlineData("snow")]
    [InlineData("transparent")]
    [InlineData("rgba(0, 0, 0, 0)")]
    [InlineData("rgba(184, 49, 47, 0.05)")]
    [InlineData("#0000")]
    [InlineData("#b8312f00")]
    public void HidesColor_OnWhitePage_Hides(string value)
    {
        Assert.True(HiddenStyle.WhitePage.HidesColor(value));
    }

    [Theory]
    [InlineData("black")]
    [InlineData("#b8312f")]
    [InlineData("silver")]
    [InlineData("#eeeeee")]
    [InlineData("rgb(255, 255, 200)")]
    [InlineData("rgba(255, 255, 255")]
    [InlineData("hsl(0, 0%, 100%)")]
    [InlineData("notacolour")]
    [InlineData("#ffff f")]
    [InlineData("")]
    public void HidesColor_OnWhitePage_Visible(string value)
    {
        Assert.False(HiddenStyle.WhitePage.HidesColor(value));
    }

    [Fact]
    public void HidesColor_DarkBackground_HidesTheBackgroundNotWhite()
    {
        Assert.True(CssColor.TryParse("#1b1b1b", out var dark));
        var style = new HiddenStyle(dark);

        Assert.True(style.HidesColor("#1B1B1B"));
        Assert.True(style.HidesColor("rgb(27,27,27)"));
        Assert.False(style.HidesColor("white"));
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("0px", true)]
    [InlineData("1px", true)]
    [InlineData("4px", true)]
    [InlineData("0.5px", true)]
    [InlineData("4PX", true)]
    [InlineData("2pt", true)]
    [InlineData("0.2em", true)]
    [InlineData("10%", true)]
    [InlineData("5px", false)]
    [InlineData("1", false)]
    [InlineData("7", false)]
    [InlineData("12px", false)]
    [InlineData("1em", false)]
    [InlineData("small", false)]
    [InlineData("", false)]
    public void HidesSize_Value_HidesOnlyTinySizes(string value, bool hidden)
    {
        Assert.Equal(hidden, HiddenStyle.HidesSize(value));
    }
}
