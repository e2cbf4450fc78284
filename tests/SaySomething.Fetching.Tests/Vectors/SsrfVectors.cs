using SaySomething.Fetching.Tests.TestSupport;

namespace SaySomething.Fetching.Tests.Vectors;

/// <summary>
/// The vector corpus of security.md §1.6 (from GitLab's, Discourse's, Mastodon's and AntiSSRF's suites), each with
/// the failure it must end in. Host names go through <see cref="Resolver"/>, which answers as an attacker's DNS would.
/// </summary>
public static class SsrfVectors
{
    /// <summary>Forbidden addresses that attacker-controlled names resolve to (the "names" group).</summary>
    public static readonly string[] ForbiddenAnswers =
    [
        "127.0.0.1", "::1", "0.0.0.0", "10.0.0.2", "172.16.0.2", "192.168.1.2", "100.64.0.1", "169.254.169.254",
        "168.63.129.16", "fd00:ec2::254", "fe80::1", "fc00::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254",
        "64:ff9b::a9fe:a9fe", "2002:a9fe:a9fe::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "224.0.0.1",
        "255.255.255.255", "198.18.0.1", "192.0.2.1",
    ];

    /// <summary>The rebinding service name of §1.6 (three answers in 192.168/16, then loopback).</summary>
    public const string RebindName = "a.192.168.0.120.3times.127.0.0.1.1time.repeat.rebind.network";

    private static readonly string s_longHost = string.Join('.', Enumerable.Repeat(new string('a', 60), 18)) + ".com";

    /// <summary>Gets every vector: group, URL as written, expected failure.</summary>
    public static TheoryData<string, string, FetchFailure> All
    {
        get
        {
            var data = new TheoryData<string, string, FetchFailure>();
            void Add(string group, FetchFailure failure, params string[] hosts)
            {
                foreach (string host in hosts)
                {
                    data.Add(group, host.Contains("://", StringComparison.Ordinal) ? host : $"https://{host}/", failure);
                }
            }

            const FetchFailure Address = FetchFailure.RefusedAddress;
            Add("loopback", Address, "127.0.0.1", "127.0.0.2", "0177.1", "017700000001", "0x7f.1", "0x7f.0.0.1", "0x7f000001",
                "2130706433", "127.000.000.001", "127.0.1", "[::1]");
            Add("unspecified", Address, "0.0.0.0", "[0:0:0:0:0:0:0:0]", "[::]", "0", "1");
            Add("ipv4-mapped", Address, "[0:0:0:0:0:ffff:0.0.0.0]", "[::ffff:0.0.0.0]", "[::ffff:0:0]", "[0:0:0:0:0:ffff:127.0.0.1]",
                "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[0:0:0:0:0:ffff:127.0.0.2]", "[::ffff:127.0.0.2]", "[::ffff:7f00:2]");
            Add("private", Address, "192.168.1.2", "[0:0:0:0:0:ffff:192.168.1.2]", "[::ffff:c0a8:102]", "10.0.0.2",
                "[0:0:0:0:0:ffff:10.0.0.2]", "[::ffff:a00:2]", "172.16.0.2", "[0:0:0:0:0:ffff:172.16.0.2]", "[::ffff:ac10:20]",
                "[feef::1]", "[fee2::]", "[fc00:bf8b:e62c:abcd:abcd:aaaa:aaaa:aaaa]", "172.31.100.31", "[::ffff:172.31.100.31]",
                "[fdd7:b450:d4d1:6b44::1]", "[2001:db8::face]");
            // The same two written without brackets, as in GitLab's list: not a URL at all.
            Add("private", FetchFailure.RefusedUrl, "::ffff:172.31.100.31", "2001:db8::face");
            Add("shared", Address, "100.64.0.0", "100.64.127.127", "100.64.255.255");
            Add("link-local/metadata", Address, "169.254.169.254", "169.254.168.100", "[0:0:0:0:0:ffff:169.254.169.254]",
                "[::ffff:169.254.169.254]", "[::ffff:a9fe:a9fe]", "[0:0:0:0:0:ffff:169.254.168.100]", "[::ffff:169.254.168.100]",
                "[::ffff:a9fe:a864]", "[fe80::c800:eff:fe74:8]", "0xA9.0xFE.0xA9.0xFE", "[::ffff:A9FE:A9FE]", "168.63.129.16",
                "0xA8.0x3F.0x81.0x10", "[::ffff:168.63.129.16]", "[fd00:ec2::254]", "[fe80::1%25eth0]", "100.100.100.200");
            Add("transition", Address, "[64:ff9b::169.254.169.254]", "[64:ff9b:1::a00:2]", "[2002:a9fe:a9fe::1]",
                "[2001:0:4136:e378:8000:63bf:3fff:fdd2]", "[::127.0.0.1]", "[::ffff:0:7f00:1]", "[100::1]", "[ff02::1]",
                "[fec0::1]", "[3fff::1]", "[5f00::1]");
            Add("broadcast", Address, "255.255.255.255", "0377.0377.0377.0377", "0377.00000000377.00377.0000377",
                "0xff.0xff.0xff.0xff", "0xffffffff", "4294967295", "[::ffff:ffff:ffff]", "[0000:0000:0000:0000:0000:ffff:ffff:ffff]");
            Add("broadcast", FetchFailure.RefusedPort, "255.255.255.255:65535");
            Add("broadcast", FetchFailure.RefusedUrl, "0xBaaaaaaaaaaaaaaaaffffffff");
            Add("reserved", Address, "240.0.0.1", "224.0.0.251", "198.18.0.1", "192.0.2.1", "198.51.100.7", "203.0.113.9",
                "192.0.0.170", "192.88.99.1");
            Add("names", Address, "localhost", "localhost.", "www.localhost", "metadata.google.internal", "printer.local",
                "hidden.onion", RebindName);
            for (int i = 0; i < ForbiddenAnswers.Length; i++)
            {
                Add("names", Address, $"forbidden-{i}.attacker.example");
            }

            Add("structural", FetchFailure.RefusedUrl, "http://:8080", "http://1.1.1.1.1", "http://8.8.8.8.8", s_longHost,
                "https://example.com/%0a", "https://example.com/%0D%0AX-Injected:%201", "https://example.com/\n",
                "https://exam\rple.com/", "ftp://example.com/", "javascript://example.com/%0aalert(1)",
                "https://-oProxyCommand.example.com/", "https://fileserver/", "https://-foo.example.com/");
            data.Add("structural", "eviltrout.com", FetchFailure.RefusedUrl); // schemeless: a relative URI
            Add("structural", FetchFailure.DnsFailed, "http://foobar.x");
            Add("structural", FetchFailure.RefusedPort, "http://example.com:21/", "https://example.com:8000/",
                "https://example.com:25/", "https://example.com:0/");
            Add("structural", FetchFailure.RefusedCredentials, "https://-user@example.com/", "https://\u00ADuser@example.com/",
                "https://example.com@127.0.0.1/", "https://user:pass@example.com/");
            Add("non-ascii", Address, "https://𝕘itⅼαƄ.com/", "https://gitlab.ᴄοｍ/", "https://mißile.com/", "https://miςςile.com/");
            return data;
        }
    }

    /// <summary>Creates the attacker's resolver: every name of <see cref="All"/> resolves to a forbidden address (the
    /// non-ASCII names under their ASCII form), except <c>foobar.x</c>, which does not exist.</summary>
    public static StubResolver Resolver()
    {
        var resolver = new StubResolver()
            .Map("localhost", "127.0.0.1", "::1")
            .Map("www.localhost", "127.0.0.1")
            .Map("metadata.google.internal", "169.254.169.254")
            .Map("printer.local", "192.168.1.20")
            .Map("hidden.onion", "10.0.0.9")
            .MapSequence(RebindName, ["192.168.0.120"], ["192.168.0.120"], ["192.168.0.120"], ["127.0.0.1"])
            .Map("1.1.1.1.1", "1.1.1.1")
            .Map("8.8.8.8.8", "8.8.8.8");
        for (int i = 0; i < ForbiddenAnswers.Length; i++)
        {
            resolver.Map($"forbidden-{i}.attacker.example", ForbiddenAnswers[i]);
        }

        foreach (string unicode in new[] { "𝕘itⅼαƄ.com", "gitlab.ᴄοｍ", "mißile.com", "miςςile.com" })
        {
            resolver.Map(new Uri($"https://{unicode}/").IdnHost, "10.1.2.3");
        }

        return resolver;
    }
}
