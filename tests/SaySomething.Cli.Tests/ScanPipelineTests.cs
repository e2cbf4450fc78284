using System.Text;
using SaySomething.Cli.Scanning;
using SaySomething.Core.Judging;

namespace SaySomething.Cli.Tests;

/// <summary>The scan's parts: record framing, the reorder window, the flow limit, and the pipeline's order and bounds.</summary>
public sealed class ScanPipelineTests
{
    [Fact]
    public void ReorderWindow_HandsOutInSequenceWhateverTheArrivalOrder()
    {
        var window = new ReorderWindow<string>(4);
        var taken = new List<string>();

        foreach (var sequence in new long[] { 2, 0, 3, 1, 5, 4, 6 })
        {
            window.Add(sequence, $"r{sequence}");
            while (window.TryTakeNext(out var item))
            {
                taken.Add(item);
            }
        }

        Assert.Equal(["r0", "r1", "r2", "r3", "r4", "r5", "r6"], taken);
        Assert.Equal(0, window.Count);
        Assert.Equal(7, window.Next);
    }

    [Fact]
    public void ReorderWindow_RefusesNumbersOutsideTheWindowAndDuplicates()
    {
        var window = new ReorderWindow<string>(3);
        window.Add(1, "r1");

        Assert.Throws<InvalidOperationException>(() => window.Add(3, "too far ahead"));
        Assert.Throws<InvalidOperationException>(() => window.Add(1, "again"));
        Assert.False(window.TryTakeNext(out _));
        window.Add(0, "r0");
        Assert.True(window.TryTakeNext(out _));
        Assert.Throws<InvalidOperationException>(() => window.Add(0, "already handed out"));
    }

    [Fact]
    public async Task FlowLimit_BlocksPastTheItemCountUntilAReleaseAndLetsOneLargeItemThroughAlone()
    {
        var limit = new FlowLimit(maxItems: 2, maxBytes: 100);
        limit.Acquire(10, CancellationToken.None);
        limit.Acquire(10, CancellationToken.None);

        var third = Task.Run(() => limit.Acquire(10, CancellationToken.None));
        await Task.Delay(200);
        Assert.False(third.IsCompleted);
        limit.Release(10);
        await third.WaitAsync(TimeSpan.FromSeconds(5));

        limit.Release(10);
        limit.Release(10);
        limit.Acquire(1000, CancellationToken.None); // Larger than the byte budget, but nothing else is in flight.
        var small = Task.Run(() => limit.Acquire(1, CancellationToken.None));
        await Task.Delay(200);
        Assert.False(small.IsCompleted);
        limit.Release(1000);
        await small.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void FlowLimit_WaitEndsOnCancellation()
    {
        var limit = new FlowLimit(1, 100);
        limit.Acquire(1, CancellationToken.None);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        Assert.Throws<OperationCanceledException>(() => limit.Acquire(1, cancel.Token));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(1 << 20)]
    public void RecordFramer_Lines_SkipsBlankLinesBomAndCarriageReturnsAndNumbersLines(int readSize)
    {
        var input = "\uFEFFfirst\r\n\n  \nsecond\nthird";

        var records = Frame(input, new RecordBoundary.Lines(), 1024, countInnerLines: false, readSize);

        Assert.Equal([("first", 1L, false), ("second", 4L, false), ("third", 5L, false)], records);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(1 << 20)]
    public void RecordFramer_Csv_KeepsLineBreaksInsideQuotesAndCountsThem(int readSize)
    {
        var input = "id,text\n1,\"a\nb \"\"q\"\"\nc\"\n2,x\"y\n3,\"z\"w\n\n4,end";

        var records = Frame(input, new RecordBoundary.Csv(), 1024, countInnerLines: true, readSize);

        Assert.Equal(
            [
                ("id,text", 1L, false),
                ("1,\"a\nb \"\"q\"\"\nc\"", 2L, false),
                ("2,x\"y", 5L, false), // A stray quote inside an unquoted field does not open a quoted one.
                ("3,\"z\"w", 6L, false), // Text after a closing quote stays in the field.
                ("4,end", 8L, false),
            ],
            records);
    }

    [Fact]
    public void RecordFramer_OversizedRecord_KeepsItsStartAndTheLinesAfterItStayNumbered()
    {
        var big = new string('x', 5000);
        var input = $"short\n{{\"id\":\"big\",\"text\":\"{big}\"}}\nnext\n";

        var records = Frame(input, new RecordBoundary.Lines(), maxRecordBytes: 1000, countInnerLines: false, readSize: 700);

        Assert.Equal(3, records.Count);
        Assert.Equal(("next", 3L, false), records[2]);
        Assert.True(records[1].Oversized);
        Assert.Equal(2L, records[1].Line);
        Assert.StartsWith("{\"id\":\"big\"", records[1].Text, StringComparison.Ordinal);
        Assert.Equal("big", InputRecord.SniffJsonId(Encoding.UTF8.GetBytes(records[1].Text)));
    }

    [Fact]
    public void SniffJsonId_FindsATopLevelIdAfterOtherFieldsAndIgnoresNestedOnes()
    {
        Assert.Equal("top", InputRecord.SniffJsonId("{\"meta\": {\"id\": \"nested\"}, \"n\": [1, 2], \"id\": \"top\", \"text\": \"aaaa"u8));
        Assert.Equal("12", InputRecord.SniffJsonId("{\"id\": 12, \"text\": \"aaa"u8));
        Assert.Null(InputRecord.SniffJsonId("{\"text\": \"aaaaaaaaaaaaaaaaaaaa"u8));
        Assert.Null(InputRecord.SniffJsonId("not json at all"u8));
    }

    [Fact]
    public void Pipeline_ManyThreadsWithUnevenWork_WritesInInputOrder()
    {
        using var source = new GeneratedSource(5000);
        var written = new List<string>();
        var pipeline = new ScanPipeline(source, post => Judge(post, delay: post.Text.Length % 7 == 0), threads: 4, json: true);

        var error = pipeline.Run(outcome => written.Add(outcome.Id!));

        Assert.Null(error);
        Assert.Equal(Enumerable.Range(0, 5000).Select(i => $"g{i}"), written);
    }

    /// <summary>
    /// With a writer that cannot keep up, the reader stops once the flow limit is reached: the records read but not
    /// yet written never exceed the window, so a scan of any size holds a bounded number of records.
    /// </summary>
    [Fact]
    public void Pipeline_SlowWriter_HoldsTheReaderWithinTheWindow()
    {
        const int Threads = 2;
        using var source = new GeneratedSource(3000);
        var pipeline = new ScanPipeline(source, post => Judge(post, delay: false), Threads, json: false);
        var writtenCount = 0L;
        var mostAhead = 0L;

        pipeline.Run(outcome =>
        {
            mostAhead = Math.Max(mostAhead, source.Produced - writtenCount);
            writtenCount++;
            if (writtenCount % 500 == 0)
            {
                Thread.Sleep(50); // Let the reader run ahead as far as it may.
            }
        });

        Assert.Equal(3000, writtenCount);
        Assert.InRange(mostAhead, 1, ScanLimits.MaxItemsInFlight(Threads) + 1);
        Assert.True(mostAhead >= ScanLimits.MaxItemsInFlight(Threads) / 2, $"the reader never ran ahead ({mostAhead})");
    }

    [Fact]
    public void Pipeline_JudgeFailure_IsReportedForThatRecordOnly()
    {
        using var source = new GeneratedSource(10);
        var outcomes = new List<ScanOutcome>();
        var pipeline = new ScanPipeline(source, post => post.Text == "post 4" ? throw new InvalidOperationException("boom") : Judge(post, delay: false), threads: 2, json: true);

        pipeline.Run(outcomes.Add);

        Assert.Equal(10, outcomes.Count);
        Assert.Contains("boom", outcomes[4].Error, StringComparison.Ordinal);
        Assert.All(outcomes.Where((_, i) => i != 4), outcome => Assert.Null(outcome.Error));
    }

    private static Judgement Judge(PostToJudge post, bool delay)
    {
        if (delay)
        {
            Thread.SpinWait(20_000);
        }

        return new Judgement { Verdict = Verdict.NotApplicable, Confidence = 1 };
    }

    private static List<(string Text, long Line, bool Oversized)> Frame(string input, RecordBoundary boundary, int maxRecordBytes, bool countInnerLines, int readSize)
    {
        using var stream = new TrickleStream(Encoding.UTF8.GetBytes(input), readSize);
        using var framer = new RecordFramer(stream, boundary, maxRecordBytes, countInnerLines);
        var records = new List<(string, long, bool)>();
        while (framer.TryRead(out var record))
        {
            records.Add((Encoding.UTF8.GetString(record.Buffer, 0, record.Length), record.Line, record.Oversized));
            System.Buffers.ArrayPool<byte>.Shared.Return(record.Buffer);
        }

        return records;
    }

    /// <summary>A stream that hands out at most a few bytes per read, to cut records across reads.</summary>
    private sealed class TrickleStream(byte[] data, int readSize) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, readSize));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, readSize)]);
    }

    /// <summary>Ready-made posts <c>post 0</c>… with ids <c>g0</c>…, counting how many the reader has taken.</summary>
    private sealed class GeneratedSource : RecordSource
    {
        private readonly int _count;
        private long _produced;

        [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
        public GeneratedSource(int count)
        {
            _count = count;
            Name = "generated";
        }

        public long Produced => Interlocked.Read(ref _produced);

        public override long BytesRead => Produced;

        public override string Kind => "generated";

        public override bool TryRead(out ScanRecord record)
        {
            var n = Produced;
            if (n == _count)
            {
                record = null!;
                return false;
            }

            record = new ScanRecord { Line = n + 1, Size = 100, Ready = ($"g{n}", new PostToJudge { Text = $"post {n}" }) };
            Interlocked.Increment(ref _produced);
            return true;
        }

        public override ParsedRecord Parse(ScanRecord record) => new(record.Ready!.Value.Id, record.Ready.Value.Post, null);
    }
}
