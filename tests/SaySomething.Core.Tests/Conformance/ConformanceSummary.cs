using System.Globalization;
using System.Text;
using SaySomething.Core.Links;

namespace SaySomething.Core.Tests.Conformance;

/// <summary>Runs every case of every suite and renders the pass table as Markdown.</summary>
internal static class ConformanceSummary
{
    public const string ArtifactRelativePath = "artifacts/conformance-summary.md";

    public static IReadOnlyList<CaseResult> RunAll(Func<string, IReadOnlyList<FoundLink>> extract) =>
        [.. ConformanceCatalog.All.Select(c => ConformanceRunner.Run(c, extract, Deviations.For(c.Id)))];

    public static string Render(IReadOnlyList<CaseResult> results)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# Link extractor conformance");
        sb.AppendLine();
        sb.AppendLine("Peer suites from `../shared/conformance`; documented differences in `" + Deviations.RepoRelativePath + "`.");
        sb.AppendLine("`fail` counts unlisted differences, stale deviation entries and cases where the extractor threw.");
        sb.AppendLine();
        sb.AppendLine("| suite | cases | pass | deviations | fail |");
        sb.AppendLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var suite in ConformanceCatalog.Suites)
        {
            AppendRow(sb, suite, results.Where(r => r.Case.Suite == suite).ToList());
        }

        AppendRow(sb, "**total**", results);

        var failures = results.Where(r => r.IsFailure).ToList();
        if (failures.Count == 0)
        {
            return sb.ToString();
        }

        sb.AppendLine();
        sb.AppendLine("## Failures");
        sb.AppendLine();

        // Many cases throwing the same way (say, before the extractor exists) would drown the rest; group them.
        foreach (var group in failures.Where(r => r.Verdict == Verdict.Threw).GroupBy(r => r.Diff, StringComparer.Ordinal))
        {
            var ids = group.Select(r => r.Case.Id).ToList();
            var shown = string.Join(", ", ids.Take(5)) + (ids.Count > 5 ? $", … (+{ids.Count - 5})" : "");
            sb.AppendLine(CultureInfo.InvariantCulture, $"- {ids.Count} case(s): {group.Key} — {shown}");
        }

        foreach (var result in failures.Where(r => r.Verdict != Verdict.Threw))
        {
            var kind = result.Verdict == Verdict.StaleDeviation ? "stale deviation entry, now matches" : "fail";
            sb.AppendLine(CultureInfo.InvariantCulture, $"- `{result.Case.Id}` ({kind}): input {LinkComparer.Quote(result.Case.Input)}: {result.Diff}");
        }

        return sb.ToString();
    }

    private static void AppendRow(StringBuilder sb, string name, IReadOnlyCollection<CaseResult> results)
    {
        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {N(results.Count)} | {N(results.Count(r => r.Verdict == Verdict.Pass))} | {N(results.Count(r => r.Verdict == Verdict.Deviation))} | {N(results.Count(r => r.IsFailure))} |");
    }
}
