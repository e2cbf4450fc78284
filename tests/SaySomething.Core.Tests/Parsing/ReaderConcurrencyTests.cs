using System.Collections.Concurrent;
using SaySomething.Core.Documents;
using SaySomething.Core.Parsing;
using SaySomething.Core.Tests.Specs;

namespace SaySomething.Core.Tests.Parsing;

/// <summary>
/// Readers are shared by every thread of the service: reading the spec examples from many threads at once must give
/// exactly the trees a single thread gives. (A stack buffer that was assumed to start zeroed once made Markdown
/// quotes fail only under concurrency.)
/// </summary>
public sealed class ReaderConcurrencyTests
{
    [Fact]
    public void Read_SpecExamplesOnManyThreads_GivesTheSameTreesAsOneThread()
    {
        var examples = SpecFile.All().SelectMany(SpecFile.Parse).ToList();
        var expected = examples.Select(e => DocumentDump.Write(PostReader.Default.Read(e.Input, e.Format))).ToList();
        var differences = new ConcurrentBag<string>();

        Parallel.For(0, examples.Count * 20, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var index = i % examples.Count;
            var example = examples[index];
            var actual = DocumentDump.Write(PostReader.Default.Read(example.Input, example.Format));
            if (actual != expected[index])
            {
                differences.Add(example.Id);
            }
        });

        Assert.True(examples.Count > 100, $"only {examples.Count} spec examples were found");
        Assert.Empty(differences.Distinct());
    }
}
