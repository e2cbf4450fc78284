namespace SaySomething.Fetching.Tests.Configuration;

/// <summary>Every limit is explicit: out-of-range options and malformed requests fail with a message naming the
/// setting and what is allowed.</summary>
public sealed class OptionsValidationTests
{
    public static TheoryData<string, Func<SafeFetcherOptions>> InvalidOptions => new()
    {
        { "AllowedPorts", () => new SafeFetcherOptions { AllowedPorts = new HashSet<int>() } },
        { "AllowedPorts", () => new SafeFetcherOptions { AllowedPorts = new HashSet<int> { 0 } } },
        { "MaxRedirects", () => new SafeFetcherOptions { MaxRedirects = -1 } },
        { "MaxRedirects", () => new SafeFetcherOptions { MaxRedirects = 11 } },
        { "MaxBodyBytes", () => new SafeFetcherOptions { MaxBodyBytes = 0 } },
        { "MaxBodyBytes", () => new SafeFetcherOptions { MaxBodyBytes = 32L * 1024 * 1024 } },
        { "MaxBodyBytesCeiling", () => new SafeFetcherOptions { MaxBodyBytesCeiling = 512L * 1024 * 1024 } },
        { "MaxResponseHeadersKiB", () => new SafeFetcherOptions { MaxResponseHeadersKiB = 0 } },
        { "DnsTimeout", () => new SafeFetcherOptions { DnsTimeout = TimeSpan.Zero } },
        { "ConnectTimeout", () => new SafeFetcherOptions { ConnectTimeout = TimeSpan.FromSeconds(-1) } },
        { "TotalTimeout", () => new SafeFetcherOptions { TotalTimeout = TimeSpan.FromHours(1) } },
        { "MaxAddressesPerFamily", () => new SafeFetcherOptions { MaxAddressesPerFamily = 0 } },
        { "MaxRequestsPerDestinationPerHour", () => new SafeFetcherOptions { MaxRequestsPerDestinationPerHour = 0 } },
        { "UserAgent", () => new SafeFetcherOptions { UserAgent = "bad\r\nInjected: 1" } },
        { "UserAgent", () => new SafeFetcherOptions { UserAgent = "" } },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Invalid_option_is_named_in_the_error(string option, Func<SafeFetcherOptions> create)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => new SafeFetcher(create()));

        Assert.Contains(option, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_options_are_valid_and_documented_values()
    {
        var options = new SafeFetcherOptions();

        Assert.Empty(options.Validate());
        Assert.Equal([80, 443], options.AllowedPorts.Order());
        Assert.Equal(3, options.MaxRedirects);
        Assert.Equal(1024 * 1024, options.MaxBodyBytes);
        Assert.Equal(32, options.MaxResponseHeadersKiB);
        Assert.Equal(TimeSpan.FromSeconds(3), options.DnsTimeout);
        Assert.Equal(TimeSpan.FromSeconds(5), options.ConnectTimeout);
        Assert.Equal(TimeSpan.FromSeconds(15), options.TotalTimeout);
        Assert.Equal(2, options.MaxAddressesPerFamily);
        Assert.Equal(1000, options.MaxRequestsPerDestinationPerHour);
        Assert.Null(options.UnsafeLoopbackAccessForTests);
    }

    [Fact]
    public void Several_problems_are_reported_together()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(
            () => new SafeFetcher(new SafeFetcherOptions { MaxRedirects = 99, MaxAddressesPerFamily = 99 }));

        Assert.Contains("MaxRedirects", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxAddressesPerFamily", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, FetchRequest> InvalidRequests => new()
    {
        { "AcceptedMediaTypes", new FetchRequest(new Uri("https://example.com/"), []) },
        { "AcceptedMediaTypes", new FetchRequest(new Uri("https://example.com/"), ["html"]) },
        { "AcceptedMediaTypes", new FetchRequest(new Uri("https://example.com/"), ["text/html\r\nX: y"]) },
        { "MaxBodyBytes", new FetchRequest(new Uri("https://example.com/"), ["text/html"], 0) },
        { "MaxBodyBytes", new FetchRequest(new Uri("https://example.com/"), ["text/html"], 17L * 1024 * 1024) },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task Malformed_request_is_the_callers_error(string field, FetchRequest request)
    {
        using var fetcher = new SafeFetcher();

        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(() => fetcher.FetchAsync(request, CancellationToken.None));

        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disposed_fetcher_refuses_to_fetch()
    {
        var fetcher = new SafeFetcher();
        fetcher.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(
            () => fetcher.FetchAsync(new FetchRequest(new Uri("https://example.com/"), ["text/html"]), CancellationToken.None));
    }
}
