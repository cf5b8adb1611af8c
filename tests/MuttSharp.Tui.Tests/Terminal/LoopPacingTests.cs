using MuttSharp.Tui.Terminal;
using Terminal.Gui.App;

namespace MuttSharp.Tui.Tests.Terminal;

/// <summary>The main loop runs fast while keys arrive and slows down a second after the last one.</summary>
public sealed class LoopPacingTests : IDisposable
{
    private long clock = 10_000;

    public void Dispose() => Application.MaximumIterationsPerSecond = LoopPacing.IdleRate;

    [Fact]
    public void A_key_speeds_the_loop_up_and_a_second_without_keys_slows_it_down()
    {
        var pacing = new LoopPacing(() => clock);
        Assert.Equal(LoopPacing.IdleRate, pacing.Rate);

        pacing.Input();
        Assert.Equal(LoopPacing.ActiveRate, pacing.Rate);
        Assert.Equal(LoopPacing.ActiveRate, Application.MaximumIterationsPerSecond);

        clock += 900;
        pacing.Iterated();
        Assert.Equal(LoopPacing.ActiveRate, pacing.Rate);

        pacing.Input();
        clock += 900;
        pacing.Iterated();
        Assert.Equal(LoopPacing.ActiveRate, pacing.Rate);

        clock += 200;
        pacing.Iterated();
        Assert.Equal(LoopPacing.IdleRate, pacing.Rate);
        Assert.Equal(LoopPacing.IdleRate, Application.MaximumIterationsPerSecond);
    }
}
