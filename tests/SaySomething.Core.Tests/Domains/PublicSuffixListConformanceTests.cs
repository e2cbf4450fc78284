using System.Text;
using SaySomething.Core.Domains;
using SaySomething.Core.Tests.TestSupport;

namespace SaySomething.Core.Tests.Domains;

/// <summary>Upstream's test vectors (<c>tests.txt</c>, CC0) against the embedded list.</summary>
public sealed class PublicSuffixListConformanceTests
{
    private const string VectorsPath = "reference/public-suffix-list/tests.txt";
    private const int ActiveVectorCount = 78;

    // One row per active line: line number (for the test name), input, expected registrable domain.
    public static TheoryData<int, string?, string?> Vectors()
    {
        var data = new TheoryData<int, string?, string?>();
        foreach ((int line, string? input, string? expected) in ReadVectors())
        {
            data.Add(line, input, expected);
        }

        return data;
    }

    [RequiresSharedTheory(VectorsPath)]
    [MemberData(nameof(Vectors))]
    public void GetRegistrableDomain_MatchesUpstreamVector(int line, string? input, string? expected)
    {
        Assert.True(line > 0);
        Assert.Equal(expected, PublicSuffixList.Default.GetRegistrableDomain(input));
    }

    [RequiresSharedFact(VectorsPath)]
    public void Vectors_AllActiveCasesAreRead()
    {
        // Guards the theory above against a reader that silently drops cases.
        Assert.Equal(ActiveVectorCount, ReadVectors().Count);
    }

    private static List<(int Line, string? Input, string? Expected)> ReadVectors()
    {
        var vectors = new List<(int, string?, string?)>();
        string[] lines = File.ReadAllLines(SharedFiles.Path(VectorsPath), Encoding.UTF8);
        for (int i = 0; i < lines.Length; i++)
        {
            string text = lines[i].Trim();
            if (text.Length == 0 || text.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            string[] parts = text.Split(' ');
            if (parts.Length != 2)
            {
                throw new InvalidDataException($"{VectorsPath} line {i + 1}: expected 'input expected', got '{text}'.");
            }

            vectors.Add((i + 1, NullIfNullWord(parts[0]), NullIfNullWord(parts[1])));
        }

        return vectors;
    }

    private static string? NullIfNullWord(string value) => value == "null" ? null : value;
}
