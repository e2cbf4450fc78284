using Microsoft.Extensions.Time.Testing;
using SaySomething.Server.Hosting;
using SaySomething.Server.Moderation.Accounts;
using SaySomething.Storage;

namespace SaySomething.Server.Tests.Moderation;

/// <summary>The lockout's arithmetic: per account name, per address, and forgetting old failures.</summary>
public sealed class SignInThrottleTests
{
    private static (SignInThrottle Throttle, FakeTimeProvider Time) Create()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero));
        var options = new ServiceOptions { Store = StoreLocation.InPostgres("Host=unused", Path.GetTempPath()), Time = time };
        return (new SignInThrottle(options), time);
    }

    [Fact]
    public void The_fifth_failure_locks_the_name_in_any_letter_case_for_fifteen_minutes()
    {
        var (throttle, time) = Create();
        for (int i = 0; i < 4; i++)
        {
            Assert.False(throttle.Fail("Mo", "10.0.0.1"));
        }

        Assert.Null(throttle.LockedUntil("mo", "10.0.0.2"));
        Assert.True(throttle.Fail("mo", "10.0.0.1"));
        Assert.Equal(time.GetUtcNow().AddMinutes(15), throttle.LockedUntil("MO", "10.0.0.2"));
        Assert.Null(throttle.LockedUntil("someone", "10.0.0.2"));
        time.Advance(TimeSpan.FromMinutes(15));
        Assert.Null(throttle.LockedUntil("mo", "10.0.0.2"));
    }

    [Fact]
    public void Failures_older_than_the_window_are_forgotten_and_success_clears_them()
    {
        var (throttle, time) = Create();
        for (int i = 0; i < 4; i++)
        {
            throttle.Fail("mo", "10.0.0.1");
        }

        time.Advance(TimeSpan.FromMinutes(16));
        Assert.False(throttle.Fail("mo", "10.0.0.1"));
        throttle.Succeed("mo");
        for (int i = 0; i < 4; i++)
        {
            Assert.False(throttle.Fail("mo", "10.0.0.1"));
        }
    }

    [Fact]
    public void Twenty_failures_from_one_address_lock_every_name_from_it()
    {
        var (throttle, _) = Create();
        for (int i = 0; i < 20; i++)
        {
            throttle.Fail("name" + i, "10.0.0.9");
        }

        Assert.NotNull(throttle.LockedUntil("fresh-name", "10.0.0.9"));
        Assert.Null(throttle.LockedUntil("fresh-name", "10.0.0.10"));
    }
}
