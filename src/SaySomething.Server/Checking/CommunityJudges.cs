using SaySomething.Core.Judging;
using SaySomething.Core.Policies;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Checking;

/// <summary>Builds the judge for a community from its stored settings (preset, governed links, locale, sections).</summary>
internal static class CommunityJudges
{
    /// <summary>A judge whose policy set holds <paramref name="community"/> and its sections.</summary>
    public static PostJudge For(Community community)
    {
        var policy = PolicyOf(JudgePolicy.Default, community.PolicyPreset, community.GovernedProviders) with { Locale = community.Locale };
        var sections = new Dictionary<string, JudgePolicy>(StringComparer.Ordinal);
        foreach (var section in community.Sections)
        {
            if (section.PolicyPreset is not null || section.GovernedProviders is not null)
            {
                sections[section.SectionId] = PolicyOf(policy, section.PolicyPreset, section.GovernedProviders);
            }
        }

        var set = new PolicySet(JudgePolicy.Default, new Dictionary<string, CommunityPolicies>(StringComparer.Ordinal)
        {
            [community.Id] = new CommunityPolicies(policy, sections),
        });
        return new PostJudge(set);
    }

    /// <summary>The preset names the settings accept.</summary>
    public static readonly IReadOnlyList<string> Presets = ["lenient", "standard", "strict"];

    /// <summary>The governed-links names the settings accept.</summary>
    public static readonly IReadOnlyList<string> GovernedNames = ["social_and_video", "social_video_and_articles", "any_external"];

    private static JudgePolicy PolicyOf(JudgePolicy over, string? preset, string? governed)
    {
        var policy = over;
        switch (preset)
        {
            // Lenient asks for three own words unless told otherwise (docs/policy.md).
            case "lenient": policy = policy with { Strictness = Strictness.Lenient, MinOwnWords = 3 }; break;
            case "standard": policy = policy with { Strictness = Strictness.Standard, MinOwnWords = 1 }; break;
            case "strict": policy = policy with { Strictness = Strictness.Strict, MinOwnWords = 1 }; break;
            default: break;
        }

        return governed switch
        {
            "social_and_video" => policy with { Governed = GovernedLinks.SocialAndVideo },
            "social_video_and_articles" => policy with { Governed = GovernedLinks.SocialVideoAndArticles },
            "any_external" => policy with { Governed = GovernedLinks.AnyExternal },
            _ => policy,
        };
    }
}
