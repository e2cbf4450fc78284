using System.Security.Cryptography;
using System.Text;

namespace SaySomething.Storage.Secrets;

/// <summary>
/// Encrypts platform secrets (webhook secrets, forum API keys) before they are stored, with AES-256-GCM and a key
/// kept in a file beside the data (<c>secrets.key</c>, created on first use, readable by its owner only), so that a
/// copy of the database alone reveals none of them. Stored form: <c>enc1:</c> + base64(nonce | tag | ciphertext).
/// A value that does not decrypt (another key, tampering) reads as null: the service then refuses, as for no secret.
/// </summary>
public sealed class SecretProtector
{
    /// <summary>The key file's name.</summary>
    public const string KeyFileName = "secrets.key";

    private const string Prefix = "enc1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;

    private SecretProtector(byte[] key)
    {
        _key = key;
    }

    /// <summary>The protector whose key is in <paramref name="folder"/>, creating the folder and a new key if there is none.</summary>
    public static SecretProtector InFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, KeyFileName);
        if (!File.Exists(path))
        {
            var key = RandomNumberGenerator.GetBytes(32);
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                using var stream = new FileStream(path, options);
                stream.Write(key);
                stream.Flush(flushToDisk: true);
                return new SecretProtector(key);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first: use that one.
            }
        }

        var stored = File.ReadAllBytes(path);
        return stored.Length == 32
            ? new SecretProtector(stored)
            : throw new Durability.StoreConfigurationException($"The secrets key '{path}' is not 32 bytes; restore it from a backup (the stored secrets cannot be read without it).");
    }

    /// <summary>The stored form of <paramref name="secret"/> (null stays null).</summary>
    public string? Protect(string? secret)
    {
        if (secret is null)
        {
            return null;
        }

        var plain = Encoding.UTF8.GetBytes(secret);
        var sealedBytes = new byte[NonceSize + TagSize + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize));
        return Prefix + Convert.ToBase64String(sealedBytes);
    }

    /// <summary>The secret behind a stored value, or null when there is none or it cannot be decrypted with this key.</summary>
    public string? Unprotect(string? stored)
    {
        if (stored is null || !stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            var sealedBytes = Convert.FromBase64String(stored[Prefix.Length..]);
            if (sealedBytes.Length < NonceSize + TagSize)
            {
                return null;
            }

            var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
            using var aes = new AesGcm(_key, TagSize);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), plain);
            return Encoding.UTF8.GetString(plain);
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return null;
        }
    }
}
