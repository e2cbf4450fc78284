using SaySomething.Core.Tests.TestSupport;
using Xunit.Abstractions;

namespace SaySomething.Core.Tests.Conformance;

/// <summary>
/// Runs every case of the twitter-text extract.yml (URL sections) peer suite against <see cref="SaySomething.Core.Links.LinkExtractor.Default"/>, one theory row per
/// case. A row passes when we meet the peer's expectation, or when we differ exactly as deviations.tsv documents.
/// </summary>
public sealed class TwitterTextConformanceTests(ITestOutputHelper output)
{
    public static TheoryData<string> CaseIds => ConformanceCatalog.Ids(TwitterTextLoader.Suite);

    [RequiresSharedTheory]
    [MemberData(nameof(CaseIds))]
    public void Case_meets_peer_expectation_or_documented_deviation(string caseId) =>
        ConformanceAssert.CaseHolds(caseId, output);
}
