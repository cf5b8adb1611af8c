using MuttSharp.Tui.Terminal;
using MuttSharp.Tui.Tests.Support;

namespace MuttSharp.Tui.Tests.Terminal;

/// <summary>The cursor is written after a frame, not on every idle iteration.</summary>
public sealed class IdleCursorTests
{
    [Fact]
    public async Task An_idle_iteration_leaves_the_cursor_alone_and_a_prompt_places_it()
    {
        using var h = await ReaderHarness.StartAsync(messages: 30);
        _ = h.Screen;
        IdleCursor.Quieten(h.App);
        Assert.True(h.App.Driver!.GetCursorNeedsUpdate()); // Terminal.Gui's mark after the first frame

        h.App.RaiseIteration();
        Assert.False(h.App.Driver.GetCursorNeedsUpdate());

        h.Type("k");
        h.App.RaiseIteration();
        Assert.False(h.App.Driver.GetCursorNeedsUpdate()); // hidden before, hidden still

        h.Type("/"); // the search prompt shows the cursor where the typing goes
        Assert.True(h.App.Driver.GetCursorNeedsUpdate());
    }
}
