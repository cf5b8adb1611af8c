namespace MuttSharp.Core.Config.Keys;

/// <summary>Menu names as a muttrc writes them, and which menus fall back to <c>generic</c>.</summary>
public static class KeyMenus
{
    private static readonly (string Name, KeyMenu Menu, bool InheritsGeneric)[] Table =
    [
        ("generic", KeyMenu.Generic, false),
        ("index", KeyMenu.Index, true),
        ("pager", KeyMenu.Pager, false),
        ("attach", KeyMenu.Attach, true),
        ("compose", KeyMenu.Compose, true),
        ("browser", KeyMenu.Browser, true),
        ("alias", KeyMenu.Alias, true),
        ("query", KeyMenu.Query, true),
        ("editor", KeyMenu.Editor, false),
        ("postpone", KeyMenu.Postpone, true),
        ("list", KeyMenu.List, true),
        ("pgp", KeyMenu.Pgp, true),
        ("smime", KeyMenu.Smime, true),
        ("mix", KeyMenu.Mix, true),
    ];

    /// <summary>Every menu, in the order above.</summary>
    public static IEnumerable<KeyMenu> All => Table.Select(t => t.Menu);

    /// <summary>The menu's name in a muttrc (<c>index</c>, <c>pager</c>, ...).</summary>
    public static string NameOf(KeyMenu menu) => Table.First(t => t.Menu == menu).Name;

    /// <summary>
    /// True when keys unbound in <paramref name="menu"/> are looked up in <c>generic</c>: every menu but
    /// the pager, the line editor and generic itself, as in Mutt.
    /// </summary>
    public static bool InheritsGeneric(KeyMenu menu) => Table.First(t => t.Menu == menu).InheritsGeneric;

    /// <summary>Looks a menu up by its muttrc name (exact, as Mutt matches it).</summary>
    public static bool TryParse(string name, out KeyMenu menu)
    {
        foreach (var t in Table)
        {
            if (t.Name == name)
            {
                menu = t.Menu;
                return true;
            }
        }
        menu = default;
        return false;
    }

    /// <summary>
    /// Parses Mutt's comma-separated menu list (<c>index,pager</c>); the error is Mutt's
    /// <c>"NAME: no such menu"</c>.
    /// </summary>
    public static bool TryParseList(string names, out IReadOnlyList<KeyMenu> menus, out string? error)
    {
        var list = new List<KeyMenu>();
        foreach (string name in names.Split(','))
        {
            if (!TryParse(name, out var menu))
            {
                menus = [];
                error = $"{name}: no such menu";
                return false;
            }
            list.Add(menu);
        }
        menus = list;
        error = null;
        return true;
    }
}
