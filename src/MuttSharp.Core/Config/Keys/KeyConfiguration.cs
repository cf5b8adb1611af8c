namespace MuttSharp.Core.Config.Keys;

/// <summary>
/// The key settings a muttrc makes: the profile (<c>$keymap</c>), every <c>bind</c> and <c>macro</c>
/// in the order read, and the events <c>push</c> and <c>exec</c> queue for start-up. Bindings are
/// checked when read (so errors name the line) and replayed over the profile by <see cref="Build()"/>,
/// so <c>set keymap=mutt</c> may come before or after them.
/// </summary>
public sealed class KeyConfiguration
{
    private readonly List<Action<KeyMapSet>> operations = [];
    private readonly List<KeyEvent> pushed = [];

    /// <summary>The profile name (<c>$keymap</c>).</summary>
    public string Profile { get; set; } = KeySettings.KeymapDefault;

    /// <summary>How long a key prefix waits (<c>$key_timeout</c>).</summary>
    public TimeSpan KeyTimeout { get; set; } = TimeSpan.FromMilliseconds(KeySettings.KeyTimeoutDefaultMilliseconds);

    /// <summary>
    /// Input queued by <c>push</c> and <c>exec</c>, in reading order: what the reader processes first
    /// when it starts. As in Mutt, a later <c>push</c> is read before an earlier one.
    /// </summary>
    public IReadOnlyList<KeyEvent> PendingInput => pushed;

    /// <summary>Records <c>bind MENUS KEYS FUNCTION</c>; returns Mutt's error text, or null.</summary>
    public string? Bind(IReadOnlyList<KeyMenu> menus, KeySequence keys, string function)
    {
        // Check the name now so the error carries the muttrc line; the profile does not matter for it.
        foreach (var menu in menus)
            if (KeyFunctions.CheckBindable(menu, function) is { } error)
                return error;
        operations.Add(maps =>
        {
            foreach (var menu in menus)
                maps.TryBindFunction(menu, keys, function);
        });
        return null;
    }

    /// <summary>Records <c>macro MENUS KEYS SEQUENCE [DESCRIPTION]</c>; returns Mutt's error text, or null.</summary>
    public string? Macro(IReadOnlyList<KeyMenu> menus, KeySequence keys, string macro, string? description)
    {
        if (macro.Length == 0)
            return "macro: empty key sequence";
        operations.Add(maps =>
        {
            foreach (var menu in menus)
                maps.BindMacro(menu, keys, macro, description);
        });
        return null;
    }

    /// <summary>Queues the events of <c>push STRING</c> ahead of everything queued so far.</summary>
    public void Push(string text) => pushed.InsertRange(0, MacroText.Parse(text));

    /// <summary>
    /// Queues <c>exec FUNCTION...</c>, checked against the index (the menu the reader starts in);
    /// returns Mutt's error text, or null.
    /// </summary>
    public string? Exec(IReadOnlyList<string> functions)
    {
        if (!MacroText.TryParseExec(functions, KeyMenu.Index, out var events, out string? error))
            return error;
        pushed.InsertRange(0, events);
        return null;
    }

    /// <summary>Takes the queued <c>push</c>/<c>exec</c> input, leaving the queue empty.</summary>
    public IReadOnlyList<KeyEvent> TakePendingInput()
    {
        var events = pushed.ToList();
        pushed.Clear();
        return events;
    }

    /// <summary>The effective key maps: the <see cref="Profile"/>, then every bind and macro in order.</summary>
    public KeyMapSet Build() => Build(out _);

    /// <summary>As <see cref="Build()"/>, reporting an unknown profile name (the default profile is used).</summary>
    public KeyMapSet Build(out string? profileError)
    {
        KeyProfiles.TryBuild(Profile, out var maps, out profileError);
        foreach (var operation in operations)
            operation(maps);
        return maps;
    }
}
