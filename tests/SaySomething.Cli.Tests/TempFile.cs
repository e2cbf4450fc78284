using System.Text;

namespace SaySomething.Cli.Tests;

/// <summary>A file in the temporary folder, deleted on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    private TempFile(string path) => Path = path;

    public string Path { get; }

    /// <param name="text">The file's content, written as UTF-8 without a byte-order mark.</param>
    /// <param name="extension">The file name's extension (<c>scan</c> reads the input kind from it).</param>
    public static TempFile WithText(string text, string extension = ".txt") => WithBytes(Encoding.UTF8.GetBytes(text), extension);

    public static TempFile WithBytes(byte[] bytes, string extension = ".txt")
    {
        var file = Named(extension);
        File.WriteAllBytes(file.Path, bytes);
        return file;
    }

    /// <summary>A path in the temporary folder with nothing written to it yet.</summary>
    public static TempFile Named(string extension) => new(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"saysomething-cli-{Guid.NewGuid():N}{extension}"));

    public void Dispose() => File.Delete(Path);
}
