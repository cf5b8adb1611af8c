namespace MuttSharp.Core.Tests.Mailboxes.Watching;

/// <summary>A clock whose timers fire only when a test moves it forward.</summary>
internal sealed class ManualTimers : TimeProvider
{
    private readonly List<Timer> timers = [];
    private DateTimeOffset now = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(this, callback, state);
        timer.Change(dueTime, period);
        lock (timers)
            timers.Add(timer);
        return timer;
    }

    /// <summary>Moves the clock and runs every timer that falls due, in order, on the caller's thread.</summary>
    public void Advance(TimeSpan by)
    {
        var end = now + by;
        while (true)
        {
            Timer? next;
            lock (timers)
                next = timers.Where(t => t.Due is { } d && d <= end).MinBy(t => t.Due);
            if (next is null)
                break;
            now = next.Due!.Value;
            next.Fire();
        }
        now = end;
    }

    private sealed class Timer(ManualTimers clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan period;

        public DateTimeOffset? Due { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            this.period = period;
            Due = dueTime == Timeout.InfiniteTimeSpan ? null : clock.now + dueTime;
            return true;
        }

        public void Fire()
        {
            Due = period == Timeout.InfiniteTimeSpan || period == TimeSpan.Zero ? null : Due + period;
            callback(state);
        }

        public void Dispose() => Due = null;

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
