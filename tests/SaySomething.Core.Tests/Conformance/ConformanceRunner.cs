using System.Globalization;
using SaySomething.Core.Links;

namespace SaySomething.Core.Tests.Conformance;

/// <summary>What a case's result means once <c>deviations.tsv</c> is taken into account.</summary>
internal enum Verdict
{
    /// <summary>We meet the peer's expectation and no deviation is listed.</summary>
    Pass,

    /// <summary>We differ from the peer, as <c>deviations.tsv</c> says we do.</summary>
    Deviation,

    /// <summary>We differ from the peer and no deviation is listed.</summary>
    Fail,

    /// <summary>A deviation is listed but we now meet the peer's expectation: the entry is stale.</summary>
    StaleDeviation,

    /// <summary>The extractor threw; never acceptable, listed or not.</summary>
    Threw,
}

/// <summary>The judged result of one case.</summary>
/// <param name="Case">The case.</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="Diff">The one-line comparison, or the exception when the extractor threw.</param>
/// <param name="Error">The exception the extractor threw, if any.</param>
/// <param name="Deviation">The deviation listed for the case, if any.</param>
internal sealed record CaseResult(ConformanceCase Case, Verdict Verdict, string Diff, Exception? Error, Deviation? Deviation)
{
    /// <summary>Gets a value indicating whether the theory row for this case should fail.</summary>
    public bool IsFailure => Verdict is Verdict.Fail or Verdict.StaleDeviation or Verdict.Threw;

    /// <summary>Gets a self-explaining report of the result, for test output and assertion messages.</summary>
    public string Message
    {
        get
        {
            var header = $"{Case.Id} ({Case.Source}; {Case.Description})";
            var input = $"input {LinkComparer.Quote(Case.Input)}";
            return Verdict switch
            {
                Verdict.Pass => $"PASS {header}\n  {Diff}",
                Verdict.Deviation =>
                    $"DEVIATION (documented) {header}\n  {Diff}\n  we do instead: {Deviation!.Instead}\n  because: {Deviation.Reason}",
                Verdict.Fail =>
                    $"FAIL {header}\n  {input}\n  {Diff}\n"
                    + $"  If this difference is deliberate, add a line to {Deviations.RepoRelativePath}:\n"
                    + $"  {Case.Id}<TAB>what we do instead<TAB>why a reader would agree",
                Verdict.StaleDeviation =>
                    $"STALE DEVIATION {header}\n  {input}\n  now matches the peer: {Diff}\n"
                    + $"  Remove line {Deviation!.Line.ToString(CultureInfo.InvariantCulture)} of {Deviations.RepoRelativePath} "
                    + $"(it said we do instead: {Deviation.Instead}).",
                Verdict.Threw => $"ERROR {header}\n  {input}\n  {Diff}",
                _ => throw new InvalidOperationException($"unknown verdict {Verdict}"),
            };
        }
    }
}

/// <summary>Runs conformance cases against an extractor and judges them against <c>deviations.tsv</c>.</summary>
internal static class ConformanceRunner
{
    /// <summary>The extractor under test.</summary>
    public static IReadOnlyList<FoundLink> ProductExtract(string text) => LinkExtractor.Default.Extract(text);

    public static CaseResult Run(string caseId) => Run(ConformanceCatalog.Find(caseId), ProductExtract, Deviations.For(caseId));

    /// <summary>Runs <paramref name="case"/> with <paramref name="extract"/> and judges it against <paramref name="deviation"/>.</summary>
    public static CaseResult Run(ConformanceCase @case, Func<string, IReadOnlyList<FoundLink>> extract, Deviation? deviation)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(extract);
        Comparison comparison;
        try
        {
            comparison = LinkComparer.Compare(@case, @case.Input, extract(@case.Input));
            if (comparison.Matches && @case.Mode == MatchMode.FirstLink)
            {
                // linkify-it also requires the same first link when the line is wrapped in newlines.
                var wrapped = $"\n{@case.Input}\n";
                var again = LinkComparer.Compare(@case, wrapped, extract(wrapped));
                if (!again.Matches)
                {
                    comparison = again with { Diff = $"with the input wrapped in \\n: {again.Diff}" };
                }
            }
        }
#pragma warning disable CA1031 // Any exception from the extractor is a result to report, not a harness bug.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new CaseResult(@case, Verdict.Threw, $"extractor threw {ex.GetType().Name}: {ex.Message}", ex, deviation);
        }

        var verdict = (comparison.Matches, deviation is not null) switch
        {
            (true, false) => Verdict.Pass,
            (false, true) => Verdict.Deviation,
            (false, false) => Verdict.Fail,
            (true, true) => Verdict.StaleDeviation,
        };
        return new CaseResult(@case, verdict, comparison.Diff, null, deviation);
    }
}
