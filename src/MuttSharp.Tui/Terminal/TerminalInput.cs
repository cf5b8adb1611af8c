using System.Runtime.InteropServices;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;

namespace MuttSharp.Tui.Terminal;

/// <summary>
/// Reads the keyboard for Terminal.Gui's ansi driver without its polling delay. The driver's input thread
/// looks at standard input, sleeps 20 ms when there is nothing, and looks again, so a key waited 10 ms on
/// average and 20 ms at worst before the program saw it; Terminal.Gui 2.5 has no public way to give an
/// application another input source (the constructor that takes a component factory is internal). So the
/// terminal is duplicated, an empty pipe is put on descriptor 0 where the driver's thread looks (it finds
/// nothing there, ever), and an <see cref="InputPump"/> blocked in <c>poll(2)</c> on the duplicate puts
/// every character into the same input queue the driver's thread fills, through the driver's public
/// input processor. Parsing (escape sequences, a lone Esc, mouse, paste) stays Terminal.Gui's.
/// The terminal goes back on descriptor 0 before the screen is shut down (the driver restores the
/// terminal's modes through it) and on a termination signal.
/// </summary>
internal sealed class TerminalInput : IDisposable
{
    private const int StandardInput = 0;

    private readonly int terminal;
    private readonly (int Read, int Write) decoy;
    private readonly InputPump pump;
    private readonly PosixSignalRegistration[] signals;
    private readonly IApplication app;
    private readonly LoopPacing pacing;
    private int restored;

    private TerminalInput(IApplication app, int terminal, (int Read, int Write) decoy, InputPump pump, LoopPacing pacing)
    {
        this.app = app;
        this.terminal = terminal;
        this.decoy = decoy;
        this.pump = pump;
        this.pacing = pacing;
        app.Iteration += OnIteration;
        // Terminal.Gui puts the terminal's modes back on the way out of a killed process, through descriptor 0.
        signals = [.. new[] { PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT }
            .Select(signal => PosixSignalRegistration.Create(signal, _ => Restore()))];
    }

    /// <summary>
    /// Takes the reading of the keyboard over from <paramref name="app"/>'s driver, or returns null and leaves
    /// it as it is: not on Linux, standard input not a terminal, a headless driver (tests), a driver other than ansi.
    /// </summary>
    public static TerminalInput? TakeOver(IApplication app)
    {
        if (!TerminalDescriptors.IsSupported
            || Environment.GetEnvironmentVariable("DisableRealDriverIO") == "1"
            || !TerminalDescriptors.IsTerminal(StandardInput)
            || app.Driver?.GetInputProcessor() is not InputProcessorImpl<char> processor)
            return null;
        int terminal = -1;
        (int Read, int Write) decoy = (-1, -1);
        try
        {
            terminal = TerminalDescriptors.Duplicate(StandardInput);
            decoy = TerminalDescriptors.Pipe();
            if (TerminalDescriptors.Replace(decoy.Read, StandardInput))
            {
                try
                {
                    var pacing = new LoopPacing();
                    return new TerminalInput(app, terminal, decoy, new InputPump(terminal, processor.InputQueue, pacing.Input), pacing);
                }
                catch (IOException)
                {
                    TerminalDescriptors.Replace(terminal, StandardInput);
                }
            }
        }
        catch (IOException)
        {
            // Out of descriptors: the driver keeps reading the terminal itself.
        }
        TerminalDescriptors.Close(terminal);
        TerminalDescriptors.Close(decoy.Read);
        TerminalDescriptors.Close(decoy.Write);
        return null;
    }

    /// <summary>Stops reading and puts the terminal back on standard input, where the driver's thread reads it again.</summary>
    public void Dispose()
    {
        app.Iteration -= OnIteration;
        Application.MaximumIterationsPerSecond = LoopPacing.IdleRate;
        foreach (var signal in signals)
            signal.Dispose();
        pump.Dispose();
        Restore();
        TerminalDescriptors.Close(terminal);
        TerminalDescriptors.Close(decoy.Read);
        TerminalDescriptors.Close(decoy.Write);
    }

    private void OnIteration(object? sender, EventArgs e) => pacing.Iterated();

    private void Restore()
    {
        if (Interlocked.Exchange(ref restored, 1) == 0)
            TerminalDescriptors.Replace(terminal, StandardInput);
    }
}
