using System.Buffers;

namespace SaySomething.Cli.Scanning;

/// <summary>A record cut from the input: its bytes (rented from the shared pool) and where it starts.</summary>
/// <param name="Buffer">The record's bytes without its line break, in a rented array that the consumer returns; for an oversized record, only its first bytes.</param>
/// <param name="Length">The number of bytes of <paramref name="Buffer"/> that belong to the record.</param>
/// <param name="Line">The 1-based line of the input where the record starts.</param>
/// <param name="Oversized">Whether the record was longer than the cap and was skipped (only its start is kept, to name it).</param>
internal readonly record struct FramedRecord(byte[] Buffer, int Length, long Line, bool Oversized);

/// <summary>
/// Cuts a UTF-8 stream into records without ever holding more than one record (up to a cap) and one read chunk:
/// the scan's input can be any size. Blank lines between records are skipped; a UTF-8 byte-order mark at the start
/// is skipped; <c>\r\n</c> line ends are accepted.
/// </summary>
internal sealed class RecordFramer : IDisposable
{
    /// <summary>How much of an oversized record is kept, to report its id.</summary>
    public const int OversizedPrefixBytes = 64 * 1024;

    private const int ChunkBytes = 1024 * 1024;

    private readonly Stream _input;
    private readonly RecordBoundary _boundary;
    private readonly int _maxRecordBytes;
    private readonly bool _countInnerLines;
    private readonly byte[] _chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
    private int _position;
    private int _end;
    private bool _endOfInput;
    private bool _started;
    private long _line = 1;
    private long _bytesRead;

    /// <param name="input">The stream, read from its current position to its end.</param>
    /// <param name="boundary">Where records end.</param>
    /// <param name="maxRecordBytes">The longest record kept; a longer one is reported as oversized.</param>
    /// <param name="countInnerLines">Whether records may span lines (CSV), so that line numbers count the lines inside them.</param>
    public RecordFramer(Stream input, RecordBoundary boundary, int maxRecordBytes, bool countInnerLines)
    {
        _input = input;
        _boundary = boundary;
        _maxRecordBytes = maxRecordBytes;
        _countInnerLines = countInnerLines;
    }

    /// <summary>Gets the number of bytes read from the stream so far (for progress).</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <summary>Reads the next record; false at the end of the input.</summary>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public bool TryRead(out FramedRecord record)
    {
        byte[]? buffer = null;
        var length = 0;
        var oversized = false;
        var startLine = _line;
        var innerLines = 0L;
        while (true)
        {
            if (_position == _end && !Fill())
            {
                if (buffer is null)
                {
                    record = default;
                    return false;
                }

                // The input ends without a final line break.
                return Finish(buffer, length, startLine, oversized, out record);
            }

            var data = _chunk.AsSpan(_position, _end - _position);
            var end = _boundary.FindEnd(data);
            var piece = end < 0 ? data : data[..end];
            if (_countInnerLines)
            {
                innerLines += piece.Count((byte)'\n');
            }

            Append(ref buffer, ref length, ref oversized, piece);
            if (end < 0)
            {
                _position = _end;
                continue;
            }

            _position += end + 1;
            _line += innerLines + 1;
            innerLines = 0;
            _boundary.Reset();
            if (!oversized && IsBlank(buffer, length))
            {
                // A blank line: not a record.
                if (buffer is not null)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = null;
                    length = 0;
                }

                startLine = _line;
                continue;
            }

            return Finish(buffer!, length, startLine, oversized, out record);
        }
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_chunk);

    private static bool Finish(byte[] buffer, int length, long line, bool oversized, out FramedRecord record)
    {
        if (!oversized && length > 0 && buffer[length - 1] == (byte)'\r')
        {
            length--;
        }

        record = new FramedRecord(buffer, length, line, oversized);
        return true;
    }

    private static bool IsBlank(byte[]? buffer, int length)
        => buffer is null || buffer.AsSpan(0, length).IndexOfAnyExcept((byte)' ', (byte)'\t', (byte)'\r') < 0;

    private void Append(ref byte[]? buffer, ref int length, ref bool oversized, ReadOnlySpan<byte> piece)
    {
        if (piece.IsEmpty)
        {
            return;
        }

        if (!oversized && (long)length + piece.Length > _maxRecordBytes)
        {
            oversized = true;
        }

        var keep = oversized ? Math.Min(piece.Length, Math.Max(0, OversizedPrefixBytes - length)) : piece.Length;
        var needed = length + keep;
        if (buffer is null || buffer.Length < needed)
        {
            var grown = ArrayPool<byte>.Shared.Rent(Math.Max(needed, Math.Min(Math.Max(256, (buffer?.Length ?? 0) * 2), _maxRecordBytes)));
            if (buffer is not null)
            {
                buffer.AsSpan(0, length).CopyTo(grown);
                ArrayPool<byte>.Shared.Return(buffer);
            }

            buffer = grown;
        }

        piece[..keep].CopyTo(buffer.AsSpan(length));
        length += keep;
    }

    private bool Fill()
    {
        if (_endOfInput)
        {
            return false;
        }

        _position = 0;
        _end = 0;

        // At the start, read at least three bytes (when there are) to see a byte-order mark whole.
        var wanted = _started ? 1 : 3;
        while (_end < wanted)
        {
            var read = _input.Read(_chunk, _end, ChunkBytes - _end);
            if (read == 0)
            {
                _endOfInput = true;
                break;
            }

            Interlocked.Add(ref _bytesRead, read);
            _end += read;
        }

        if (!_started)
        {
            _started = true;
            if (_chunk.AsSpan(0, _end).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                _position = 3;
            }
        }

        // Nothing but the byte-order mark so far: read on.
        return _position < _end || Fill();
    }
}
