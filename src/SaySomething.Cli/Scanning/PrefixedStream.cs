namespace SaySomething.Cli.Scanning;

/// <summary>A read-only stream that serves bytes already read (to sniff the input's kind) before the rest of a stream.</summary>
internal sealed class PrefixedStream : Stream
{
    private readonly byte[] _prefix;
    private readonly int _prefixLength;
    private readonly Stream _rest;
    private readonly bool _ownsRest;
    private int _position;

    public PrefixedStream(byte[] prefix, int prefixLength, Stream rest, bool ownsRest)
    {
        _prefix = prefix;
        _prefixLength = prefixLength;
        _rest = rest;
        _ownsRest = ownsRest;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position < _prefixLength)
        {
            var n = Math.Min(buffer.Length, _prefixLength - _position);
            _prefix.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        return _rest.Read(buffer);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && _ownsRest)
        {
            _rest.Dispose();
        }

        base.Dispose(disposing);
    }
}
