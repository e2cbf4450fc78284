using System.Text;
using Microsoft.Extensions.Time.Testing;
using SaySomething.Platforms.Discourse;
using SaySomething.Platforms.Generic;
using SaySomething.Platforms.Webhooks;
using SaySomething.Platforms.XenForo;
using SaySomething.Server.Tests.TestSupport;

namespace SaySomething.Server.Tests.Platforms;

/// <summary>Webhook verification (security.md §2.2, G2.1): the published vectors pass, every alteration fails.</summary>
public sealed class SignatureTests
{
    private const string DiscourseSecret = "my_lovely_secret_for_web_hook";

    private static WebhookRequest Request(string body, params (string Name, string Value)[] headers) =>
        new(headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value)), Encoding.UTF8.GetBytes(body));

    [Fact]
    public void Discourse_ping_vector_from_discourse_spec_is_accepted()
    {
        var request = Request("""{"ping":"OK"}""", ("X-Discourse-Event-Signature", "sha256=162f107f6b5022353274eb1a7197885cfd35744d8d08e5bcea025d309386b7d6"));
        Assert.True(new DiscourseAdapter().Verify(request, DiscourseSecret).Valid);
    }

    [RequiresSharedFact("docs/platforms.md")]
    public void Discourse_post_created_vector_of_platforms_md_is_accepted_and_one_changed_byte_is_refused()
    {
        // The 1403-byte body and its signature are read from the shared reference, not copied into the repository.
        string doc = File.ReadAllText(Path.Combine(RepoPaths.Shared, "docs", "platforms.md"));
        string body = doc.Split('\n').Single(line => line.StartsWith("{\"post\":{\"id\":1187,", StringComparison.Ordinal));
        string signature = doc.Split('\n').Single(line => line.StartsWith("X-Discourse-Event-Signature: sha256=3c07", StringComparison.Ordinal))["X-Discourse-Event-Signature: ".Length..].Trim();
        Assert.Equal(1403, Encoding.UTF8.GetByteCount(body));
        var adapter = new DiscourseAdapter();
        Assert.True(adapter.Verify(Request(body, ("X-Discourse-Event-Signature", signature)), DiscourseSecret).Valid);

        var changed = Encoding.UTF8.GetBytes(body);
        changed[700] ^= 1;
        var altered = new WebhookRequest([new("X-Discourse-Event-Signature", signature)], changed);
        Assert.False(adapter.Verify(altered, DiscourseSecret).Valid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha256=")]
    [InlineData("sha1=162f107f6b5022353274eb1a7197885cfd35744d8d08e5bcea025d309386b7d6")]
    [InlineData("sha256=162F107F6B5022353274EB1A7197885CFD35744D8D08E5BCEA025D309386B7D6x")]
    [InlineData("sha256=162f107f6b5022353274eb1a7197885cfd35744d8d08e5bcea025d309386b7d7")]
    [InlineData("sha256=zz2f107f6b5022353274eb1a7197885cfd35744d8d08e5bcea025d309386b7d6")]
    public void Discourse_missing_or_malformed_or_wrong_signature_is_refused(string? header)
    {
        var request = header is null ? Request("""{"ping":"OK"}""") : Request("""{"ping":"OK"}""", ("X-Discourse-Event-Signature", header));
        Assert.False(new DiscourseAdapter().Verify(request, DiscourseSecret).Valid);
    }

    [Fact]
    public void Discourse_re_serialised_json_with_the_same_data_is_refused()
    {
        var request = Request("""{ "ping": "OK" }""", ("X-Discourse-Event-Signature", "sha256=162f107f6b5022353274eb1a7197885cfd35744d8d08e5bcea025d309386b7d6"));
        Assert.False(new DiscourseAdapter().Verify(request, DiscourseSecret).Valid);
    }

    [Fact]
    public void Every_adapter_refuses_when_no_secret_is_configured()
    {
        var request = Request("""{"ping":"OK"}""", ("X-Discourse-Event-Signature", "sha256=162f107f6b5022353274eb1a7197885cfd35744d8d08e5bcea025d309386b7d6"), ("XF-Webhook-Secret", ""));
        Assert.False(new DiscourseAdapter().Verify(request, "").Valid);
        Assert.False(new XenForoAdapter().Verify(request, "").Valid);
        Assert.False(new GenericAdapter(TimeProvider.System).Verify(request, "").Valid);
    }

    [Theory]
    [InlineData("6Qm2-example-shared-secret", true)]
    [InlineData("6Qm2-example-shared-secreT", false)]
    [InlineData("6Qm2-example-shared-secret ", false)]
    [InlineData("6Qm2", false)]
    [InlineData("", false)]
    public void XenForo_secret_must_match_exactly(string given, bool valid)
    {
        var request = Request("{}", ("XF-Webhook-Secret", given));
        Assert.Equal(valid, new XenForoAdapter().Verify(request, "6Qm2-example-shared-secret").Valid);
    }

    [Theory]
    [InlineData(-301, false)]
    [InlineData(-300, true)]
    [InlineData(0, true)]
    [InlineData(300, true)]
    [InlineData(301, false)]
    public void Generic_timestamp_tolerance_is_300_seconds_either_way(int offsetSeconds, bool valid)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero));
        long stamp = time.GetUtcNow().ToUnixTimeSeconds() + offsetSeconds;
        var body = """{"event":"post_created"}""";
        var request = Request(body, ("X-SaySomething-Timestamp", stamp.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("X-SaySomething-Signature", GenericAdapter.Sign("generic-secret-123", stamp, Encoding.UTF8.GetBytes(body))));
        Assert.Equal(valid, new GenericAdapter(time).Verify(request, "generic-secret-123").Valid);
    }

    [Fact]
    public void Generic_signature_over_another_timestamp_or_body_is_refused()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero));
        long stamp = time.GetUtcNow().ToUnixTimeSeconds();
        var body = Encoding.UTF8.GetBytes("""{"event":"post_created"}""");
        string signature = GenericAdapter.Sign("generic-secret-123", stamp, body);
        var adapter = new GenericAdapter(time);
        var otherStamp = new WebhookRequest([new("X-SaySomething-Timestamp", (stamp - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), new("X-SaySomething-Signature", signature)], body);
        var appended = new WebhookRequest([new("X-SaySomething-Timestamp", stamp.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("X-SaySomething-Signature", signature)], body.Append((byte)' ').ToArray());
        Assert.False(adapter.Verify(otherStamp, "generic-secret-123").Valid);
        Assert.False(adapter.Verify(appended, "generic-secret-123").Valid);
    }

    [Fact]
    public void Signature_material_is_compared_only_in_constant_time()
    {
        // Static rule of security.md §2.2: no ==, Equals or SequenceEqual on secrets or signatures in the adapters.
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", "SaySomething.Platforms"), "*.cs", SearchOption.AllDirectories))
        {
            foreach (var (line, number) in File.ReadLines(file).Select((l, i) => (l, i + 1)))
            {
                bool material = line.Contains("secret", StringComparison.OrdinalIgnoreCase) || line.Contains("signature", StringComparison.OrdinalIgnoreCase)
                    || line.Contains("expected", StringComparison.Ordinal) || line.Contains("given", StringComparison.Ordinal);
                bool compares = line.Contains("==", StringComparison.Ordinal) || line.Contains("!=", StringComparison.Ordinal)
                    || line.Contains(".Equals(", StringComparison.Ordinal) || line.Contains("SequenceEqual", StringComparison.Ordinal);
                bool harmless = line.Contains("is null", StringComparison.Ordinal) || line.Contains("== null", StringComparison.Ordinal) || line.TrimStart().StartsWith("//", StringComparison.Ordinal)
                    || line.TrimStart().StartsWith("///", StringComparison.Ordinal) || line.Contains(".Length", StringComparison.Ordinal);
                if (material && compares && !harmless)
                {
                    offenders.Add($"{Path.GetFileName(file)}:{number}: {line.Trim()}");
                }
            }
        }

        Assert.Empty(offenders);
        Assert.Contains("FixedTimeEquals", File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "SaySomething.Platforms", "Webhooks", "SignatureMath.cs")), StringComparison.Ordinal);
    }
}
