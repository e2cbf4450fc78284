namespace SaySomething.Metadata.Caching;

/// <summary>The cache cannot be used (not a cache file, written by a newer version, unwritable); the message says what to do.</summary>
public sealed class MetadataCacheException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MetadataCacheException()
    {
    }

    /// <summary>Creates the exception with a message for people.</summary>
    public MetadataCacheException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public MetadataCacheException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
