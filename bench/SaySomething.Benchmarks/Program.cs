using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using SaySomething.Benchmarks;

// `-- accuracy` prints how many of the generator's placed links are found exactly; anything else goes to
// BenchmarkDotNet (for example `-- --filter *LinkBenchmarks*`).
if (args is ["accuracy", ..])
{
    return Accuracy.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : LinkBenchmarks.Posts);
}

if (args is ["judge-profile", ..])
{
    return SaySomething.Benchmarks.Judging.JudgeProfile.Run();
}

var corpusBytes = new FileInfo(Corpus.Ensure(LinkBenchmarks.Posts, "plain")).Length;

// At least a second of warm-up before measuring, so tiered JIT has produced the final code.
var job = Job.Default.WithWarmupCount(20).WithIterationCount(15).WithMinIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250));
// Median and Min beside the mean: on a shared machine a neighbour's burst moves the mean, much less the median.
var config = DefaultConfig.Instance.AddJob(job).AddColumn(new ThroughputColumn(corpusBytes))
    .AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Median, BenchmarkDotNet.Columns.StatisticColumn.Min);
BenchmarkSwitcher.FromAssembly(typeof(LinkBenchmarks).Assembly).Run(args, config);
return 0;
