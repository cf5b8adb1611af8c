namespace MuttSharp.Tui.Input;

/// <summary>What one input event did in a menu.</summary>
public enum KeyOutcome
{
    /// <summary>The keys so far start a longer binding; nothing ran yet.</summary>
    Pending,

    /// <summary>A function ran (or started: its task may still be running).</summary>
    Ran,

    /// <summary>A macro was expanded into the input queue.</summary>
    Expanded,

    /// <summary>A function with no handler here: the user was told.</summary>
    Unavailable,

    /// <summary>Nothing is bound to the keys: the user was told.</summary>
    Unbound,

    /// <summary>A macro kept expanding; input was flushed.</summary>
    MacroLoop,
}
