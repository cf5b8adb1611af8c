using System.Net;
using System.Net.Sockets;
using MuttSharp.Mta.Smtp;

namespace MuttSharp.Mta.Tests.Smtp;

public sealed class BusyReadTests : IDisposable
{
    private readonly Socket client;
    private readonly Socket server;

    public BusyReadTests()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        client.Connect(listener.LocalEndPoint!);
        server = listener.Accept();
    }

    [Fact]
    public void BytesAlreadyThereAreFoundByThePoll()
    {
        var poll = new BusyRead(server, TimeSpan.FromSeconds(1), () => true, new StepClock());
        Send("EHLO a\r\n");

        Assert.Equal(BusyReadOutcome.Arrived, poll.Poll());
    }

    [Fact]
    public void APollWithNothingToReadEndsWhenItsBudgetIsSpent()
    {
        var poll = new BusyRead(server, TimeSpan.FromMicroseconds(100), () => true, new StepClock());

        Assert.Equal(BusyReadOutcome.TimedOut, poll.Poll());
    }

    [Fact]
    public void AClientSlowerThanTheBudgetIsWaitedForAsleepUntilItAnswersWithinIt()
    {
        var clock = new StepClock();
        var poll = new BusyRead(server, TimeSpan.FromMicroseconds(100), () => true, clock);
        Assert.Equal(BusyReadOutcome.TimedOut, poll.Poll());
        poll.ReadEnded();

        Send("EHLO a\r\n");
        Assert.Equal(BusyReadOutcome.Skipped, poll.Poll());
        poll.ReadEnded(); // one clock step after the read began: within the budget

        Assert.Equal(BusyReadOutcome.Arrived, poll.Poll());
    }

    [Fact]
    public void ASessionThatIsNotTheServersOnlyOneDoesNotPoll()
    {
        var poll = new BusyRead(server, TimeSpan.FromSeconds(1), () => false, new StepClock());

        Assert.Equal(BusyReadOutcome.Skipped, poll.Poll());
    }

    [Fact]
    public void ABudgetOfZeroNeverPolls()
    {
        var poll = new BusyRead(server, TimeSpan.Zero, () => true, new StepClock());
        Send("EHLO a\r\n");

        Assert.Equal(BusyReadOutcome.Skipped, poll.Poll());
    }

    [Fact]
    public void AClosedSocketEndsThePollForTheReadToReport()
    {
        var poll = new BusyRead(server, TimeSpan.FromSeconds(1), () => true, new StepClock());
        server.Dispose();

        Assert.Equal(BusyReadOutcome.Skipped, poll.Poll());
    }

    public void Dispose()
    {
        client.Dispose();
        server.Dispose();
    }

    private void Send(string text)
    {
        client.Send(System.Text.Encoding.ASCII.GetBytes(text));
        // Loopback hands the bytes over in the send call itself; wait until the other end counts them.
        SpinWait.SpinUntil(() => server.Available > 0, TimeSpan.FromSeconds(10));
    }

    /// <summary>A clock that moves ten microseconds each time it is read: the poll's loop runs a known number of times.</summary>
    private sealed class StepClock : TimeProvider
    {
        private long now;

        public override long TimestampFrequency => 1_000_000;

        public override long GetTimestamp() => now += 10;
    }
}
