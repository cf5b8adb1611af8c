using System.Drawing;
using Terminal.Gui.ViewBase;

namespace MuttSharp.Tui.Shell;

/// <summary>
/// Which rows of a view Terminal.Gui has cleared for this frame. Terminal.Gui clears exactly the part of a view
/// that needs drawing (all of it after a resize, a screen clear or an overlay going away; only the rows asked for
/// with <see cref="View.SetNeedsDraw(Rectangle)"/> otherwise), and a cleared cell stays marked dirty until the
/// frame is written out. A view that draws only its cleared rows leaves the others as the screen already shows them.
/// </summary>
internal static class ClearedRows
{
    /// <summary>True when viewport row <paramref name="row"/> of <paramref name="view"/> was cleared for this frame (or cannot be told).</summary>
    public static bool Contains(View view, int row)
    {
        if (view.App?.Driver?.Contents is not { } cells)
            return true;
        var at = view.ViewportToScreen(new Point(0, row));
        if (at.Y < 0 || at.Y >= cells.GetLength(0) || at.X < 0 || at.X >= cells.GetLength(1))
            return true;
        return cells[at.Y, at.X].IsDirty;
    }
}
