using System.Text;
using SaySomething.Metadata.Extraction;
using SaySomething.Metadata.Fixtures;

namespace SaySomething.Metadata.Tests.Extraction;

public sealed class OEmbedReaderTests
{
    [Fact]
    public void VideoOEmbed_GivesTitleAuthorAndProvider()
    {
        var found = OEmbedReader.Read(FixturePages.Bytes("oembed-youtube.json"));

        Assert.Equal("Rebuilding the Rusanivka footbridge in eleven days", found.Title);
        Assert.Equal("Field Notes Crew", found.Author);
        Assert.Equal("YouTube", found.SiteName);
        Assert.Null(found.Description);
        Assert.Equal(MetadataSources.OEmbed, found.Sources);
    }

    [Fact]
    public void RichOEmbed_QuotingAPost_GivesThePostTextAsDescription()
    {
        var found = OEmbedReader.Read(FixturePages.Bytes("oembed-x.json"));

        Assert.StartsWith("The night ferry from Varna was turned back twice", found.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("Harbour Watch (@harbourwatch)", found.Description, StringComparison.Ordinal);
        Assert.Equal("Harbour Watch", found.Author);
    }

    [Theory]
    [InlineData("{\"title\": \"cut off")]
    [InlineData("[{\"title\": \"in an array\"}]")]
    [InlineData("\"just a string\"")]
    [InlineData("")]
    [InlineData("<html>not json</html>")]
    [InlineData("{\"title\": 12, \"author_name\": null}")]
    public void BrokenOrUnusableJson_GivesNothing(string json)
    {
        Assert.Same(ExtractedMetadata.Empty, OEmbedReader.Read(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void TooDeepJson_GivesNothing()
    {
        string json = "{\"title\": \"t\", \"x\": " + new string('[', 1000) + new string(']', 1000) + "}";

        Assert.Same(ExtractedMetadata.Empty, OEmbedReader.Read(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void OversizedDocument_IsNotRead()
    {
        string json = "{\"title\": \"" + new string('a', ExtractionLimits.MaxOEmbedBytes) + "\"}";

        Assert.Same(ExtractedMetadata.Empty, OEmbedReader.Read(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void ScriptInTheEmbedHtml_IsNotText()
    {
        const string Json = "{\"html\": \"<blockquote><script>alert('x')</script><p>Real text.</p></blockquote>\"}";

        Assert.Equal("Real text.", OEmbedReader.Read(Encoding.UTF8.GetBytes(Json)).Description);
    }
}
