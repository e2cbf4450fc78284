using System.Text.RegularExpressions;
using SaySomething.Core.Policies;
using SaySomething.Core.Tests.TestSupport;

namespace SaySomething.Core.Tests.Policies;

/// <summary>The sample loads, and the documentation and the sample cannot drift from what the loader accepts.</summary>
public sealed class PolicyDocsTests
{
    private static string RepoFile(params string[] parts)
    {
        string? root = RepoPaths.Root;
        Assert.NotNull(root);
        return Path.Combine([root, .. parts]);
    }

    [Fact]
    public void SamplePolicy_Loads()
    {
        PolicySet set = PolicyFile.Load(RepoFile("samples", "policy.yaml"));

        Assert.Equal(JudgePolicy.Default with { AllowedDomains = set.Defaults.AllowedDomains, ForumHosts = set.Defaults.ForumHosts }, set.Defaults);
        Assert.Equal(["example.org", "wikipedia.org"], set.Defaults.AllowedDomains);

        JudgePolicy news = set.Resolve("gardening", "news");
        Assert.Equal((Strictness.Strict, GovernedLinks.AnyExternal, "de"), (news.Strictness, news.Governed, news.Locale));
        Assert.Equal(["example.org", "wikipedia.org", "seeds.example.net"], set.Resolve("gardening", "swap-shop").AllowedDomains);

        JudgePolicy memes = set.Resolve("memes", null);
        Assert.Equal((Strictness.Lenient, 3, GovernedLinks.SocialAndVideo), (memes.Strictness, memes.MinOwnWords, memes.Governed));
    }

    [Fact]
    public void SamplePolicy_MentionsEveryKey()
    {
        string sample = File.ReadAllText(RepoFile("samples", "policy.yaml"));

        Assert.All(PolicyFile.AcceptedKeys, key => Assert.Matches(new Regex($@"(^|\s|#\s*){key}:", RegexOptions.Multiline, TimeSpan.FromSeconds(1)), sample));
    }

    [Fact]
    public void Docs_DocumentEveryKeyInTheTable()
    {
        string docs = File.ReadAllText(RepoFile("docs", "policy.md"));

        Assert.All(PolicyFile.AcceptedKeys, key => Assert.Contains($"| `{key}` |", docs, StringComparison.Ordinal));
        Assert.All(PolicyFile.AcceptedKeys, key => Assert.Contains($"**`{key}`**", docs, StringComparison.Ordinal));
    }

    [Fact]
    public void Docs_MentionEveryAllowedValue()
    {
        string docs = File.ReadAllText(RepoFile("docs", "policy.md"));
        IEnumerable<string> values =
        [
            .. PolicyReader.Presets.Select(p => p.Key),
            .. PolicyReader.GovernedValues.Select(g => g.Key),
            .. PolicyReader.Locales,
        ];

        Assert.All(values, value => Assert.Contains($"`{value}`", docs, StringComparison.Ordinal));
    }

    [Fact]
    public void Docs_KeyTableHasNoKeyTheLoaderRefuses()
    {
        string docs = File.ReadAllText(RepoFile("docs", "policy.md"));
        int keys = docs.IndexOf("## Keys", StringComparison.Ordinal);
        string table = docs[keys..docs.IndexOf("\n## ", keys, StringComparison.Ordinal)];
        string[] documented = [.. Regex.Matches(table, @"^\| `([a-z_]+)` \|", RegexOptions.Multiline, TimeSpan.FromSeconds(1)).Select(m => m.Groups[1].Value)];

        Assert.Equal(PolicyFile.AcceptedKeys.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Docs_TopExampleLoads_AndMatchesItsDescription()
    {
        string docs = File.ReadAllText(RepoFile("docs", "policy.md"));
        int start = docs.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        string yaml = docs[start..docs.IndexOf("```", start, StringComparison.Ordinal)];

        PolicySet set = PolicyFile.Parse(yaml, "docs/policy.md");

        JudgePolicy news = set.Resolve("gardening", "news");
        Assert.Equal((Strictness.Strict, GovernedLinks.AnyExternal, "en"), (news.Strictness, news.Governed, news.Locale));
        Assert.Equal(["example.org"], news.AllowedDomains);
        JudgePolicy chat = set.Resolve("gardening", "chat");
        Assert.Equal((Strictness.Strict, GovernedLinks.SocialVideoAndArticles), (chat.Strictness, chat.Governed));
    }

    [Fact]
    public void SamplePolicy_WithMutations_OnlyEverThrowsPolicyException()
    {
        string sample = File.ReadAllText(RepoFile("samples", "policy.yaml"));
        var random = new Random(99);
        const string Inserts = " \n\t:-[]{},'\"&*!#|>%@`?~é\u00A0";
        for (int n = 0; n < 2_000; n++)
        {
            int edits = random.Next(1, 6);
            var mutated = new System.Text.StringBuilder(sample);
            for (int i = 0; i < edits && mutated.Length > 0; i++)
            {
                int at = random.Next(mutated.Length);
                if (random.Next(2) == 0)
                {
                    mutated.Remove(at, 1);
                }
                else
                {
                    mutated.Insert(at, Inserts[random.Next(Inserts.Length)]);
                }
            }

            try
            {
                PolicyFile.Parse(mutated.ToString(), "mutated");
            }
            catch (PolicyException)
            {
            }
        }
    }
}
