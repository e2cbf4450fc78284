using SaySomething.Core.Tests.TestSupport;
using SaySomething.Fuzz;

namespace SaySomething.Core.Tests.Parsing;

/// <summary>
/// Replays every input kept in <c>fuzz/corpus/&lt;target&gt;/</c> (seeds, and every crash or hang a fuzzing run
/// found, once fixed) through its fuzz target, so a fixed finding can never come back unnoticed.
/// </summary>
public sealed class FuzzCorpusReplayTests
{
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        var root = Path.Combine(SharedFiles.RepositoryRoot!, "fuzz", "corpus");
        foreach (var target in Targets.Names)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, target)).Order(StringComparer.Ordinal))
            {
                data.Add(target, Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Run_CorpusInput_ReturnsWithoutFinding(string target, string file)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(SharedFiles.RepositoryRoot!, "fuzz", "corpus", target, file));

        // A hang is a finding too: five seconds is far beyond any input's budget.
        await Task.Run(() => Targets.Run(target, bytes)).WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Corpus_EveryTarget_HasSeeds()
    {
        var root = Path.Combine(SharedFiles.RepositoryRoot!, "fuzz", "corpus");

        Assert.All(Targets.Names, target => Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(root, target))));
    }
}
