namespace SaySomething.Core.Providers.Data;

/// <summary>A host key of the registry: the provider it belongs to and whether subdomains are excluded.</summary>
internal readonly record struct HostEntry(Provider Provider, bool ExactOnly);
