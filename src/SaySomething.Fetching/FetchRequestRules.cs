namespace SaySomething.Fetching;

/// <summary>What a <see cref="FetchRequest"/> must look like; a malformed one is the caller's bug and throws.</summary>
internal static class FetchRequestRules
{
    /// <summary>Throws when <paramref name="request"/> cannot be fetched whatever its URL.</summary>
    public static void Validate(FetchRequest request, SafeFetcherOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Url is null)
        {
            throw new ArgumentException("FetchRequest.Url is required.", nameof(request));
        }

        if (request.AcceptedMediaTypes is null || request.AcceptedMediaTypes.Count == 0)
        {
            throw new ArgumentException("FetchRequest.AcceptedMediaTypes must name at least one media type, such as text/html.", nameof(request));
        }

        foreach (string type in request.AcceptedMediaTypes)
        {
            if (!IsMediaType(type))
            {
                throw new ArgumentException(
                    $"FetchRequest.AcceptedMediaTypes holds '{type}', which is not a media type (type/subtype, type/* or */*).", nameof(request));
            }
        }

        if (request.MaxBodyBytes is long cap && (cap < 1 || cap > options.MaxBodyBytesCeiling))
        {
            throw new ArgumentException(
                $"FetchRequest.MaxBodyBytes must be from 1 to {options.MaxBodyBytesCeiling} (SafeFetcherOptions.MaxBodyBytesCeiling); got {cap}.", nameof(request));
        }
    }

    private static bool IsMediaType(string? type)
    {
        if (string.IsNullOrEmpty(type) || type.Length > 127)
        {
            return false;
        }

        int slash = type.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && slash < type.Length - 1 && type.IndexOf('/', slash + 1) < 0
            && type.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '*' or '+' or '-' or '.' or '_');
    }
}
