using MuttSharp.Core.Model;

namespace MuttSharp.Core.Search;

/// <summary>
/// <c>~d</c> (the Date: header) or <c>~r</c> (when received) in a Mutt date range. The range is
/// resolved against the context's clock once per context, in the clock's local time zone.
/// </summary>
internal sealed class DatePattern(string argument, bool received) : Pattern
{
    private sealed record Resolved(PatternContext Context, DateTimeOffset Min, DateTimeOffset Max);

    private Resolved? resolved;

    internal override ContentParts Needs => ContentParts.None;

    internal override bool? Evaluate(Message message, EvaluationScope scope)
    {
        var range = Resolve(scope.Context);
        if (range is null)
            return false;
        var date = received ? message.Summary.Received : message.Summary.Date;
        return date != DateTimeOffset.MinValue && date >= range.Min && date <= range.Max;
    }

    private Resolved? Resolve(PatternContext context)
    {
        var current = Volatile.Read(ref resolved);
        if (current is not null && ReferenceEquals(current.Context, context))
            return current;
        // The argument was validated when the pattern was compiled; only "now" differs here.
        if (!DateRange.TryResolve(argument, context.LocalNow, out var min, out var max, out _, out _))
            return null;
        var zone = context.Clock.LocalTimeZone;
        current = new Resolved(context, ToInstant(min, zone), ToInstant(max, zone));
        Volatile.Write(ref resolved, current);
        return current;
    }

    private static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        var offset = zone.IsInvalidTime(local) ? zone.BaseUtcOffset : zone.GetUtcOffset(local);
        long ticks = Math.Clamp(local.Ticks - offset.Ticks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks);
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }
}
