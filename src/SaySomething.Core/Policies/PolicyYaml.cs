using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SaySomething.Core.Policies;

/// <summary>A node of a policy file with the position it starts at (1-based line and column).</summary>
internal abstract class PolicyNode(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>Gets how the node is named in messages: "a single value", "a list", "a mapping".</summary>
    public abstract string Description { get; }
}

/// <summary>A scalar; <see cref="IsNull"/> for an empty value, <c>~</c> or <c>null</c> written without quotes.</summary>
internal sealed class PolicyScalar(string value, bool plain, int line, int column) : PolicyNode(line, column)
{
    public string Value { get; } = value;

    public bool IsNull { get; } = plain && value is "" or "~" or "null" or "Null" or "NULL";

    public override string Description => IsNull ? "no value" : "a single value";
}

internal sealed class PolicySequence(IReadOnlyList<PolicyNode> items, int line, int column) : PolicyNode(line, column)
{
    public IReadOnlyList<PolicyNode> Items { get; } = items;

    public override string Description => "a list";
}

internal sealed class PolicyMapping(IReadOnlyList<KeyValuePair<PolicyScalar, PolicyNode>> entries, int line, int column)
    : PolicyNode(line, column)
{
    public IReadOnlyList<KeyValuePair<PolicyScalar, PolicyNode>> Entries { get; } = entries;

    public override string Description => "a mapping of keys to values";
}

/// <summary>
/// Reads a policy file's YAML into <see cref="PolicyNode"/>s with YamlDotNet's event parser. Only what a policy needs is
/// accepted: one document, no anchors or aliases (so no alias expansion bombs), no tags, scalar keys, and at most
/// <see cref="MaxDepth"/> nested collections (the deepest place a policy has is a list in a section).
/// </summary>
internal static class PolicyYaml
{
    /// <summary>Root mapping, communities, a community, sections, a section, a list.</summary>
    public const int MaxDepth = 6;

    /// <summary>Returns the document's root node, or null when the text holds no document or an empty one.</summary>
    public static PolicyNode? Read(string yaml, string sourceName)
    {
        var parser = new Parser(new Scanner(new StringReader(yaml), skipComments: true));
        try
        {
            Next(parser, sourceName);
            Expect<StreamStart>(parser, sourceName);
            Next(parser, sourceName);
            if (parser.Current is StreamEnd)
            {
                return null;
            }

            Expect<DocumentStart>(parser, sourceName);
            Next(parser, sourceName);
            PolicyNode root = ReadNode(parser, sourceName, depth: 0);
            Expect<DocumentEnd>(parser, sourceName);
            Next(parser, sourceName);
            if (parser.Current is { } extra and not StreamEnd)
            {
                throw Error(sourceName, extra, "the file holds more than one YAML document (a second '---'); put everything in one");
            }

            return root is PolicyScalar { IsNull: true } ? null : root;
        }
        catch (YamlException e)
        {
            throw new PolicyException(sourceName, ToInt(e.Start.Line), ToInt(e.Start.Column), null, "invalid YAML: " + Describe(e), e);
        }
    }

    private static PolicyNode ReadNode(Parser parser, string sourceName, int depth)
    {
        ParsingEvent current = parser.Current!;
        switch (current)
        {
            case AnchorAlias alias when alias.Value.Value.StartsWith('.'):
                // "*.example.org" written without quotes reads as an alias; it was meant as a wildcard domain.
                throw Error(
                    sourceName,
                    current,
                    $"'*{alias.Value}' reads as a YAML alias; no wildcard is needed, a domain covers its subdomains: write {alias.Value.Value[1..]}");
            case AnchorAlias alias:
                throw Error(sourceName, current, $"aliases (*{alias.Value}) are not supported in a policy file; write the value out");
            case NodeEvent { Anchor.IsEmpty: false } node:
                throw Error(sourceName, current, $"anchors (&{node.Anchor}) are not supported in a policy file; write the value out where it is needed");
            case NodeEvent { Tag.IsEmpty: false } node:
                throw Error(sourceName, current, $"tags ({node.Tag}) are not supported in a policy file; write the plain value");
            case Scalar scalar:
                Next(parser, sourceName);
                return new PolicyScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, ToInt(scalar.Start.Line), ToInt(scalar.Start.Column));
            case SequenceStart:
                return ReadSequence(parser, sourceName, depth + 1);
            case MappingStart:
                return ReadMapping(parser, sourceName, depth + 1);
            default:
                throw Error(sourceName, current, "unexpected YAML content");
        }
    }

    private static PolicySequence ReadSequence(Parser parser, string sourceName, int depth)
    {
        ParsingEvent start = parser.Current!;
        CheckDepth(sourceName, start, depth);
        Next(parser, sourceName);
        var items = new List<PolicyNode>();
        while (parser.Current is not SequenceEnd)
        {
            items.Add(ReadNode(parser, sourceName, depth));
        }

        Next(parser, sourceName);
        return new PolicySequence(items, ToInt(start.Start.Line), ToInt(start.Start.Column));
    }

    private static PolicyMapping ReadMapping(Parser parser, string sourceName, int depth)
    {
        ParsingEvent start = parser.Current!;
        CheckDepth(sourceName, start, depth);
        Next(parser, sourceName);
        var entries = new List<KeyValuePair<PolicyScalar, PolicyNode>>();
        while (parser.Current is not MappingEnd)
        {
            ParsingEvent keyEvent = parser.Current!;
            PolicyNode key = ReadNode(parser, sourceName, depth);
            if (key is not PolicyScalar scalarKey)
            {
                throw Error(sourceName, keyEvent, $"a key must be a name, not {key.Description}");
            }

            entries.Add(new(scalarKey, ReadNode(parser, sourceName, depth)));
        }

        Next(parser, sourceName);
        return new PolicyMapping(entries, ToInt(start.Start.Line), ToInt(start.Start.Column));
    }

    private static void CheckDepth(string sourceName, ParsingEvent start, int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error(
                sourceName,
                start,
                $"nested deeper than a policy file can be (at most {MaxDepth} levels: communities, a community, sections, a section, a list)");
        }
    }

    private static void Expect<T>(Parser parser, string sourceName)
        where T : ParsingEvent
    {
        if (parser.Current is not T)
        {
            throw parser.Current is null
                ? new PolicyException(sourceName, null, null, null, "invalid YAML: unexpected end of file")
                : Error(sourceName, parser.Current, "invalid YAML: unexpected content");
        }
    }

    private static void Next(Parser parser, string sourceName)
    {
        bool moved;
        try
        {
            moved = parser.MoveNext();
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's parser reports some malformed documents (content after '...') this way instead of as a
            // YamlException; the last event read is the nearest position known.
            ParsingEvent? last = parser.Current;
            throw new PolicyException(
                sourceName,
                last is null ? null : ToInt(last.End.Line),
                last is null ? null : ToInt(last.End.Column),
                null,
                "invalid YAML: unexpected content after the end of the document",
                e);
        }

        if (!moved)
        {
            throw new PolicyException(sourceName, null, null, null, "invalid YAML: unexpected end of file");
        }
    }

    private static PolicyException Error(string sourceName, ParsingEvent at, string problem) =>
        new(sourceName, ToInt(at.Start.Line), ToInt(at.Start.Column), null, problem);

    // YamlDotNet's messages start with the marks, "(Line: 1, Col: 2, Idx: 1) - (Line: 1, Col: 3, Idx: 2): ";
    // the exception's message has its own location, so only the description is kept.
    private static string Describe(YamlException e)
    {
        string message = e.Message;
        if (message.StartsWith("(Line:", StringComparison.Ordinal))
        {
            int end = message.IndexOf("): ", StringComparison.Ordinal);
            if (end >= 0)
            {
                message = message[(end + 3)..];
            }
        }

        return message.TrimEnd('.');
    }

    private static int ToInt(long value) => value > int.MaxValue ? int.MaxValue : (int)value;
}
