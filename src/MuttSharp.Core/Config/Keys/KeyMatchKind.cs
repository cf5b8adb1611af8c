namespace MuttSharp.Core.Config.Keys;

/// <summary>What feeding a key to the <see cref="KeySequenceMatcher"/> produced.</summary>
public enum KeyMatchKind
{
    /// <summary>The keys so far start a longer binding: wait for the next key (or the timeout).</summary>
    Prefix,

    /// <summary>A function is to run (<see cref="KeyMatch.Function"/>).</summary>
    Function,

    /// <summary>A macro is to be typed (<see cref="KeyMatch.Binding"/>; see <see cref="MacroText"/>).</summary>
    Macro,

    /// <summary>
    /// Nothing is bound to these keys (or they are bound to <c>noop</c>). The line editor inserts
    /// them as text; other menus say "Key is not bound.".
    /// </summary>
    NoMatch,

    /// <summary>A macro kept expanding into macros; input is to be flushed ("Macro loop detected.").</summary>
    MacroLoop,
}
