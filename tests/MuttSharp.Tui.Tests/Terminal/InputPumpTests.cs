using System.Collections.Concurrent;
using System.IO.Pipes;
using System.Text;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Terminal;
using MuttSharp.Tui.Tests.Support;
using Terminal.Gui.Drivers;

namespace MuttSharp.Tui.Tests.Terminal;

/// <summary>What is typed on the terminal reaches Terminal.Gui's input queue whole and in order.</summary>
public sealed class InputPumpTests : IDisposable
{
    private readonly AnonymousPipeServerStream typing = new(PipeDirection.Out, HandleInheritability.None);
    private readonly ConcurrentQueue<char> queue = new();
    private readonly InputPump pump;

    public InputPumpTests() => pump = new InputPump((int)typing.ClientSafePipeHandle.DangerousGetHandle(), queue);

    public void Dispose()
    {
        pump.Dispose();
        typing.Dispose();
        typing.ClientSafePipeHandle.Dispose();
    }

    [Fact]
    public void Keys_reach_the_queue_in_the_order_they_were_typed()
    {
        Type("kj\x1b[5~q");
        Assert.Equal("kj\x1b[5~q", Take(8));
    }

    [Fact]
    public void Whoever_paces_the_loop_is_told_once_the_keys_are_in_the_queue()
    {
        using var pipe = new AnonymousPipeServerStream(PipeDirection.Out, HandleInheritability.None);
        var keys = new ConcurrentQueue<char>();
        using var told = new SemaphoreSlim(0);
        int queuedWhenTold = -1;
        using (var paced = new InputPump((int)pipe.ClientSafePipeHandle.DangerousGetHandle(), keys, () =>
        {
            queuedWhenTold = keys.Count;
            told.Release();
        }))
        {
            pipe.Write("jj"u8);
            pipe.Flush();
            Assert.True(told.Wait(TimeSpan.FromSeconds(10)), "the pump never said keys arrived");
        }
        pipe.ClientSafePipeHandle.Dispose();

        Assert.True(queuedWhenTold >= 1, $"told with {queuedWhenTold} keys queued");
    }

    [Fact]
    public void A_character_split_between_two_reads_comes_out_whole()
    {
        byte[] mailbox = Encoding.UTF8.GetBytes("\U0001F4EC");
        typing.Write(mailbox, 0, 2);
        typing.Flush();
        Thread.Sleep(50); // the pump reads the first half alone
        typing.Write(mailbox, 2, 2);
        Type("x");
        Assert.Equal("\U0001F4ECx", Take(3));
    }

    [Fact]
    public void A_burst_larger_than_one_read_loses_nothing()
    {
        var burst = new StringBuilder();
        for (int i = 0; i < 20_000; i++)
            burst.Append(i % 3 == 0 ? "\x1b[A" : i % 3 == 1 ? "k" : "é");
        string typed = burst.ToString();
        Type(typed);
        Assert.Equal(typed, Take(typed.Length));
    }

    [Fact]
    public void Disposing_stops_the_reader_while_it_waits_for_input()
    {
        Assert.True(pump.IsReading);
        pump.Dispose();
        Assert.False(pump.IsReading);
    }

    [Fact]
    public void The_end_of_the_input_ends_the_reading()
    {
        Type("k");
        Assert.Equal("k", Take(1));
        typing.Dispose();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (pump.IsReading && DateTime.UtcNow < deadline)
            Thread.Sleep(5);
        Assert.False(pump.IsReading);
    }

    [Fact]
    public async Task A_burst_of_keys_read_by_the_pump_moves_the_index_as_the_same_keys_typed_do()
    {
        using var typed = await ReaderHarness.StartAsync(messages: 100, height: 20);
        using var h = await ReaderHarness.StartAsync(messages: 100, height: 20);
        using var pump = PumpInto(h);
        // Up (previous-entry) thirty times and a PageUp, one escape sequence each, all in one write.
        Type(string.Concat(Enumerable.Repeat("\x1b[A", 30)) + "\x1b[5~");
        Deliver(h, 94);
        _ = typed.Screen;
        typed.Type(string.Concat(Enumerable.Repeat("<up>", 30)) + "<pageup>");
        Assert.Equal(typed.Session.Cursor, h.Session.Cursor);
        Assert.Equal(typed.Screen, h.Screen);
    }

    [Fact]
    public async Task A_lone_escape_is_held_as_the_start_of_a_sequence_then_released_as_Esc()
    {
        using var h = await ReaderHarness.StartAsync(messages: 100, height: 20);
        using var pump = PumpInto(h);
        Type("\x1b");
        Deliver(h, 1);
        Assert.False(h.Shell.DispatcherFor(KeyMenu.Index).HasPending);
        h.Time.Advance(TimeSpan.FromMilliseconds(100));
        h.App.Driver!.GetInputProcessor().ProcessQueue();
        // Esc alone reached the index: the prefix of Mutt's Esc bindings, waiting for its next key.
        Assert.True(h.Shell.DispatcherFor(KeyMenu.Index).HasPending);
    }

    // A second pump on the same pipe, into the headless driver's own input queue (the first one is stopped).
    private InputPump PumpInto(ReaderHarness h)
    {
        pump.Dispose();
        var processor = (InputProcessorImpl<char>)h.App.Driver!.GetInputProcessor();
        return new InputPump((int)typing.ClientSafePipeHandle.DangerousGetHandle(), processor.InputQueue);
    }

    // Waits until count characters are in the driver's queue, then runs them through it as a main-loop iteration does.
    private static void Deliver(ReaderHarness h, int count)
    {
        var processor = (InputProcessorImpl<char>)h.App.Driver!.GetInputProcessor();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (processor.InputQueue.Count < count && DateTime.UtcNow < deadline)
            Thread.Sleep(1);
        processor.ProcessQueue();
        h.Settle();
    }

    private void Type(string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        typing.Write(bytes);
        typing.Flush();
    }

    // The characters in the queue once count of them have arrived (or what there is after a generous wait).
    private string Take(int count)
    {
        var taken = new StringBuilder();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (taken.Length < count && DateTime.UtcNow < deadline)
        {
            if (queue.TryDequeue(out char c))
                taken.Append(c);
            else
                Thread.Sleep(1);
        }
        return taken.ToString();
    }
}
