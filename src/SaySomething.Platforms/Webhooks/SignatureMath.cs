using System.Security.Cryptography;
using System.Text;

namespace SaySomething.Platforms.Webhooks;

/// <summary>
/// The only place signature material is compared: always with <see cref="CryptographicOperations.FixedTimeEquals"/>,
/// never with <c>==</c> or string equality (a test greps the project for that).
/// </summary>
internal static class SignatureMath
{
    /// <summary>Whether <paramref name="header"/> is <c>sha256=</c> + the hex HMAC-SHA256 of <paramref name="message"/> keyed with <paramref name="secret"/>.</summary>
    public static bool HmacSha256HexMatches(string? header, string secret, ReadOnlySpan<byte> message)
    {
        const string prefix = "sha256=";
        if (header is null || !header.StartsWith(prefix, StringComparison.Ordinal) || header.Length != prefix.Length + 64)
        {
            return false;
        }

        Span<byte> given = stackalloc byte[32];
        if (Convert.FromHexString(header.AsSpan(prefix.Length), given, out _, out int written) != System.Buffers.OperationStatus.Done || written != 32)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[32];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message, expected);
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }

    /// <summary>Whether two secrets are equal, in time that depends on neither (both are hashed first, so lengths do not leak).</summary>
    public static bool SecretsEqual(string? given, string expected)
    {
        if (given is null)
        {
            return false;
        }

        Span<byte> a = stackalloc byte[32];
        Span<byte> b = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(given), a);
        SHA256.HashData(Encoding.UTF8.GetBytes(expected), b);
        return CryptographicOperations.FixedTimeEquals(a, b);
    }
}
