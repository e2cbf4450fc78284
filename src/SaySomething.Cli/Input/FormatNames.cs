using SaySomething.Core.Documents;

namespace SaySomething.Cli.Input;

/// <summary>The names of <c>--format</c> and of a record's <c>format</c> field.</summary>
internal static class FormatNames
{
    /// <summary>Every accepted name; <c>auto</c> means "detect".</summary>
    public static readonly string[] All = ["auto", "plain", "bbcode", "markdown", "html"];

    /// <summary>The names as a sentence for messages: <c>auto, plain, bbcode, markdown or html</c>.</summary>
    public const string Choices = "auto, plain, bbcode, markdown or html";

    /// <summary>Reads a format name; <paramref name="format"/> is null for <c>auto</c> (detect). False for an unknown name.</summary>
    public static bool TryParse(string? name, out MarkupFormat? format)
    {
        format = null;
        switch (name)
        {
            case null or "" or "auto":
                return true;
            case "plain":
                format = MarkupFormat.Plain;
                return true;
            case "bbcode":
                format = MarkupFormat.BbCode;
                return true;
            case "markdown":
                format = MarkupFormat.Markdown;
                return true;
            case "html":
                format = MarkupFormat.Html;
                return true;
            default:
                return false;
        }
    }
}
