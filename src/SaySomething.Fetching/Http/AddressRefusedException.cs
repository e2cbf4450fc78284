namespace SaySomething.Fetching.Http;

/// <summary>Thrown by the connect callback when a connection is asked for without a checked destination, or for an
/// address the policy refuses. The fetcher checks before sending, so this is the second line of defence.</summary>
internal sealed class AddressRefusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AddressRefusedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public AddressRefusedException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public AddressRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
