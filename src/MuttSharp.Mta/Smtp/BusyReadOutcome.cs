namespace MuttSharp.Mta.Smtp;

/// <summary>How a <see cref="BusyRead"/> poll ended.</summary>
internal enum BusyReadOutcome
{
    /// <summary>Not polled: no budget, another session is open, or the client was slow last time.</summary>
    Skipped,

    /// <summary>The client's bytes arrived while polling.</summary>
    Arrived,

    /// <summary>The budget ran out first: the read waits asleep.</summary>
    TimedOut,
}
