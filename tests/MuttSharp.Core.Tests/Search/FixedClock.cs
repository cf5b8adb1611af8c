namespace MuttSharp.Core.Tests.Search;

/// <summary>A clock stopped at one instant, in a chosen local time zone.</summary>
internal sealed class FixedClock(DateTimeOffset now, TimeZoneInfo? zone = null) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone { get; } = zone ?? TimeZoneInfo.Utc;
}
