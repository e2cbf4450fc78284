using System.Buffers;

namespace SaySomething.Cli.Scanning;

/// <summary>JSON Lines: one object per line with <c>id</c>, <c>text</c>, optional <c>format</c> and <c>thread_title</c>.</summary>
internal sealed class JsonLinesSource : RecordSource
{
    private readonly RecordFramer _framer;
    private readonly string? _defaultFormat;

    public JsonLinesSource(Stream input, string? defaultFormat, int maxRecordBytes)
    {
        _framer = new RecordFramer(input, new RecordBoundary.Lines(), maxRecordBytes, countInnerLines: false);
        _defaultFormat = defaultFormat;
        MaxRecordBytes = maxRecordBytes;
    }

    public int MaxRecordBytes { get; }

    public override long BytesRead => _framer.BytesRead;

    public override string Kind => "JSON Lines";

    public override bool TryRead(out ScanRecord record)
    {
        if (!_framer.TryRead(out var framed))
        {
            record = null!;
            return false;
        }

        record = new ScanRecord { Line = framed.Line, Size = framed.Length, Framed = framed };
        return true;
    }

    public override ParsedRecord Parse(ScanRecord record)
    {
        var framed = record.Framed!.Value;
        if (framed.Oversized)
        {
            var id = InputRecord.SniffJsonId(framed.Buffer.AsSpan(0, framed.Length));
            return new ParsedRecord(id, null, $"the line is larger than {ScanLimits.Describe(MaxRecordBytes)}; skipped");
        }

        var input = InputRecord.FromJson(framed.Buffer.AsMemory(0, framed.Length), out var error);
        if (input is null)
        {
            return new ParsedRecord(null, null, error);
        }

        var post = input.ToPost(_defaultFormat, out error);
        return new ParsedRecord(input.Id, post, error);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _framer.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>The scan's memory bounds.</summary>
internal static class ScanLimits
{
    /// <summary>The longest record (a JSON line or CSV record) judged; longer ones are reported and skipped.</summary>
    public const int MaxRecordBytes = 8 * 1024 * 1024;

    /// <summary>About how many bytes of records may be read but not yet written.</summary>
    public const long MaxBytesInFlight = 64L * 1024 * 1024;

    /// <summary>The number of records read but not yet written, for <paramref name="threads"/> workers; also the reorder window.</summary>
    public static int MaxItemsInFlight(int threads) => Math.Clamp(threads * 64, 128, 4096);

    /// <summary>A byte count for messages: <c>8 MiB</c>.</summary>
    public static string Describe(long bytes) => bytes % (1024 * 1024) == 0
        ? $"{bytes / (1024 * 1024)} MiB"
        : $"{bytes} bytes";

    /// <summary>Returns a framed record's buffer to the pool.</summary>
    public static void Return(ScanRecord record)
    {
        if (record.Framed is { } framed)
        {
            ArrayPool<byte>.Shared.Return(framed.Buffer);
        }
    }
}
