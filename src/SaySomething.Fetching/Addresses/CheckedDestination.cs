using System.Net;

namespace SaySomething.Fetching.Addresses;

/// <summary>The addresses of one hop that passed the checks: the only ones the connection may use.</summary>
/// <param name="Host">The host as the HTTP stack names the connection (<see cref="Uri.IdnHost"/>).</param>
/// <param name="Port">The port of the hop.</param>
/// <param name="Addresses">Checked, normalised addresses in the order to try them.</param>
internal sealed record CheckedDestination(string Host, int Port, IReadOnlyList<IPAddress> Addresses)
{
    /// <summary>Gets the request option that carries the destination to the connect callback.</summary>
    public static HttpRequestOptionsKey<CheckedDestination> OptionKey { get; } = new("SaySomething.CheckedDestination");
}
