using SaySomething.Core.Tests.TestSupport;
using Xunit.Abstractions;

namespace SaySomething.Core.Tests.Conformance;

/// <summary>
/// Prints the per-suite pass table and writes it to <c>artifacts/conformance-summary.md</c> under the repository
/// root. This test only reports; the per-case theory rows are what fail. xunit shows test output only when asked:
/// <c>dotnet test tests/SaySomething.Core.Tests --filter "FullyQualifiedName~ConformanceSummaryTests" --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class ConformanceSummaryTests(ITestOutputHelper output)
{
    [RequiresSharedFact]
    public void Summary_table_is_printed_and_written_to_artifacts()
    {
        var table = ConformanceSummary.Render(ConformanceSummary.RunAll(ConformanceRunner.ProductExtract));

        if (RepoPaths.Root is { } root)
        {
            var path = Path.Combine(root, ConformanceSummary.ArtifactRelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, table);
            output.WriteLine($"(written to {path})");
        }
        else
        {
            output.WriteLine("(not written: no SaySomething.sln above the test assembly, so no repository root)");
        }

        output.WriteLine(table);
    }
}
