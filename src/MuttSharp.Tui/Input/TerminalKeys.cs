using MuttSharp.Core.Config.Keys;
using Terminal.Gui.Input;
using GuiKeyCode = Terminal.Gui.Drivers.KeyCode;

namespace MuttSharp.Tui.Input;

/// <summary>
/// Turns a Terminal.Gui <see cref="Key"/> into the keys Core's key maps speak (<see cref="KeyCode"/>), as a
/// terminal would have sent them to Mutt: Ctrl-D is U+0004, Enter is <c>&lt;Return&gt;</c> (CR), and Alt-x
/// is Esc followed by x, because that is how a muttrc binds it (<c>\ex</c>, <c>&lt;esc&gt;x</c>).
/// </summary>
public static class TerminalKeys
{
    // Named keys without Ctrl/Shift/Alt, and the variants ncurses reports as keys of their own.
    private static readonly Dictionary<GuiKeyCode, (SpecialKey Plain, SpecialKey? Ctrl, SpecialKey? Shift, SpecialKey? Alt)> Named = new()
    {
        [GuiKeyCode.CursorUp] = (SpecialKey.Up, SpecialKey.CtrlUp, SpecialKey.ShiftUp, SpecialKey.AltUp),
        [GuiKeyCode.CursorDown] = (SpecialKey.Down, SpecialKey.CtrlDown, SpecialKey.ShiftDown, SpecialKey.AltDown),
        [GuiKeyCode.CursorLeft] = (SpecialKey.Left, SpecialKey.CtrlLeft, SpecialKey.ShiftLeft, SpecialKey.AltLeft),
        [GuiKeyCode.CursorRight] = (SpecialKey.Right, SpecialKey.CtrlRight, SpecialKey.ShiftRight, SpecialKey.AltRight),
        [GuiKeyCode.Home] = (SpecialKey.Home, SpecialKey.CtrlHome, SpecialKey.ShiftHome, SpecialKey.AltHome),
        [GuiKeyCode.End] = (SpecialKey.End, SpecialKey.CtrlEnd, SpecialKey.ShiftEnd, SpecialKey.AltEnd),
        [GuiKeyCode.PageDown] = (SpecialKey.PageDown, SpecialKey.CtrlNext, SpecialKey.ShiftNext, SpecialKey.AltNext),
        [GuiKeyCode.PageUp] = (SpecialKey.PageUp, SpecialKey.CtrlPrev, SpecialKey.ShiftPrev, SpecialKey.AltPrev),
        [GuiKeyCode.Delete] = (SpecialKey.Delete, null, null, null),
        [GuiKeyCode.Insert] = (SpecialKey.Insert, null, null, null),
        [GuiKeyCode.Backspace] = (SpecialKey.Backspace, null, null, null),
    };

    /// <summary>
    /// The keys <paramref name="key"/> stands for: usually one, two for Alt combinations (Esc, then the key),
    /// none for a modifier pressed alone or a key no terminal sends.
    /// </summary>
    public static IReadOnlyList<KeyCode> Translate(Key key)
    {
        if (key.IsModifierOnly || key == Key.Empty)
            return [];
        GuiKeyCode bare = key.KeyCode & ~GuiKeyCode.CtrlMask & ~GuiKeyCode.ShiftMask & ~GuiKeyCode.AltMask;

        if (Named.TryGetValue(bare, out var named))
        {
            SpecialKey? chosen = key.IsCtrl ? named.Ctrl : key.IsAlt ? named.Alt : key.IsShift ? named.Shift : named.Plain;
            return chosen is { } special ? [KeyCode.Special(special)] : [KeyCode.Special(named.Plain)];
        }
        if (bare == GuiKeyCode.Tab && key.IsShift)
            return [KeyCode.Special(SpecialKey.BackTab)];
        if (bare >= GuiKeyCode.F1 && bare <= GuiKeyCode.F24)
            return [KeyCode.Function((int)(bare - GuiKeyCode.F1) + 1)];

        var main = Character(key, bare);
        if (main is null)
            return [];
        return key.IsAlt ? [KeyCode.Escape, main.Value] : [main.Value];
    }

    /// <summary>Translates <paramref name="key"/> into events typed by the user.</summary>
    public static IEnumerable<KeyEvent> Typed(Key key) => Translate(key).Select(KeyEvent.Typed);

    private static KeyCode? Character(Key key, GuiKeyCode bare)
    {
        switch (bare)
        {
            case GuiKeyCode.Enter:
                return KeyCode.Char('\r');
            case GuiKeyCode.Esc:
                return KeyCode.Escape;
            case GuiKeyCode.Tab:
                return KeyCode.Char('\t');
        }
        if (key.IsCtrl)
        {
            // Ctrl-letter and Ctrl of @[\]^_ are control characters; Ctrl-Space is NUL (Ctrl-@).
            if (bare is >= GuiKeyCode.A and <= GuiKeyCode.Z)
                return KeyCode.Ctrl((char)bare);
            if (bare == GuiKeyCode.Space)
                return KeyCode.Char(0);
            if ((uint)bare < 128 && "@[\\]^_?".Contains((char)bare))
                return (char)bare == '?' ? KeyCode.Char(0x7F) : KeyCode.Ctrl((char)bare);
        }
        if (bare is >= GuiKeyCode.A and <= GuiKeyCode.Z)
            return KeyCode.Char(key.IsShift ? (char)bare : char.ToLowerInvariant((char)bare));
        uint value = (uint)bare;
        if (value is > 0 and <= 0x10FFFF && value is not (>= 0xD800 and <= 0xDFFF))
            return KeyCode.Char((int)value);
        return null;
    }
}
