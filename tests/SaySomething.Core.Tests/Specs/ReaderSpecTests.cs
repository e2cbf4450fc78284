using System.Text;
using SaySomething.Core.Documents;
using SaySomething.Core.Parsing;

namespace SaySomething.Core.Tests.Specs;

/// <summary>
/// Runs every example of the reader spec files. Set <c>SAYSOMETHING_UPDATE_SPECS=1</c> to rewrite the expected
/// trees from what the readers produce; then read the diff before committing, as a reviewer would.
/// </summary>
public sealed class ReaderSpecTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in SpecFile.All())
        {
            foreach (var example in SpecFile.Parse(file))
            {
                data.Add(example.Id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Read_SpecExample_ProducesExpectedTree(string id)
    {
        var example = Find(id);

        var document = PostReader.Default.Read(example.Input, example.Format);
        var actual = DocumentDump.Write(document);

        if (Environment.GetEnvironmentVariable("SAYSOMETHING_UPDATE_SPECS") == "1" && actual != example.ExpectedTree)
        {
            Rewrite(example, actual);
            return;
        }

        Assert.Equal(example.ExpectedTree, actual);
        AssertSpansInside(document);
    }

    [Fact]
    public void SpecFiles_Exist_AndEachHasExamples()
    {
        var files = SpecFile.All().ToList();

        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.NotEmpty(SpecFile.Parse(f)));
    }

    private static SpecExample Find(string id)
    {
        var file = id[..id.IndexOf('#', StringComparison.Ordinal)];
        return SpecFile.Parse(Path.Combine(SpecFile.Directory, file)).Single(e => e.Id == id);
    }

    private static void AssertSpansInside(PostDocument document)
    {
        var stack = new Stack<DocumentNode>(document.Content);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            Assert.InRange(node.Span.Start, 0, document.Source.Length);
            Assert.InRange(node.Span.End, node.Span.Start, document.Source.Length);
            foreach (var child in node.Children)
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>Rewrites the tree fence of one example in the source spec file (not the copy in the output folder).</summary>
    private static void Rewrite(SpecExample example, string actual)
    {
        var path = Path.Combine(TestSupport.SharedFiles.RepositoryRoot!, "tests", "SaySomething.Core.Tests", "Specs", example.File);
        var lines = File.ReadAllText(path, Encoding.UTF8).Split('\n').ToList();
        var heading = lines.FindIndex(l => l.StartsWith("## ", StringComparison.Ordinal) && l[3..].Trim() == example.Title);
        var start = lines.FindIndex(heading, l => l == "```tree") + 1;
        var end = lines.FindIndex(start, l => l == "```");
        lines.RemoveRange(start, end - start);
        lines.InsertRange(start, actual.TrimEnd('\n').Split('\n'));
        File.WriteAllText(path, string.Join('\n', lines), new UTF8Encoding(false));
    }
}
