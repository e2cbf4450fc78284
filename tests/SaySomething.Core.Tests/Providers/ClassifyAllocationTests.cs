using SaySomething.Core.Providers;

namespace SaySomething.Core.Tests.Providers;

public class ClassifyAllocationTests
{
    private static readonly string[] Urls =
    [
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=90",
        "youtu.be/dQw4w9WgXcQ?si=abc",
        "HTTPS://X.COM/someone/status/1790000000000000001?s=20",
        "https://t.me/s/SomeChannel/12345",
        "https://www.reddit.com/r/worldnews/comments/1abc2de/title/",
        "https://www.bbc.co.uk/news/world-europe-12345678",
        "https://unknown-blog.example/2024/05/12/some-story-about-things",
        "https://social.example.org/@someone/111222333444555666",
        "https://i.imgur.com/AbCdEfG.jpg",
        "https://example.org/",
    ];

    [Fact]
    public void Classify_AsciiUrls_DoesNotAllocate()
    {
        ProviderRegistry registry = ProviderRegistry.Default;
        int sink = 0;
        for (int i = 0; i < 50_000; i++)
        {
            sink += (int)registry.Classify(Urls[i % Urls.Length]).Kind;
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            sink += (int)registry.Classify(Urls[i % Urls.Length]).Kind;
        }

        long after = GC.GetAllocatedBytesForCurrentThread();

        Assert.Equal(0, after - before);
        Assert.True(sink > 0);
    }
}
