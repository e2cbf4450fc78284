namespace SaySomething.Core.Policies;

/// <summary>
/// The settings one level of a policy file (top, community or section) writes; null for what it leaves to the level
/// above. <see cref="Resolve"/> merges levels: the most specific value of each key wins, and a key no level sets comes
/// from the winning preset (lenient: 3 own words) or the defaults.
/// </summary>
internal sealed class PolicyLayer
{
    /// <summary>The number of own words a lenient preset asks for when no level sets <c>min_own_words</c>.</summary>
    public const int LenientMinOwnWords = 3;

    public Strictness? Preset { get; set; }

    public GovernedLinks? Governed { get; set; }

    public int? MinOwnWords { get; set; }

    public double? ReviewBelow { get; set; }

    public double? CopiedShare { get; set; }

    public bool? CodeCounts { get; set; }

    public IReadOnlyList<string>? AllowedDomains { get; set; }

    public IReadOnlyList<string>? ForumHosts { get; set; }

    public string? Locale { get; set; }

    public FetchSetting? Fetch { get; set; }

    /// <summary>Merges <paramref name="layers"/>, given from the top of the file down to the most specific.</summary>
    public static JudgePolicy Resolve(params ReadOnlySpan<PolicyLayer> layers)
    {
        JudgePolicy defaults = JudgePolicy.Default;
        Strictness strictness = Last(layers, l => l.Preset) ?? defaults.Strictness;
        return new JudgePolicy
        {
            Strictness = strictness,
            Governed = Last(layers, l => l.Governed) ?? defaults.Governed,
            MinOwnWords = Last(layers, l => l.MinOwnWords)
                ?? (strictness == Strictness.Lenient ? LenientMinOwnWords : defaults.MinOwnWords),
            ReviewBelow = Last(layers, l => l.ReviewBelow) ?? defaults.ReviewBelow,
            CopiedShare = Last(layers, l => l.CopiedShare) ?? defaults.CopiedShare,
            CodeCounts = Last(layers, l => l.CodeCounts) ?? defaults.CodeCounts,
            AllowedDomains = LastReference(layers, l => l.AllowedDomains) ?? defaults.AllowedDomains,
            ForumHosts = LastReference(layers, l => l.ForumHosts) ?? defaults.ForumHosts,
            Locale = LastReference(layers, l => l.Locale) ?? defaults.Locale,
            Fetch = Last(layers, l => l.Fetch) ?? defaults.Fetch,
        };
    }

    private static T? Last<T>(ReadOnlySpan<PolicyLayer> layers, Func<PolicyLayer, T?> get)
        where T : struct
    {
        for (int i = layers.Length - 1; i >= 0; i--)
        {
            if (get(layers[i]) is T value)
            {
                return value;
            }
        }

        return null;
    }

    private static T? LastReference<T>(ReadOnlySpan<PolicyLayer> layers, Func<PolicyLayer, T?> get)
        where T : class
    {
        for (int i = layers.Length - 1; i >= 0; i--)
        {
            if (get(layers[i]) is T value)
            {
                return value;
            }
        }

        return null;
    }
}
