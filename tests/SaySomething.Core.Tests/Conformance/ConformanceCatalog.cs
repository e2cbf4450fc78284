namespace SaySomething.Core.Tests.Conformance;

/// <summary>All conformance cases, loaded once per suite from the shared folder and found again by id.</summary>
internal static class ConformanceCatalog
{
    /// <summary>Gets the suite names in report order.</summary>
    public static IReadOnlyList<string> Suites { get; } = [TwitterTextLoader.Suite, LinkifyItLoader.Suite, GfmAutolinkLoader.Suite];

    private static readonly Dictionary<string, Lazy<IReadOnlyList<ConformanceCase>>> s_suites = new(StringComparer.Ordinal)
    {
        [TwitterTextLoader.Suite] = new(TwitterTextLoader.Load),
        [LinkifyItLoader.Suite] = new(LinkifyItLoader.Load),
        [GfmAutolinkLoader.Suite] = new(GfmAutolinkLoader.Load),
    };

    private static readonly Lazy<Dictionary<string, ConformanceCase>> s_byId = new(() =>
        Suites.SelectMany(Cases).ToDictionary(c => c.Id, StringComparer.Ordinal));

    public static IReadOnlyList<ConformanceCase> Cases(string suite) => s_suites[suite].Value;

    public static IEnumerable<ConformanceCase> All => Suites.SelectMany(Cases);

    public static bool Contains(string id) => s_byId.Value.ContainsKey(id);

    public static ConformanceCase Find(string id) =>
        s_byId.Value.TryGetValue(id, out var found)
            ? found
            : throw new KeyNotFoundException($"No conformance case has id '{id}' (ids come from the shared data; did it change?).");

    /// <summary>
    /// Returns the case ids of <paramref name="suite"/> as theory rows. Without the shared folder it returns one
    /// placeholder row, so that the theory is reported once: skipped normally, or failing with the reason when
    /// <c>SAYSOMETHING_REQUIRE_SHARED=1</c>.
    /// </summary>
    public static TheoryData<string> Ids(string suite) =>
        TestSupport.SharedFiles.Available ? [.. Cases(suite).Select(c => c.Id)] : [$"{suite}/shared-folder-missing"];
}
