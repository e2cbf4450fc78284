using System.Globalization;

namespace SaySomething.Core.Tests.Conformance;

/// <summary>A documented, deliberate difference from a peer suite's expectation.</summary>
/// <param name="CaseId">The case id, as shown in the theory row.</param>
/// <param name="Instead">What our extractor does instead.</param>
/// <param name="Reason">Why a reader would agree that our behaviour is right for forum posts.</param>
/// <param name="Line">The line of <c>deviations.tsv</c> that declares it.</param>
internal sealed record Deviation(string CaseId, string Instead, string Reason, int Line);

/// <summary>Reads <c>Conformance/deviations.tsv</c> (copied beside the test assembly by the project file).</summary>
internal static class Deviations
{
    public const string RepoRelativePath = "tests/SaySomething.Core.Tests/Conformance/deviations.tsv";

    private static readonly Lazy<IReadOnlyDictionary<string, Deviation>> s_all = new(() => Parse(File.ReadAllLines(FilePath)));

    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "Conformance", "deviations.tsv");

    /// <summary>Gets every deviation by case id. Throws <see cref="InvalidDataException"/> if the file is malformed.</summary>
    public static IReadOnlyDictionary<string, Deviation> All => s_all.Value;

    public static Deviation? For(string caseId) => All.GetValueOrDefault(caseId);

    /// <summary>Parses the file: <c>#</c> lines and blank lines are ignored; other lines are three tab-separated, non-empty columns.</summary>
    internal static IReadOnlyDictionary<string, Deviation> Parse(IReadOnlyList<string> lines)
    {
        var result = new Dictionary<string, Deviation>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var number = i + 1;
            var where = $"{RepoRelativePath} line {number.ToString(CultureInfo.InvariantCulture)}";
            var columns = line.Split('\t');
            if (columns.Length != 3 || columns.Any(string.IsNullOrWhiteSpace))
            {
                throw new InvalidDataException(
                    $"{where}: expected 3 non-empty tab-separated columns (case id, what we do instead, reason), found {columns.Length.ToString(CultureInfo.InvariantCulture)}: {line}");
            }

            var deviation = new Deviation(columns[0].Trim(), columns[1].Trim(), columns[2].Trim(), number);
            if (!result.TryAdd(deviation.CaseId, deviation))
            {
                throw new InvalidDataException(
                    $"{where}: case {deviation.CaseId} is already listed on line {result[deviation.CaseId].Line.ToString(CultureInfo.InvariantCulture)}");
            }
        }

        return result;
    }
}
