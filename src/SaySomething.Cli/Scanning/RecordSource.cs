namespace SaySomething.Cli.Scanning;

/// <summary>Where a scan's records come from: JSON Lines, CSV or a thread page.</summary>
internal abstract class RecordSource : IDisposable
{
    /// <summary>Gets the input's name in messages: its path, or <c>standard input</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the input's size in bytes when known (a file), for progress.</summary>
    public long? TotalBytes { get; init; }

    /// <summary>Gets the stream the source closes when disposed (null for standard input, which is not ours).</summary>
    public Stream? OwnedStream { get; init; }

    /// <summary>Gets the bytes read so far.</summary>
    public abstract long BytesRead { get; }

    /// <summary>Gets the kind of input, as a word for the summary.</summary>
    public abstract string Kind { get; }

    /// <summary>Reads the next record; false at the end of the input. Called on the reader thread only.</summary>
    /// <exception cref="IOException">The input could not be read.</exception>
    /// <exception cref="ScanInputException">The input cannot be used (a CSV file without the needed columns).</exception>
    public abstract bool TryRead(out ScanRecord record);

    /// <summary>Parses a record into a post; called on any worker thread, so thread-safe.</summary>
    public abstract ParsedRecord Parse(ScanRecord record);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            OwnedStream?.Dispose();
        }
    }
}

/// <summary>The scan's input cannot be used at all; the message says what to fix.</summary>
internal sealed class ScanInputException : Exception
{
    public ScanInputException()
    {
    }

    public ScanInputException(string message)
        : base(message)
    {
    }

    public ScanInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
