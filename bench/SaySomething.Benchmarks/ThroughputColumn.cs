using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SaySomething.Benchmarks;

/// <summary>Megabytes (10^6 bytes of the UTF-8 corpus file) processed per second, from the mean time of one pass.</summary>
internal sealed class ThroughputColumn(long corpusBytes) : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "UTF-8 megabytes of corpus per second (one operation = the whole corpus)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        // Only LinkBenchmarks process the whole corpus in one operation.
        if (benchmarkCase.Descriptor.Type != typeof(LinkBenchmarks))
        {
            return "-";
        }

        var statistics = summary[benchmarkCase]?.ResultStatistics;
        return statistics is null ? "-" : (corpusBytes / statistics.Mean * 1000.0).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
