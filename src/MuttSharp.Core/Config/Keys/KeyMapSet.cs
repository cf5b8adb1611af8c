namespace MuttSharp.Core.Config.Keys;

/// <summary>
/// The key maps of every menu: what the TUI consults. Build one with <see cref="KeyProfiles"/>
/// or <see cref="KeyConfiguration.Build()"/>.
/// </summary>
public sealed class KeyMapSet
{
    private readonly Dictionary<KeyMenu, KeyMap> maps;

    /// <summary>Creates a set of empty maps, one per menu.</summary>
    public KeyMapSet() => maps = KeyMenus.All.ToDictionary(m => m, m => new KeyMap(m));

    /// <summary>The map of one menu.</summary>
    public KeyMap this[KeyMenu menu] => maps[menu];

    /// <summary>
    /// Binds a function in a menu, checking the name as Mutt's <c>bind</c> does: the menu's own
    /// functions and, for menus that inherit it, <c>generic</c>'s. Returns Mutt's error text or null.
    /// </summary>
    public string? TryBindFunction(KeyMenu menu, KeySequence keys, string function)
    {
        if (KeyFunctions.CheckBindable(menu, function) is { } error)
            return error;
        maps[menu].BindFunction(keys, KeyFunctions.IsNoop(function) ? KeyBinding.Noop : function);
        return null;
    }

    /// <summary>Binds a macro in a menu.</summary>
    public void BindMacro(KeyMenu menu, KeySequence keys, string macro, string? description) =>
        maps[menu].BindMacro(keys, macro, description);

    /// <summary>
    /// What a complete key sequence runs in <paramref name="menu"/>, falling back to <c>generic</c>
    /// for the menus that inherit it. A <c>noop</c> binding stops the fallback.
    /// </summary>
    public KeyBinding? Resolve(KeyMenu menu, KeySequence keys)
    {
        var own = maps[menu].Find(keys);
        if (own is not null || !KeyMenus.InheritsGeneric(menu))
            return own;
        return maps[KeyMenu.Generic].Find(keys);
    }

    /// <summary>The keys that run <paramref name="function"/> in a menu (its own, then generic's), for help and status lines.</summary>
    public IEnumerable<KeySequence> KeysFor(KeyMenu menu, string function)
    {
        var own = maps[menu].KeysFor(function);
        if (!KeyMenus.InheritsGeneric(menu))
            return own;
        var generic = maps[KeyMenu.Generic].KeysFor(function).Where(k => maps[menu].Find(k) is null && !maps[menu].IsPrefix(k));
        return own.Concat(generic);
    }
}
