namespace SaySomething.Core.Tests.TestSupport;

/// <summary>
/// A <see cref="FactAttribute"/> that is skipped when the shared folder beside the repository is missing,
/// unless <c>SAYSOMETHING_REQUIRE_SHARED=1</c>, in which case the test runs and fails with the reason.
/// </summary>
public sealed class RequiresSharedFactAttribute : FactAttribute
{
    /// <summary>Initializes a new instance of the <see cref="RequiresSharedFactAttribute"/> class.</summary>
    public RequiresSharedFactAttribute()
    {
        if (SharedFiles.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>
/// A <see cref="TheoryAttribute"/> that is skipped when the shared folder beside the repository is missing,
/// unless <c>SAYSOMETHING_REQUIRE_SHARED=1</c>, in which case the test runs and fails with the reason.
/// </summary>
public sealed class RequiresSharedTheoryAttribute : TheoryAttribute
{
    /// <summary>Initializes a new instance of the <see cref="RequiresSharedTheoryAttribute"/> class.</summary>
    public RequiresSharedTheoryAttribute()
    {
        if (SharedFiles.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
