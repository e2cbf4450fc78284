using System.Text.Json;
using SaySomething.Core.Policies;

namespace SaySomething.Core.Judging.Thoughts;

/// <summary>The thought scorer's weights and thresholds, read from <c>Data/thought-weights.json</c>.</summary>
internal sealed class ThoughtWeights
{
    private const string ResourceName = "SaySomething.Core.Judging.Thoughts.Data.thought-weights.json";

    private static readonly Lazy<ThoughtWeights> s_default = new(Load);

    private readonly double[] _weights = new double[FeatureCount];

    public static int FeatureCount { get; } = Enum.GetValues<ThoughtFeature>().Length;

    public static ThoughtWeights Default => s_default.Value;

    public double Bias { get; private set; }

    public double StandardThreshold { get; private set; }

    public double StrictThreshold { get; private set; }

    public double this[ThoughtFeature feature] => _weights[(int)feature];

    public double Threshold(Strictness strictness) => strictness == Strictness.Strict ? StrictThreshold : StandardThreshold;

    /// <summary>The threshold as verdicts print it ("0.5"), formatted once per strictness.</summary>
    public string ThresholdText(Strictness strictness)
    {
        ref string? text = ref strictness == Strictness.Strict ? ref _strictText : ref _standardText;
        return text ??= Threshold(strictness).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
    }

    private string? _strictText;
    private string? _standardText;

    /// <summary>The snake_case name of a feature, as in the weights file and in verdicts.</summary>
    public static string NameOf(ThoughtFeature feature) => s_names[(int)feature];

    private static readonly string[] s_names = Enum.GetValues<ThoughtFeature>().Select(ToSnakeCase).ToArray();

    internal static ThoughtWeights Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var weights = new ThoughtWeights
        {
            Bias = root.GetProperty("bias").GetDouble(),
            StandardThreshold = root.GetProperty("thresholds").GetProperty("standard").GetDouble(),
            StrictThreshold = root.GetProperty("thresholds").GetProperty("strict").GetDouble(),
        };
        var features = root.GetProperty("features");
        foreach (var feature in Enum.GetValues<ThoughtFeature>())
        {
            if (!features.TryGetProperty(NameOf(feature), out var value))
            {
                throw new InvalidDataException($"thought-weights.json has no weight for '{NameOf(feature)}'.");
            }

            weights._weights[(int)feature] = value.GetDouble();
        }

        foreach (var property in features.EnumerateObject())
        {
            if (Array.IndexOf(s_names, property.Name) < 0)
            {
                throw new InvalidDataException($"thought-weights.json names an unknown feature '{property.Name}'.");
            }
        }

        return weights;
    }

    private static ThoughtWeights Load()
    {
        using var stream = typeof(ThoughtWeights).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private static string ToSnakeCase(ThoughtFeature feature)
    {
        string name = feature.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
