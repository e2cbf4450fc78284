using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SaySomething.Core.Links;
using SaySomething.Core.Providers;
using SaySomething.Core.Tests.TestSupport;
using Xunit.Abstractions;

namespace SaySomething.Core.Tests.Links;

/// <summary>
/// Extraction accuracy on the shared benchmark generator's labelled corpus (20,000 plain-text posts, seed 1): every URL
/// the generator placed must be found with exactly its text.
/// </summary>
public sealed class LinkCorpusAccuracyTests(ITestOutputHelper output)
{
    private const string Generator = "bench/make-corpus.py";
    private const double MinimumExactPercent = 99.5;

    private static readonly string[] SocialHosts =
        ["youtube.com", "youtu.be", "x.com", "twitter.com", "t.me", "tiktok.com", "facebook.com", "instagram.com", "reddit.com"];

    private static readonly Lazy<List<CorpusPost>> Corpus = new(LoadCorpus);

    [RequiresSharedFact(Generator)]
    public void Extract_GeneratedCorpus_FindsPlacedUrlsExactly()
    {
        var placed = 0;
        var exact = 0;
        var misses = new List<string>();
        foreach (var post in Corpus.Value)
        {
            var found = LinkExtractor.Default.Extract(post.Text)
                .Where(link => link.Kind == FoundLinkKind.Url)
                .Select(link => post.Text[link.Start..link.End])
                .ToList();
            foreach (var url in post.Urls)
            {
                placed++;
                if (found.Remove(url))
                {
                    exact++;
                }
                else if (misses.Count < 20)
                {
                    misses.Add($"{post.Id}: {url}");
                }
            }
        }

        var percent = 100.0 * exact / placed;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{exact} of {placed} placed URLs found exactly: {percent:F2} %"));
        output.WriteLine("First misses:");
        misses.ForEach(output.WriteLine);

        Assert.True(placed > 15_000, $"the corpus holds only {placed} placed URLs");
        Assert.True(percent >= MinimumExactPercent, string.Create(CultureInfo.InvariantCulture, $"{percent:F2} % found exactly, below {MinimumExactPercent} %"));
    }

    [RequiresSharedFact(Generator)]
    public void Classify_PlacedSocialLinks_HaveAProvider()
    {
        var social = 0;
        var unclassified = new List<string>();
        foreach (var url in Corpus.Value.SelectMany(post => post.Urls))
        {
            if (!IsSocialHost(url))
            {
                continue;
            }

            social++;
            if (ProviderRegistry.Default.Classify(url).Provider is null)
            {
                unclassified.Add(url);
            }
        }

        output.WriteLine($"{social} placed social links, {unclassified.Count} without a provider");
        Assert.True(social > 5_000, $"only {social} social links in the corpus");
        Assert.Empty(unclassified);
    }

    /// <summary>Whether the URL's host (after an optional scheme and <c>www.</c>, <c>m.</c>, <c>mobile.</c>) is a social host.</summary>
    private static bool IsSocialHost(string url)
    {
        var rest = url.AsSpan();
        var scheme = rest.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            rest = rest[(scheme + 3)..];
        }

        var end = rest.IndexOfAny("/?#:");
        var host = (end < 0 ? rest : rest[..end]).ToString().ToLowerInvariant();
        foreach (var prefix in new[] { "www.", "m.", "mobile." })
        {
            if (host.StartsWith(prefix, StringComparison.Ordinal))
            {
                host = host[prefix.Length..];
                break;
            }
        }

        return SocialHosts.Contains(host);
    }

    private static List<CorpusPost> LoadCorpus()
    {
        var file = Path.Combine(Path.GetTempPath(), $"saysomething-corpus-{Guid.NewGuid():N}.jsonl");
        try
        {
            RunGenerator(file);
            var posts = new List<CorpusPost>();
            foreach (var line in File.ReadLines(file))
            {
                if (line.Length == 0)
                {
                    continue;
                }

                using var record = JsonDocument.Parse(line);
                var root = record.RootElement;
                posts.Add(new CorpusPost(
                    root.GetProperty("id").GetString()!,
                    root.GetProperty("text").GetString()!,
                    [.. root.GetProperty("urls").EnumerateArray().Select(url => url.GetString()!)]));
            }

            Assert.Equal(20_000, posts.Count);
            return posts;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static void RunGenerator(string outputFile)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { SharedFiles.Path(Generator), "--seed", "1", "--posts", "20000", "--format", "jsonl", "--markup", "plain", "-o", outputFile })
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"python3 is not on PATH ({e.Message}): install python3 to run the corpus accuracy tests (CI installs it).");
            throw;
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("make-corpus.py did not finish within 2 minutes");
            }

            Assert.True(process.ExitCode == 0, $"make-corpus.py exited with {process.ExitCode}: {errors.Result}");
        }
    }

    private sealed record CorpusPost(string Id, string Text, IReadOnlyList<string> Urls);
}
