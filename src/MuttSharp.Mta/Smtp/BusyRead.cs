using System.Net.Sockets;

namespace MuttSharp.Mta.Smtp;

/// <summary>
/// Polls a session's socket for the client's next bytes for up to <c>smtpd_busy_read</c> before the
/// read that would put the thread to sleep. A client on the same machine answers a reply within tens
/// of microseconds, but a thread that sleeps for it is woken through the scheduler, which on a
/// virtual machine whose idle processors halt costs about as much again at every command: one
/// session's messages came about a tenth faster with the poll (benchmark results). Only a session that
/// is the server's only one polls, so a busy server never spends a processor on it; and a session
/// whose client took longer than the budget last time waits asleep until one answers within it.
/// </summary>
internal sealed class BusyRead(Socket socket, TimeSpan budget, Func<bool> alone, TimeProvider time)
{
    private readonly long budgetTicks = (long)(budget.TotalSeconds * time.TimestampFrequency);
    private bool lastWaitShort = true;
    private long started;

    /// <summary>Called before a read: polls while the rules allow and the socket has nothing to read.</summary>
    public BusyReadOutcome Poll()
    {
        started = time.GetTimestamp();
        if (budgetTicks <= 0 || !lastWaitShort || !alone())
            return BusyReadOutcome.Skipped;
        long until = started + budgetTicks;
        try
        {
            while (socket.Available == 0)
            {
                if (time.GetTimestamp() >= until)
                    return BusyReadOutcome.TimedOut;
                Thread.SpinWait(8);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // The read that follows meets the same error and ends the session.
            return BusyReadOutcome.Skipped;
        }
        return BusyReadOutcome.Arrived;
    }

    /// <summary>Called when the read has returned: whether the client answered within the budget decides the next poll.</summary>
    public void ReadEnded() => lastWaitShort = time.GetTimestamp() - started <= budgetTicks;
}
