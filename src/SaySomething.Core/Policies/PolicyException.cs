using System.Globalization;
using System.Text;

namespace SaySomething.Core.Policies;

/// <summary>
/// A policy file that cannot be used: missing, unreadable, too large, not UTF-8, not valid YAML, or a key or value the
/// policy does not accept. The message reads <c>file:line:column: key.path: what is wrong; what to use instead</c>, with
/// the parts that are not known left out.
/// </summary>
public sealed class PolicyException : Exception
{
    /// <summary>Creates an exception with a generic message.</summary>
    public PolicyException()
        : base("The policy is not valid.")
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> as its whole message.</summary>
    public PolicyException(string message)
        : base(message)
    {
        Problem = message;
    }

    /// <summary>Creates an exception with <paramref name="message"/> as its whole message and the exception that caused it.</summary>
    public PolicyException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problem = message;
    }

    internal PolicyException(string sourceName, int? line, int? column, string? keyPath, string problem, Exception? innerException = null)
        : base(Format(sourceName, line, column, keyPath, problem), innerException)
    {
        SourceName = sourceName;
        Line = line;
        Column = column;
        KeyPath = keyPath;
        Problem = problem;
    }

    /// <summary>Gets the file (or the name given to <see cref="PolicyFile.Parse"/>) the problem is in, when known.</summary>
    public string? SourceName { get; }

    /// <summary>Gets the 1-based line of the problem, when known.</summary>
    public int? Line { get; }

    /// <summary>Gets the 1-based column of the problem (in characters), when known.</summary>
    public int? Column { get; }

    /// <summary>Gets the full path of the key concerned, for example <c>communities.gardening.sections.news.governed</c>, when there is one.</summary>
    public string? KeyPath { get; }

    /// <summary>Gets what is wrong and what to use instead, without the location.</summary>
    public string? Problem { get; }

    private static string Format(string sourceName, int? line, int? column, string? keyPath, string problem)
    {
        var text = new StringBuilder(sourceName);
        if (line is int l)
        {
            text.Append(CultureInfo.InvariantCulture, $":{l}");
            if (column is int c)
            {
                text.Append(CultureInfo.InvariantCulture, $":{c}");
            }
        }

        text.Append(": ");
        if (!string.IsNullOrEmpty(keyPath))
        {
            text.Append(keyPath).Append(": ");
        }

        return text.Append(problem).ToString();
    }
}
