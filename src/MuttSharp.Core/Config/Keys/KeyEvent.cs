namespace MuttSharp.Core.Config.Keys;

/// <summary>
/// One input event for the key matcher: a key, or a function that a macro, <c>push</c> or
/// <c>exec</c> names directly (<c>&lt;change-folder&gt;</c>). <see cref="FromMacro"/> marks events
/// that came out of a macro, so that a macro expanding into itself is caught.
/// </summary>
public readonly record struct KeyEvent(KeyCode Key, string? Function, bool FromMacro)
{
    /// <summary>A key typed by the user.</summary>
    public static KeyEvent Typed(KeyCode key) => new(key, null, false);

    /// <summary>A key that a macro or <c>push</c> produced.</summary>
    public static KeyEvent Pushed(KeyCode key) => new(key, null, true);

    /// <summary>A function that a macro, <c>push</c> or <c>exec</c> names.</summary>
    public static KeyEvent Call(string function) => new(default, function, true);

    /// <summary>True when this event names a function rather than a key.</summary>
    public bool IsFunction => Function is not null;

    /// <inheritdoc/>
    public override string ToString() => Function is null ? KeyNames.Format(Key) : $"<{Function}>";
}
