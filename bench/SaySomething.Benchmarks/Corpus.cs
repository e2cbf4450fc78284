using System.Diagnostics;
using System.Text;

namespace SaySomething.Benchmarks;

/// <summary>
/// The benchmark corpus from the shared generator (<c>../shared/bench/make-corpus.py</c>), made once and cached
/// under <c>artifacts/bench/</c>. Posts are separated by a line holding only U+001E.
/// </summary>
internal static class Corpus
{
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SaySomething.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run the benchmarks from inside the SaySomething repository.");
    }

    /// <summary>Returns the path of the corpus file, generating it with python3 when it is not there yet.</summary>
    public static string Ensure(int posts, string format, string? markup = null)
    {
        var root = RepositoryRoot();
        var name = markup is null ? $"corpus-s1-{posts}.{format}" : $"corpus-s1-{posts}.{format}-{markup}";
        var path = Path.Combine(root, "artifacts", "bench", name);
        if (File.Exists(path))
        {
            return path;
        }

        var generator = Path.GetFullPath(Path.Combine(root, "..", "shared", "bench", "make-corpus.py"));
        if (!File.Exists(generator))
        {
            throw new FileNotFoundException($"The corpus generator is expected at {generator} (../shared beside the repository).");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var arguments = $"\"{generator}\" --seed 1 --posts {posts} --format {format} -o \"{path}.tmp\"" + (markup is null ? "" : $" --markup {markup}");
        using var process = Process.Start(new ProcessStartInfo("python3", arguments) { UseShellExecute = false })
            ?? throw new InvalidOperationException("python3 could not be started.");
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"make-corpus.py failed with exit code {process.ExitCode}.");
        }

        File.Move(path + ".tmp", path, overwrite: true);
        return path;
    }

    /// <summary>Splits a text-format corpus into its posts.</summary>
    public static string[] ReadPosts(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        var posts = text.Split("\n\u001e\n");
        return posts[^1].Length == 0 ? posts[..^1] : posts;
    }
}
