namespace SaySomething.Guard.Tests.TestSupport;

/// <summary>Reads a response header wherever .NET put it (response or content headers).</summary>
public static class ResponseHeaders
{
    /// <summary>The header's values joined by ", ", or null when it is absent.</summary>
    public static string? Of(HttpResponseMessage response, string name)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
    }
}
