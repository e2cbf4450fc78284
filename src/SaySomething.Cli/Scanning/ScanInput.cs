using System.Text;
using SaySomething.Cli.Input;

namespace SaySomething.Cli.Scanning;

/// <summary>The kinds of input <c>scan</c> reads.</summary>
internal enum ScanInputKind
{
    JsonLines,
    Csv,
    ThreadText,
    ThreadHtml,
}

/// <summary>Opens a scan's input: the kind from the file's extension, else from its first bytes.</summary>
internal static class ScanInput
{
    private const int SniffBytes = 64 * 1024;

    /// <summary>Opens <paramref name="path"/> (<c>-</c> for standard input) as a record source.</summary>
    /// <exception cref="ScanInputException">The input cannot be opened or read; the message says what to fix.</exception>
    public static RecordSource Open(string path, Stream standardInput, string format)
    {
        var fromStdin = path == "-";
        var name = fromStdin ? "standard input" : path;
        Stream? stream = null;
        try
        {
            long? total = null;
            if (fromStdin)
            {
                stream = standardInput;
            }
            else
            {
                var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
                stream = file;
                total = file.Length;
            }

            var kind = fromStdin ? null : KindFromExtension(path);
            if (kind is null)
            {
                var prefix = new byte[SniffBytes];
                var length = ReadUpTo(stream, prefix);
                kind = Sniff(prefix.AsSpan(0, length));
                stream = new PrefixedStream(prefix, length, stream, ownsRest: !fromStdin);
            }

            return Create(kind.Value, stream, name, total, format, ownsStream: !fromStdin);
        }
        catch (FileNotFoundException)
        {
            throw new ScanInputException($"{name} does not exist.");
        }
        catch (DirectoryNotFoundException)
        {
            throw new ScanInputException($"{name} does not exist (its folder is missing).");
        }
        catch (UnauthorizedAccessException)
        {
            stream?.Dispose();
            throw new ScanInputException($"{name} cannot be read: permission denied, or it is a folder.");
        }
        catch (IOException e)
        {
            if (!fromStdin)
            {
                stream?.Dispose();
            }

            throw new ScanInputException($"{name} cannot be read: {e.Message}", e);
        }
    }

    /// <summary>The kind a file's extension names, or null to sniff.</summary>
    public static ScanInputKind? KindFromExtension(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".JSONL" or ".NDJSON" => ScanInputKind.JsonLines,
        ".CSV" => ScanInputKind.Csv,
        ".TXT" => ScanInputKind.ThreadText,
        ".HTML" or ".HTM" => ScanInputKind.ThreadHtml,
        _ => null,
    };

    /// <summary>
    /// The kind of input that starts with <paramref name="start"/>: a JSON object first is JSON Lines, markup is an
    /// HTML page, a first line naming the columns id and text is CSV, anything else is text copied from a thread page.
    /// </summary>
    public static ScanInputKind Sniff(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            start = start[3..];
        }

        var text = start.TrimStart(" \t\r\n"u8);
        if (text.IsEmpty)
        {
            return ScanInputKind.ThreadText;
        }

        if (text[0] == (byte)'{')
        {
            return ScanInputKind.JsonLines;
        }

        if (text[0] == (byte)'<')
        {
            return ScanInputKind.ThreadHtml;
        }

        var lineEnd = text.IndexOf((byte)'\n');
        var firstLine = Encoding.UTF8.GetString(lineEnd < 0 ? text : text[..lineEnd]);
        var columns = firstLine.Split(',').Select(column => column.Trim().Trim('"').Trim()).ToList();
        var hasId = columns.Exists(column => string.Equals(column, "id", StringComparison.OrdinalIgnoreCase));
        var hasText = columns.Exists(column => string.Equals(column, "text", StringComparison.OrdinalIgnoreCase));
        return hasId && hasText ? ScanInputKind.Csv : ScanInputKind.ThreadText;
    }

    private static RecordSource Create(ScanInputKind kind, Stream stream, string name, long? total, string format, bool ownsStream)
    {
        switch (kind)
        {
            case ScanInputKind.JsonLines:
                return new JsonLinesSource(stream, format, ScanLimits.MaxRecordBytes) { Name = name, TotalBytes = total, OwnedStream = ownsStream ? stream : null };
            case ScanInputKind.Csv:
                var csv = new CsvSource(stream, format, ScanLimits.MaxRecordBytes) { Name = name, TotalBytes = total, OwnedStream = ownsStream ? stream : null };
                try
                {
                    csv.Start();
                }
                catch
                {
                    csv.Dispose();
                    throw;
                }

                return csv;
            default:
                var html = kind == ScanInputKind.ThreadHtml;
                var read = InputReader.Read(stream, name);
                if (ownsStream)
                {
                    stream.Dispose();
                }

                if (read.Text is null)
                {
                    throw new ScanInputException(read.Error!);
                }

                _ = FormatNames.TryParse(format, out var postFormat);
                return new ThreadPageSource(read.Text, html, postFormat, total ?? Encoding.UTF8.GetByteCount(read.Text)) { Name = name, TotalBytes = total };
        }
    }

    /// <summary>
    /// Reads the start of the input for <see cref="Sniff"/>: up to the end of its first non-blank line (a pipe that
    /// delivers slowly is not waited on for more), or the whole buffer.
    /// </summary>
    private static int ReadUpTo(Stream stream, byte[] buffer)
    {
        var length = 0;
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
            var start = buffer.AsSpan(0, length).IndexOfAnyExcept(" \t\r\n\uFEFF"u8);
            if (start >= 0 && buffer.AsSpan(start, length - start).Contains((byte)'\n'))
            {
                break;
            }
        }

        return length;
    }
}
