namespace SaySomething.Platforms.Actions;

/// <summary>Acts on one community's platform. Implementations never throw for HTTP answers; they return an <see cref="ActionOutcome"/>.</summary>
public interface IPlatformClient
{
    /// <summary>Makes the call.</summary>
    Task<ActionOutcome> ExecuteAsync(PlatformAction action, CancellationToken cancellationToken);

    /// <summary>
    /// Reads the platform's current state to learn whether <paramref name="action"/> already happened (the process
    /// stopped after sending it but before recording the answer), so that it is never done twice.
    /// </summary>
    Task<ActionState> CheckAsync(PlatformAction action, CancellationToken cancellationToken);
}
