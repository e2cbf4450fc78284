using SaySomething.Core.Tests.TestSupport;
using Xunit.Abstractions;

namespace SaySomething.Core.Tests.Conformance;

/// <summary>
/// Runs every case of the GFM autolink examples (examples.json) peer suite against <see cref="SaySomething.Core.Links.LinkExtractor.Default"/>, one theory row per
/// case. A row passes when we meet the peer's expectation, or when we differ exactly as deviations.tsv documents.
/// </summary>
public sealed class GfmAutolinkConformanceTests(ITestOutputHelper output)
{
    public static TheoryData<string> CaseIds => ConformanceCatalog.Ids(GfmAutolinkLoader.Suite);

    [RequiresSharedTheory]
    [MemberData(nameof(CaseIds))]
    public void Case_meets_peer_expectation_or_documented_deviation(string caseId) =>
        ConformanceAssert.CaseHolds(caseId, output);
}
