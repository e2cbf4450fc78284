using System.Text.RegularExpressions;

namespace SaySomething.Fetching.Tests.Configuration;

/// <summary>
/// Static checks over the product's source (<c>src/</c>): the guarded client is the only HTTP client or socket the
/// product creates, and no code anywhere disables or replaces TLS certificate validation.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static readonly string s_allowedFile = Path.Combine("src", "SaySomething.Fetching", "Http", "GuardedClient.cs");

    // The outbox's client for forum APIs: it calls only the API URL an administrator configured for a community (which
    // may be a private address), never what a post links to; see the comment in that file.
    private static readonly string s_platformApiFile = Path.Combine("src", "SaySomething.Server", "Actions", "PlatformHttp.cs");
    private static readonly string s_connectorFile = Path.Combine("src", "SaySomething.Fetching", "Http", "SocketConnector.cs");

    [Fact]
    public void Only_the_guarded_client_creates_http_clients_or_handlers()
    {
        var offenders = SourceFiles()
            .Where(file => !file.Relative.Equals(s_allowedFile, StringComparison.Ordinal) && !file.Relative.Equals(s_platformApiFile, StringComparison.Ordinal))
            .Where(file => ClientCreation().IsMatch(file.Text))
            .Select(file => file.Relative)
            .ToList();

        Assert.True(offenders.Count == 0, $"HttpClient/handler created outside {s_allowedFile}: {string.Join(", ", offenders)}");
        Assert.Matches(ClientCreation(), File.ReadAllText(Path.Combine(Root(), s_allowedFile)));
    }

    [Fact]
    public void Only_the_connector_opens_sockets()
    {
        var offenders = SourceFiles()
            .Where(file => !file.Relative.Equals(s_connectorFile, StringComparison.Ordinal))
            .Where(file => SocketCreation().IsMatch(file.Text))
            .Select(file => file.Relative)
            .ToList();

        Assert.True(offenders.Count == 0, $"sockets opened outside {s_connectorFile}: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void No_code_touches_certificate_validation()
    {
        var offenders = SourceFiles()
            .Where(file => CertificateBypass().IsMatch(file.Text))
            .Select(file => file.Relative)
            .ToList();

        Assert.True(offenders.Count == 0, $"certificate validation callbacks in: {string.Join(", ", offenders)}");
    }

    private static List<(string Relative, string Text)> SourceFiles()
    {
        string root = Root();
        var files = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => (Path.GetRelativePath(root, path), File.ReadAllText(path)))
            .ToList();
        Assert.True(files.Count > 20, $"only {files.Count} source files found under {root}/src");
        return files;
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SaySomething.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"SaySomething.sln not found above {AppContext.BaseDirectory}; run the tests from a checkout.");
    }

    [GeneratedRegex(@"new\s+(HttpClient|SocketsHttpHandler|HttpClientHandler)\s*\(|\b(HttpClient|SocketsHttpHandler|HttpClientHandler)\s+\w+\s*=\s*new\s*\(|WebRequest\.Create|AddHttpClient|IHttpClientFactory")]
    private static partial Regex ClientCreation();

    [GeneratedRegex(@"new\s+(Socket|TcpClient)\s*\(|\b(Socket|TcpClient)\s+\w+\s*=\s*new\s*\(")]
    private static partial Regex SocketCreation();

    [GeneratedRegex(@"ServerCertificateCustomValidationCallback|RemoteCertificateValidationCallback|DangerousAcceptAnyServerCertificateValidator|ServerCertificateValidationCallback")]
    private static partial Regex CertificateBypass();
}
