namespace MuttSharp.Core.Config.Keys;

/// <summary>
/// What a key sequence does in one menu: run a function, or type a macro. The function
/// <see cref="KeyBinding.Noop"/> is Mutt's explicit "not bound", which also hides <c>generic</c>.
/// </summary>
/// <param name="Keys">The key sequence.</param>
/// <param name="Function">The function name, or null for a macro.</param>
/// <param name="Macro">The macro text (unescaped, with <c>&lt;function&gt;</c> names), or null.</param>
/// <param name="Description">The macro's description shown in help, if given.</param>
public sealed record KeyBinding(KeySequence Keys, string? Function, string? Macro, string? Description)
{
    /// <summary>The function name that unbinds a key (<c>bind index d noop</c>).</summary>
    public const string Noop = "noop";

    /// <summary>True for a macro binding.</summary>
    public bool IsMacro => Macro is not null;

    /// <summary>True for <c>noop</c>: the key is known but does nothing.</summary>
    public bool IsNoop => Function == Noop;
}
