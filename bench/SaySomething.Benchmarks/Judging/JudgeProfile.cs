using System.Diagnostics;
using SaySomething.Core.Judging;
using SaySomething.Core.Judging.Copying;
using SaySomething.Core.Judging.Lexicons;
using SaySomething.Core.Judging.OwnText;
using SaySomething.Core.Judging.Sentences;
using SaySomething.Core.Judging.Thoughts;
using SaySomething.Core.Languages;
using SaySomething.Core.Parsing;
using SaySomething.Core.Policies;

namespace SaySomething.Benchmarks.Judging;

/// <summary>
/// `-- judge-profile`: processor time per post of each judging stage, cumulatively, on the same corpus as
/// <see cref="JudgeBenchmarks"/>. Processor time rather than wall time, so a busy machine still gives usable ratios;
/// the published figures come from BenchmarkDotNet.
/// </summary>
internal static class JudgeProfile
{
    public static int Run()
    {
        var bench = new JudgeBenchmarks();
        bench.Setup();
        var posts = bench.Judged;
        var policy = JudgePolicy.Default;
        var english = Lexicons.For("en");
        var stages = new (string Name, Action<PostToJudge> Run)[]
        {
            ("read", p => PostReader.Default.Read(p.Text, p.Format!.Value)),
            ("+ separate", p => CandidateTextBuilder.Build(PostReader.Default.Read(p.Text, p.Format!.Value), false)),
            ("+ analyse", p => TextAnalysis.Analyze(CandidateTextBuilder.Build(PostReader.Default.Read(p.Text, p.Format!.Value), false).Candidate.Text)),
            ("+ language", p =>
            {
                var text = TextAnalysis.Analyze(CandidateTextBuilder.Build(PostReader.Default.Read(p.Text, p.Format!.Value), false).Candidate.Text);
                LanguageDetector.Detect(text.Normalized.Value.AsSpan(0, Math.Min(400, text.Normalized.Value.Length)));
            }),
            ("+ copy index", p =>
            {
                var parts = CandidateTextBuilder.Build(PostReader.Default.Read(p.Text, p.Format!.Value), false);
                TextAnalysis.Analyze(parts.Candidate.Text);
                CopyIndex.Build(parts.Sources);
            }),
            ("+ sentences", p =>
            {
                var parts = CandidateTextBuilder.Build(PostReader.Default.Read(p.Text, p.Format!.Value), false);
                var text = TextAnalysis.Analyze(parts.Candidate.Text);
                SentenceJudge.Judge(text, CopyIndex.Build(parts.Sources), english, english, [english], policy, ThoughtWeights.Default, false, false, true);
            }),
            ("judge", p => PostJudge.Default.Judge(p)),
        };

        foreach (var (name, run) in stages)
        {
            foreach (var post in posts)
            {
                run(post);
            }

            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            const int Rounds = 3;
            for (int r = 0; r < Rounds; r++)
            {
                foreach (var post in posts)
                {
                    run(post);
                }
            }

            double micros = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / (Rounds * posts.Length);
            double bytes = (double)(GC.GetAllocatedBytesForCurrentThread() - allocated) / (Rounds * posts.Length);
            Console.WriteLine($"{name,-14} {micros,8:0.00} µs/post {bytes,9:N0} B/post");
        }

        // Per-post latency distribution of the whole judgement (wall time, after the passes above warmed it up).
        var times = new double[posts.Length];
        for (int round = 0; round < 3; round++)
        {
            for (int i = 0; i < posts.Length; i++)
            {
                long start = Stopwatch.GetTimestamp();
                PostJudge.Default.Judge(posts[i]);
                double micros = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                times[i] = round == 0 ? micros : Math.Min(times[i], micros);
            }
        }

        Array.Sort(times);
        Console.WriteLine($"judge per post (best of 3): median {times[times.Length / 2]:0.00} µs, p90 {times[times.Length * 9 / 10]:0.00} µs, p99 {times[times.Length * 99 / 100]:0.00} µs");
        return 0;
    }
}
