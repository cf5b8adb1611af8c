using Terminal.Gui.App;

namespace MuttSharp.Tui.Terminal;

/// <summary>
/// Keeps an idle screen silent. Terminal.Gui 2.5 marks the cursor as needing an update whenever it writes a
/// frame and never clears the mark, so every main-loop iteration after the first frame writes the cursor's
/// state again (hide it, or show and place it): about ten bytes a hundred-odd times a second, over SSH too,
/// with nothing changed. The mark is cleared as each iteration starts; a frame drawn in that iteration
/// (and a view moving its cursor) sets it again, and the cursor is then written once, after the frame.
/// </summary>
internal static class IdleCursor
{
    /// <summary>Stops <paramref name="app"/> from re-sending an unchanged cursor on every iteration.</summary>
    public static void Quieten(IApplication app) =>
        app.Iteration += (_, _) => app.Driver?.SetCursorNeedsUpdate(false);
}
