using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace SaySomething.Core.Policies;

/// <summary>
/// Reads policy files: YAML with a preset, settings on top of it, and overrides per community and section (see
/// <c>docs/policy.md</c> and <c>samples/policy.yaml</c>). Every problem is a <see cref="PolicyException"/> that names the
/// file, line, column and key and says what to write instead; unknown keys are refused so that typos do not pass silently.
/// </summary>
public static class PolicyFile
{
    /// <summary>The largest policy file accepted: 1 MiB (in bytes for <see cref="Load"/>, in characters for <see cref="Parse"/>).</summary>
    public const int MaxSize = 1024 * 1024;

    /// <summary>Reads the policy file at <paramref name="path"/>; an empty file gives the defaults.</summary>
    /// <param name="path">The file's path; messages name the file as written here.</param>
    /// <exception cref="PolicyException">The file is missing, a directory, unreadable, over 1 MiB, not UTF-8, or not a valid policy.</exception>
    public static PolicySet Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new PolicyException("policy file: no path was given");
        }

        if (path.Contains('\0', StringComparison.Ordinal))
        {
            throw new PolicyException(path.Replace('\0', '?'), null, null, null, "is not a valid path (it contains a NUL character)");
        }

        if (Directory.Exists(path))
        {
            throw new PolicyException(path, null, null, null, "is a directory; give the path of the policy file itself");
        }

        if (!File.Exists(path))
        {
            throw new PolicyException(path, null, null, null, $"file not found (looked for {Path.GetFullPath(path)})");
        }

        byte[] bytes = ReadBounded(path);
        return Parse(Decode(bytes, path), path);
    }

    /// <summary>Reads a policy from YAML text; empty text (or only comments) gives the defaults.</summary>
    /// <param name="yaml">The policy's YAML.</param>
    /// <param name="sourceName">How messages name the text, in place of a file name.</param>
    /// <exception cref="PolicyException">The text is over 1 Mi characters, not valid YAML, or not a valid policy.</exception>
    public static PolicySet Parse(string yaml, string sourceName = "policy")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sourceName);
        if (yaml.Length > MaxSize)
        {
            throw new PolicyException(sourceName, null, null, null, TooLarge(yaml.Length, "characters"));
        }

        if (yaml.StartsWith('\uFEFF'))
        {
            yaml = yaml[1..];
        }

        PolicyNode? root = PolicyYaml.Read(yaml, sourceName);
        return PolicyReader.Read(root, sourceName);
    }

    /// <summary>Gets every key a policy file accepts, at any level (for documentation checks).</summary>
    internal static IReadOnlyList<string> AcceptedKeys => PolicyReader.AllKeys;

    private static byte[] ReadBounded(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.CanSeek && stream.Length > MaxSize)
            {
                throw new PolicyException(path, null, null, null, TooLarge(stream.Length, "bytes"));
            }

            // Read one byte more than allowed, in case the file grows (or cannot tell its length).
            byte[] buffer = new byte[MaxSize + 1];
            int total = 0;
            int read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += read;
            }

            if (total > MaxSize)
            {
                throw new PolicyException(path, null, null, null, TooLarge(total, "bytes or more"));
            }

            return buffer[..total];
        }
        catch (IOException e)
        {
            throw new PolicyException(path, null, null, null, "cannot be read: " + e.Message, e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new PolicyException(path, null, null, null, "cannot be read (permission denied): " + e.Message, e);
        }
    }

    private static string TooLarge(long size, string unit) => string.Create(
        CultureInfo.InvariantCulture,
        $"is {size:N0} {unit}; a policy file may be at most 1 MiB ({MaxSize:N0} bytes)");

    private static string Decode(byte[] bytes, string path)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new PolicyException(path, null, null, null, "is UTF-16 text; save it as UTF-8");
        }

        char[] chars = ArrayPool<char>.Shared.Rent(Math.Max(span.Length, 1));
        try
        {
            OperationStatus status = Utf8.ToUtf16(span, chars, out int bytesRead, out int charsWritten, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
            {
                return new string(chars, 0, charsWritten);
            }

            // Place the first bad byte: its line, and its column in characters of that line.
            ReadOnlySpan<char> decoded = chars.AsSpan(0, charsWritten);
            int line = decoded.Count('\n') + 1;
            int column = decoded.Length - (decoded.LastIndexOf('\n') + 1) + 1;
            string offset = string.Create(CultureInfo.InvariantCulture, $"byte 0x{span[bytesRead]:X2} at offset {bytesRead + (bytes.Length - span.Length)}");
            throw new PolicyException(path, line, column, null, $"not valid UTF-8 ({offset}); save the file as UTF-8");
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
