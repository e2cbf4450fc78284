using SaySomething.Core.Documents;
using SaySomething.Core.Parsing.BbCode;

namespace SaySomething.Core.Tests.Parsing.BbCode;

public sealed class QuoteOptionParserTests
{
    [Theory]
    [InlineData("alice, post: 123, member: 45", "alice", "123", "45")]
    [InlineData("alice,post:123,member:45", "alice", "123", "45")]
    [InlineData("  alice ,  post :  123 , member: 45 ", "alice", "123", "45")]
    [InlineData("alice, member: 45, post: 123", "alice", "123", "45")]
    [InlineData("Smith, John, post: 12, member: 3", "Smith, John", "12", "3")]
    [InlineData("alice, convMessage: 9, member: 45", "alice", null, "45")]
    [InlineData("A person", "A person", null, null)]
    [InlineData("Re: the plan", "Re: the plan", null, null)]
    [InlineData("bob: hi", "bob: hi", null, null)]
    [InlineData("\"alice\", post: 1", "alice", "1", null)]
    [InlineData("post: 5", null, "5", null)]
    [InlineData("Ünïcødé 名前, post: 7, member: 8", "Ünïcødé 名前", "7", "8")]
    public void Parse_Option_ReadsNameAndIds(string option, string? author, string? post, string? member)
    {
        var attribution = QuoteOptionParser.Parse(option);

        Assert.Equal(new QuoteAttribution(author, post, member), attribution);
    }

    [Fact]
    public void Parse_DiscourseStyleTopic_ReadsTopic()
    {
        Assert.Equal(new QuoteAttribution("carol", "2", null, "88"), QuoteOptionParser.Parse("carol, post:2, topic:88"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\"")]
    public void Parse_Empty_IsNull(string option)
    {
        Assert.Null(QuoteOptionParser.Parse(option));
    }

    [Fact]
    public void Parse_ManyCommas_StaysLinearAndKeepsTheName()
    {
        var option = string.Concat(Enumerable.Repeat("a, ", 20_000)) + "post: 1";

        var attribution = QuoteOptionParser.Parse(option);

        Assert.Equal("1", attribution!.PostId);
        Assert.StartsWith("a, a", attribution.Author, StringComparison.Ordinal);
    }
}
