using System.Text.Unicode;
using CsvHelper;

namespace SaySomething.Cli.Scanning;

/// <summary>
/// CSV (RFC 4180, comma-separated, header row required) with the columns <c>id</c> and <c>text</c> and, optionally,
/// <c>format</c> and <c>thread_title</c>; other columns are ignored. <see cref="RecordBoundary.Csv"/> cuts the records
/// (so that one huge field is capped, not buffered); CsvHelper reads each record's fields.
/// </summary>
internal sealed class CsvSource : RecordSource
{
    private static readonly CsvReaderOptions Options = new() { HasHeader = false, Separator = ',' };

    private readonly RecordFramer _framer;
    private readonly string? _defaultFormat;
    private Columns? _columns;

    public CsvSource(Stream input, string? defaultFormat, int maxRecordBytes)
    {
        _framer = new RecordFramer(input, new RecordBoundary.Csv(), maxRecordBytes, countInnerLines: true);
        _defaultFormat = defaultFormat;
        MaxRecordBytes = maxRecordBytes;
    }

    public int MaxRecordBytes { get; }

    public override long BytesRead => _framer.BytesRead;

    public override string Kind => "CSV";

    public override bool TryRead(out ScanRecord record)
    {
        Start();
        if (!_framer.TryRead(out var framed))
        {
            record = null!;
            return false;
        }

        record = new ScanRecord { Line = framed.Line, Size = framed.Length, Framed = framed };
        return true;
    }

    /// <summary>Reads the header row, if not read yet.</summary>
    /// <exception cref="ScanInputException">There is no header naming the columns id and text.</exception>
    /// <exception cref="IOException">The input could not be read.</exception>
    public void Start() => _columns ??= ReadHeader();

    public override ParsedRecord Parse(ScanRecord record)
    {
        var framed = record.Framed!.Value;
        var columns = _columns!;
        var bytes = framed.Buffer.AsMemory(0, framed.Length);
        if (framed.Oversized)
        {
            var id = TryReadFields(bytes, columns, out var start) ? start[Columns.IdSlot] : null;
            return new ParsedRecord(string.IsNullOrEmpty(id) ? null : id, null, $"the record is larger than {ScanLimits.Describe(MaxRecordBytes)}; skipped");
        }

        if (!Utf8.IsValid(bytes.Span))
        {
            return new ParsedRecord(null, null, "not valid UTF-8");
        }

        if (!TryReadFields(bytes, columns, out var fields))
        {
            return new ParsedRecord(null, null, "not a CSV record");
        }

        var input = new InputRecord
        {
            Id = fields[Columns.IdSlot],
            Text = fields[Columns.TextSlot],
            Format = NullIfEmpty(fields[Columns.FormatSlot]),
            ThreadTitle = NullIfEmpty(fields[Columns.ThreadTitleSlot]),
        };
        var post = input.ToPost(_defaultFormat, out var error);
        return new ParsedRecord(string.IsNullOrEmpty(input.Id) ? null : input.Id, post, error);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _framer.Dispose();
        }

        base.Dispose(disposing);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>The wanted fields of one record (null where the record is too short or the column is absent).</summary>
    private static bool TryReadFields(ReadOnlyMemory<byte> bytes, Columns columns, out string?[] fields)
    {
        fields = new string?[Columns.Count];
        try
        {
            using var reader = CsvReader.Create(bytes, Options);
            if (!reader.Read())
            {
                return false;
            }

            for (var i = 0; i < Columns.Count; i++)
            {
                var index = columns.SourceIndex[i];
                if (index >= 0 && index < reader.FieldCount)
                {
                    fields[i] = reader.GetString(index);
                }
            }

            return true;
        }
        catch (CsvFormatException)
        {
            return false;
        }
    }

    private Columns ReadHeader()
    {
        if (!_framer.TryRead(out var header))
        {
            throw new ScanInputException($"{Name} is empty; a CSV file needs a header row naming the columns id and text.");
        }

        try
        {
            if (header.Oversized || !Utf8.IsValid(header.Buffer.AsSpan(0, header.Length)))
            {
                throw new ScanInputException($"{Name}: the first row is not a CSV header; it must name the columns id and text.");
            }

            using var reader = CsvReader.Create(header.Buffer.AsMemory(0, header.Length), Options);
            var names = new List<string>();
            if (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    names.Add(reader.GetString(i)?.Trim() ?? "");
                }
            }

            var columns = Columns.From(names);
            if (columns.SourceIndex[Columns.IdSlot] < 0 || columns.SourceIndex[Columns.TextSlot] < 0)
            {
                var found = names.Count == 0 ? "none" : string.Join(", ", names);
                throw new ScanInputException($"{Name}: the CSV header must name the columns id and text (found: {found}).");
            }

            return columns;
        }
        catch (CsvFormatException e)
        {
            throw new ScanInputException($"{Name}: the CSV header cannot be read: {e.Message}", e);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(header.Buffer);
        }
    }

    /// <summary>Where the wanted columns are in a record.</summary>
    private sealed class Columns
    {
        public const int IdSlot = 0;
        public const int TextSlot = 1;
        public const int FormatSlot = 2;
        public const int ThreadTitleSlot = 3;
        public const int Count = 4;

        private static readonly string[] Names = ["id", "text", "format", "thread_title"];

        private Columns(int[] sourceIndex) => SourceIndex = sourceIndex;

        /// <summary>Gets, for id, text, format and thread_title, the column's index in the file, or -1.</summary>
        public int[] SourceIndex { get; }

        public static Columns From(List<string> header)
        {
            var indexes = new int[Count];
            for (var i = 0; i < Count; i++)
            {
                indexes[i] = header.FindIndex(name => string.Equals(name, Names[i], StringComparison.OrdinalIgnoreCase));
            }

            return new Columns(indexes);
        }
    }
}
