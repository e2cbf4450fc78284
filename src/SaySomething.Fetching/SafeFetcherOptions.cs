using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace SaySomething.Fetching;

/// <summary>
/// Limits and settings of a <see cref="SafeFetcher"/>. The defaults are the ones documented in <c>docs/fetching.md</c>;
/// <see cref="Validate"/> (called by the fetcher's constructor) rejects values outside the stated ranges.
/// </summary>
public sealed class SafeFetcherOptions
{
    /// <summary>Gets the ports a URL may name (default 80 and 443). Each must be 1 to 65535.</summary>
    public IReadOnlySet<int> AllowedPorts { get; init; } = new HashSet<int> { 80, 443 };

    /// <summary>Gets how many redirects one fetch follows (default 3, at most 10); the next one is
    /// <see cref="FetchFailure.TooManyRedirects"/>.</summary>
    public int MaxRedirects { get; init; } = 3;

    /// <summary>Gets the largest body accepted when the request does not say (default 1 MiB), counted after
    /// decompression.</summary>
    public long MaxBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>Gets the largest <see cref="FetchRequest.MaxBodyBytes"/> a request may ask for (default 16 MiB, at most
    /// 256 MiB): bodies are held in memory.</summary>
    public long MaxBodyBytesCeiling { get; init; } = 16 * 1024 * 1024;

    /// <summary>Gets the largest response header block, in KiB (default 32, 1 to 1024).</summary>
    public int MaxResponseHeadersKiB { get; init; } = 32;

    /// <summary>Gets the time allowed for one name lookup (default 3 s).</summary>
    public TimeSpan DnsTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Gets the time allowed to open a connection, shared by the addresses tried (default 5 s).</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets the time allowed for the whole fetch, redirects and body included (default 15 s, at most 5 min).</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Gets how many checked addresses of each family (IPv4, IPv6) are tried (default 2, 1 to 8).</summary>
    public int MaxAddressesPerFamily { get; init; } = 2;

    /// <summary>Gets how many requests one destination address may receive per hour (default 1000), or null for no
    /// budget. Over it, a fetch is <see cref="FetchFailure.Deferred"/>.</summary>
    public int? MaxRequestsPerDestinationPerHour { get; init; } = 1000;

    /// <summary>Gets the User-Agent sent with every request; printable ASCII, 1 to 200 characters.</summary>
    public string UserAgent { get; init; } = "SaySomething/1.0 (link metadata fetcher)";

    /// <summary>Gets extra address ranges the operator refuses, on top of the built-in deny list.</summary>
    public IReadOnlyList<IPNetwork> AdditionalDeniedNetworks { get; init; } = [];

    /// <summary>
    /// Gets the TEST-ONLY permission to reach servers on 127.0.0.1, or null (the default: loopback is always
    /// refused). Never set this outside tests; see <see cref="LoopbackTestAccess"/>.
    /// </summary>
    public LoopbackTestAccess? UnsafeLoopbackAccessForTests { get; init; }

    /// <summary>Gets a certificate authority that tests trust in addition to the platform's (never a validation
    /// bypass: chains are still built and host names checked). Internal: only the test assembly can set it.</summary>
    internal X509Certificate2? TestTrustRoot { get; init; }

    /// <summary>Lists every problem with these options, each naming the option and what is allowed; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        List<string> problems = [];
        if (AllowedPorts is null || AllowedPorts.Count == 0)
        {
            problems.Add("AllowedPorts must name at least one port (the default is 80 and 443).");
        }
        else if (AllowedPorts.Any(port => port is < 1 or > 65535))
        {
            problems.Add($"AllowedPorts must hold ports from 1 to 65535; got {string.Join(", ", AllowedPorts.Order())}.");
        }

        if (MaxRedirects is < 0 or > 10)
        {
            problems.Add($"MaxRedirects must be from 0 to 10; got {MaxRedirects}.");
        }

        if (MaxBodyBytesCeiling is < 1 or > 256L * 1024 * 1024)
        {
            problems.Add($"MaxBodyBytesCeiling must be from 1 byte to 256 MiB; got {MaxBodyBytesCeiling}.");
        }

        if (MaxBodyBytes < 1 || MaxBodyBytes > MaxBodyBytesCeiling)
        {
            problems.Add($"MaxBodyBytes must be from 1 to MaxBodyBytesCeiling ({MaxBodyBytesCeiling}); got {MaxBodyBytes}.");
        }

        if (MaxResponseHeadersKiB is < 1 or > 1024)
        {
            problems.Add($"MaxResponseHeadersKiB must be from 1 to 1024; got {MaxResponseHeadersKiB}.");
        }

        CheckDuration(problems, nameof(DnsTimeout), DnsTimeout, TimeSpan.FromMinutes(1));
        CheckDuration(problems, nameof(ConnectTimeout), ConnectTimeout, TimeSpan.FromMinutes(1));
        CheckDuration(problems, nameof(TotalTimeout), TotalTimeout, TimeSpan.FromMinutes(5));

        if (MaxAddressesPerFamily is < 1 or > 8)
        {
            problems.Add($"MaxAddressesPerFamily must be from 1 to 8; got {MaxAddressesPerFamily}.");
        }

        if (MaxRequestsPerDestinationPerHour is < 1)
        {
            problems.Add($"MaxRequestsPerDestinationPerHour must be at least 1, or null for no budget; got {MaxRequestsPerDestinationPerHour}.");
        }

        if (string.IsNullOrEmpty(UserAgent) || UserAgent.Length > 200 || UserAgent.Any(c => c is < ' ' or > '~'))
        {
            problems.Add("UserAgent must be 1 to 200 printable ASCII characters.");
        }

        if (AdditionalDeniedNetworks is null)
        {
            problems.Add("AdditionalDeniedNetworks must not be null (use an empty list).");
        }

        return problems;
    }

    private static void CheckDuration(List<string> problems, string name, TimeSpan value, TimeSpan maximum)
    {
        if (value <= TimeSpan.Zero || value > maximum)
        {
            problems.Add($"{name} must be more than zero and at most {maximum.TotalSeconds:0} s; got {value.TotalSeconds} s.");
        }
    }
}
