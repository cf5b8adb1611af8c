namespace MuttSharp.Core.Config.Keys;

/// <summary>
/// Keys that are not characters: the ones Mutt names in angle brackets (<c>&lt;PageUp&gt;</c>,
/// <c>&lt;BackTab&gt;</c>, ...) plus function keys, which <see cref="KeyCode.Function"/> builds.
/// The modified cursor keys are the extended names ncurses reports (<c>&lt;C-Up&gt;</c>, ...).
/// </summary>
public enum SpecialKey
{
    PageUp = 1,
    PageDown,
    Up,
    Down,
    Right,
    Left,
    Delete,
    Backspace,
    Insert,
    Home,
    End,
    KeypadEnter,
    BackTab,
    Next,
    CtrlUp,
    CtrlDown,
    CtrlLeft,
    CtrlRight,
    CtrlHome,
    CtrlEnd,
    CtrlNext,
    CtrlPrev,
    ShiftUp,
    ShiftDown,
    ShiftLeft,
    ShiftRight,
    ShiftHome,
    ShiftEnd,
    ShiftNext,
    ShiftPrev,
    AltUp,
    AltDown,
    AltLeft,
    AltRight,
    AltHome,
    AltEnd,
    AltNext,
    AltPrev,
}
