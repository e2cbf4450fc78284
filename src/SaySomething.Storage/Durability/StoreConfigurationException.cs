namespace SaySomething.Storage.Durability;

/// <summary>The database is not set up to keep acknowledged data (or cannot be reached): the service refuses to start.</summary>
public sealed class StoreConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreConfigurationException()
    {
    }

    /// <summary>Creates the exception with a message that says what to fix.</summary>
    public StoreConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public StoreConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
