namespace MuttSharp.Core.Config.Keys;

/// <summary>
/// One key as a terminal delivers it: a Unicode character (control characters included, so
/// Ctrl-D is U+0004 and Esc is U+001B), a named <see cref="SpecialKey"/>, or function key Fn.
/// Alt/Meta-x is not a key of its own: terminals send Esc then x, and Mutt binds it that way, so a
/// view that is told "Alt+x" feeds Esc and then x.
/// </summary>
public readonly record struct KeyCode
{
    // Characters use their code point; named keys and function keys live above Unicode's range
    // so that the three kinds never collide and still sort like Mutt's key codes.
    private const int SpecialBase = 0x200000;
    private const int FunctionBase = 0x300000;

    /// <summary>The highest function key number accepted (<c>&lt;F63&gt;</c>, as ncurses).</summary>
    public const int MaxFunctionKey = 63;

    private KeyCode(int value) => Value = value;

    /// <summary>The raw code: a code point, or a value above U+10FFFF for named and function keys.</summary>
    public int Value { get; }

    /// <summary>The Esc key (Mutt's <c>\e</c>, <c>&lt;Esc&gt;</c>).</summary>
    public static KeyCode Escape => new(0x1B);

    /// <summary>A character key, control characters included.</summary>
    public static KeyCode Char(int codePoint)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(codePoint);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(codePoint, 0x10FFFF);
        return new KeyCode(codePoint);
    }

    /// <summary>Ctrl plus a letter or one of <c>@[\]^_?</c>, as the terminal sends it (Ctrl-D is U+0004).</summary>
    public static KeyCode Ctrl(char c) => new((char.ToUpperInvariant(c) - '@') & 0x7F);

    /// <summary>A named key that is not a character.</summary>
    public static KeyCode Special(SpecialKey key) => new(SpecialBase + (int)key);

    /// <summary>Function key <c>F<paramref name="number"/></c>, 0 to <see cref="MaxFunctionKey"/>.</summary>
    public static KeyCode Function(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, MaxFunctionKey);
        return new KeyCode(FunctionBase + number);
    }

    /// <summary>True when this is a character (possibly a control character).</summary>
    public bool IsChar => Value < SpecialBase;

    /// <summary>The character's code point, or -1 for named and function keys.</summary>
    public int CodePoint => IsChar ? Value : -1;

    /// <summary>The named key, or null for characters and function keys.</summary>
    public SpecialKey? AsSpecial => Value > SpecialBase && Value < FunctionBase ? (SpecialKey)(Value - SpecialBase) : null;

    /// <summary>The function key number, or -1 when this is not a function key.</summary>
    public int FunctionNumber => Value >= FunctionBase ? Value - FunctionBase : -1;

    /// <summary>Mutt's way of showing the key (<c>^D</c>, <c>&lt;Esc&gt;</c>, <c>&lt;F1&gt;</c>, <c>j</c>).</summary>
    public override string ToString() => KeyNames.Format(this);
}
