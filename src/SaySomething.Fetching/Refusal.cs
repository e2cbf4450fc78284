namespace SaySomething.Fetching;

/// <summary>Why a step of a fetch stopped it: the failure kind and the one-line text for people.</summary>
internal sealed record Refusal(FetchFailure Failure, string Detail);
