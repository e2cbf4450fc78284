using SaySomething.Core.Domains;
using SaySomething.Core.Tests.TestSupport;

namespace SaySomething.Core.Tests.Domains;

/// <summary>The vendored list: embedded unchanged, and parsed completely.</summary>
public sealed class PublicSuffixListDataTests
{
    private const string SharedList = "reference/public-suffix-list/public_suffix_list.dat";
    private const string SharedLicense = "reference/public-suffix-list/LICENSE";

    [RequiresSharedFact(SharedList)]
    public void EmbeddedList_EqualsSharedCopyByteForByte()
    {
        byte[] embedded = ReadEmbeddedList();
        byte[] shared = File.ReadAllBytes(SharedFiles.Path(SharedList));

        Assert.Equal(shared.Length, embedded.Length);
        Assert.True(shared.AsSpan().SequenceEqual(embedded), "The embedded public_suffix_list.dat differs from the shared reference copy.");
    }

    [RequiresSharedFact(SharedLicense)]
    public void VendoredLicense_EqualsSharedCopy()
    {
        string? root = SharedFiles.RepositoryRoot;
        Assert.NotNull(root);
        byte[] vendored = File.ReadAllBytes(Path.Combine(root, "src", "SaySomething.Core", "Domains", "Data", "LICENSE"));

        Assert.True(File.ReadAllBytes(SharedFiles.Path(SharedLicense)).AsSpan().SequenceEqual(vendored));
    }

    [Fact]
    public void Default_HasEveryRuleOfTheSnapshot()
    {
        // Counts published with the snapshot (shared README): 10,248 rules, 6,949 ICANN, 3,299 private, 283 wildcard, 8 exception.
        var statistics = PublicSuffixList.Default.Statistics;

        Assert.Equal(10_248, statistics.Total);
        Assert.Equal(6_949, statistics.Icann);
        Assert.Equal(3_299, statistics.Private);
        Assert.Equal(283, statistics.Wildcard);
        Assert.Equal(8, statistics.Exception);
    }

    [Fact]
    public void Default_IsParsedOnce()
    {
        Assert.Same(PublicSuffixList.Default, PublicSuffixList.Default);
        Assert.True(PublicSuffixList.Default.IncludesPrivateRules);
        Assert.False(PublicSuffixList.Default.IcannOnly.IncludesPrivateRules);
        Assert.Same(PublicSuffixList.Default.IcannOnly, PublicSuffixList.Default.IcannOnly.IcannOnly);
    }

    [Fact]
    public void EmbeddedList_IsTheMarkedUpstreamFile()
    {
        string text = System.Text.Encoding.UTF8.GetString(ReadEmbeddedList());

        Assert.StartsWith("// This Source Code Form is subject to the terms of the Mozilla Public", text, StringComparison.Ordinal);
        Assert.Contains("// ===BEGIN ICANN DOMAINS===", text, StringComparison.Ordinal);
        Assert.Contains("// ===BEGIN PRIVATE DOMAINS===", text, StringComparison.Ordinal);
    }

    private static byte[] ReadEmbeddedList()
    {
        using Stream? stream = typeof(PublicSuffixList).Assembly.GetManifestResourceStream(PublicSuffixList.ResourceName);
        Assert.NotNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
