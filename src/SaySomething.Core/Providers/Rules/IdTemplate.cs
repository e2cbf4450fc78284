using System.Text;

namespace SaySomething.Core.Providers.Rules;

/// <summary>
/// The canonical-id template of a rule, e.g. <c>{channel|lower}/{post}</c>. Placeholders name captures
/// of the rule; <c>|lower</c> lower-cases the value (ASCII); <c>{host}</c> is the normalised host.
/// The provider id and ':' are put in front by the caller.
/// </summary>
internal sealed class IdTemplate
{
    private readonly Part[] _parts;

    private IdTemplate(Part[] parts) => _parts = parts;

    public static IdTemplate Parse(string template, IReadOnlyList<string> captureNames)
    {
        var parts = new List<Part>();
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            if (open < 0)
            {
                parts.Add(new Part(template[i..], -1, Lower: false));
                break;
            }

            if (open > i)
            {
                parts.Add(new Part(template[i..open], -1, Lower: false));
            }

            int close = template.IndexOf('}', open);
            if (close < 0)
            {
                throw new FormatException($"Unclosed placeholder in '{template}'.");
            }

            string name = template[(open + 1)..close];
            bool lower = name.EndsWith("|lower", StringComparison.Ordinal);
            if (lower)
            {
                name = name[..^"|lower".Length];
            }

            int index = name == "host" ? Part.HostIndex : IndexOf(captureNames, name, template);
            parts.Add(new Part(null, index, lower));
            i = close + 1;
        }

        return new IdTemplate([.. parts]);
    }

    public void AppendTo(StringBuilder builder, in CaptureSet captures, ReadOnlySpan<char> host)
    {
        foreach (Part part in _parts)
        {
            if (part.Literal is not null)
            {
                builder.Append(part.Literal);
                continue;
            }

            ReadOnlySpan<char> value = part.CaptureIndex == Part.HostIndex ? host : captures[part.CaptureIndex];
            if (part.Lower)
            {
                foreach (char c in value)
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
            }
            else
            {
                builder.Append(value);
            }
        }
    }

    private static int IndexOf(IReadOnlyList<string> names, string name, string template)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        throw new FormatException($"Template '{template}' names unknown capture '{name}'.");
    }

    private readonly record struct Part(string? Literal, int CaptureIndex, bool Lower)
    {
        public const int HostIndex = -2;
    }
}
