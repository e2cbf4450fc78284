using SaySomething.Metadata.Extraction;
using SaySomething.Metadata.Fixtures;

namespace SaySomething.Metadata.Tests.Extraction;

public sealed class WatchPageReaderTests
{
    private static ExtractedMetadata Read(string html)
    {
        using var page = HtmlPage.Parse(html, new Uri("https://www.youtube.com/watch?v=Rk3fTq9ZpLw"));
        return WatchPageReader.Read(page);
    }

    [Fact]
    public void PlayerData_GivesTheFullDescription_WhereTheTagsAreCut()
    {
        var found = Read(FixturePages.Text("watch.html"));

        Assert.Equal("Rebuilding the Rusanivka footbridge in eleven days", found.Title);
        Assert.Equal("Field Notes Crew", found.Author);
        Assert.StartsWith("Volunteers from three neighbourhoods", found.Description, StringComparison.Ordinal);
        Assert.Contains("Two retired carpenters taught the younger volunteers", found.Description, StringComparison.Ordinal);
        Assert.Contains("\n", found.Description, StringComparison.Ordinal);
        Assert.Equal(MetadataSources.WatchPage, found.Sources);
    }

    [Theory]
    [InlineData("<script>var ytInitialPlayerResponse = {\"videoDetails\": {\"title\": \"cut off</script>")]
    [InlineData("<script>var ytInitialPlayerResponse = [1, 2, 3];</script>")]
    [InlineData("<script>var ytInitialPlayerResponse = {\"videoDetails\": \"not an object\"};</script>")]
    [InlineData("<script>var ytInitialPlayerResponse = {\"videoDetails\": {\"title\": 42}};</script>")]
    [InlineData("<script>console.log('ytInitialPlayerResponse is set elsewhere', {\"videoDetails\": {\"title\": \"fake\"}});</script>")]
    [InlineData("<p>var ytInitialPlayerResponse = {\"videoDetails\": {\"title\": \"in text, not a script\"}};</p>")]
    public void BrokenOrMisplacedPlayerData_GivesNothing(string html)
    {
        Assert.True(Read(html).IsEmpty);
    }

    [Fact]
    public void DeeplyNestedPlayerData_GivesNothing()
    {
        string deep = new string('[', 10_000) + new string(']', 10_000);

        Assert.True(Read($"<script>var ytInitialPlayerResponse = {{\"a\": {deep}, \"videoDetails\": {{\"title\": \"t\"}}}};</script>").IsEmpty);
    }

    [Fact]
    public void TrailingCode_AfterTheObject_IsIgnored()
    {
        var found = Read("<script>var ytInitialPlayerResponse = {\"videoDetails\": {\"title\": \"T\", \"shortDescription\": \"D\"}};var x = {broken</script>");

        Assert.Equal(("T", "D"), (found.Title, found.Description));
    }

    [Fact]
    public void HugeDescription_IsCutToTheLimit()
    {
        string description = string.Join(' ', Enumerable.Repeat("long", 100_000));
        var found = Read($"<script>var ytInitialPlayerResponse = {{\"videoDetails\": {{\"shortDescription\": \"{description}\"}}}};</script>");

        Assert.InRange(found.Description!.Length, ExtractionLimits.MaxDescriptionChars / 2, ExtractionLimits.MaxDescriptionChars);
    }
}
