using System.Text;

namespace SaySomething.Cli.Input;

/// <summary>Reads a command's input text from a file or standard input, strictly as UTF-8 and within a size limit.</summary>
internal static class InputReader
{
    /// <summary>The largest input accepted, in bytes.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text read, or the reason it could not be read (a message that says what to fix).</summary>
    public readonly record struct Result(string? Text, string? Error);

    /// <param name="path">A file path, or <c>-</c> (or null) for standard input.</param>
    /// <param name="standardInput">The stream read for <c>-</c>.</param>
    public static Result Read(string? path, Stream standardInput)
    {
        var fromStdin = path is null or "-";
        var name = fromStdin ? "standard input" : path!;
        try
        {
            if (fromStdin)
            {
                return Read(standardInput, name); // Not ours to dispose.
            }

            using var file = File.OpenRead(path!);
            return Read(file, name);
        }
        catch (FileNotFoundException)
        {
            return new Result(null, $"{name} does not exist.");
        }
        catch (DirectoryNotFoundException)
        {
            return new Result(null, $"{name} does not exist (its folder is missing).");
        }
        catch (UnauthorizedAccessException)
        {
            return new Result(null, $"{name} cannot be read: permission denied, or it is a folder.");
        }
        catch (IOException e)
        {
            return new Result(null, $"{name} cannot be read: {e.Message}");
        }
    }

    /// <summary>Reads the rest of <paramref name="stream"/>, named <paramref name="name"/> in messages.</summary>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static Result Read(Stream stream, string name)
    {
        var bytes = ReadAtMost(stream, MaxBytes + 1);
        if (bytes.Length > MaxBytes)
        {
            return new Result(null, $"{name} is larger than {MaxBytes / (1024 * 1024)} MiB; split it into smaller files.");
        }

        try
        {
            var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            return new Result(StrictUtf8.GetString(bytes, start, bytes.Length - start), null);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? $" (first bad byte near offset {e.Index})" : "";
            return new Result(null, $"{name} is not valid UTF-8{at}; save it as UTF-8 and try again.");
        }
    }

    private static byte[] ReadAtMost(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
