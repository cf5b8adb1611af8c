using MuttSharp.Core.Config.Keys;
using Terminal.Gui.ViewBase;

namespace MuttSharp.Tui.Shell;

/// <summary>
/// A screen the shell can show between its help line and its status line: the index, a pager, the
/// attachment menu, the folder browser, help. The shell routes keys through the menu's key map to the
/// <see cref="Functions.FunctionTable"/>, which hands handlers this view.
/// </summary>
public interface IMenuView
{
    /// <summary>The key map this screen reads (<c>index</c>, <c>pager</c>, ...).</summary>
    KeyMenu Menu { get; }

    /// <summary>The Terminal.Gui view that fills the body of the screen.</summary>
    View View { get; }

    /// <summary>The text of the status line under the body (already expanded, for example from <c>$status_format</c>).</summary>
    string StatusLine(int width);

    /// <summary>
    /// True when the view asks for its own redraw whenever what it shows changes (and for the status line under
    /// it); the shell then redraws only its own lines after a key. False (the default) has the shell redraw
    /// the whole screen after every key.
    /// </summary>
    bool RedrawsItself => false;
}
