using System.Text;

namespace SaySomething.Cli.Tests;

/// <summary>A file in the temporary folder, deleted on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    private TempFile(string path) => Path = path;

    public string Path { get; }

    public static TempFile WithText(string text) => WithBytes(Encoding.UTF8.GetBytes(text));

    public static TempFile WithBytes(byte[] bytes)
    {
        var file = new TempFile(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"saysomething-cli-{Guid.NewGuid():N}.txt"));
        File.WriteAllBytes(file.Path, bytes);
        return file;
    }

    public void Dispose() => File.Delete(Path);
}
