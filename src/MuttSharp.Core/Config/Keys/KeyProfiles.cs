namespace MuttSharp.Core.Config.Keys;

/// <summary>
/// The two starting key maps that <c>set keymap=...</c> chooses between: <c>mutt</c>, Mutt's
/// defaults byte for byte, and <c>vim</c> (the default), Mutt's defaults with the vim-style keys
/// of NeoMutt's <c>vim-keys.rc</c> and a few more laid over them. The user's <c>bind</c> and
/// <c>macro</c> lines apply on top of either (see <see cref="KeyConfiguration"/>).
/// </summary>
public static class KeyProfiles
{
    /// <summary>Mutt's own defaults.</summary>
    public const string Mutt = "mutt";

    /// <summary>Vim-style keys; the default profile.</summary>
    public const string Vim = "vim";

    /// <summary>The profile used when <c>$keymap</c> is not set.</summary>
    public const string Default = Vim;

    private const string Lists = "generic,index,attach,browser";

    // The vim overlay: menus, keys as a muttrc writes them, function. Applied in order with Mutt's
    // bind semantics, so "gg" takes "g" (group-reply) away and "gr" gives group-reply a new home.
    private static readonly (string Menus, string Keys, string Function)[] VimOverlay =
    [
        (Lists, "gg", "first-entry"),
        (Lists, "G", "last-entry"),
        ("pager", "gg", "top"),
        ("pager", "G", "bottom"),
        ("pager", "j", "next-line"),
        ("pager", "k", "previous-line"),
        (Lists + ",pager", @"\Cf", "next-page"),
        (Lists + ",pager", @"\Cb", "previous-page"),
        (Lists + ",pager", @"\Cd", "half-down"),
        (Lists + ",pager", @"\Cu", "half-up"),
        ("generic,index,browser,pager", @"\Ce", "next-line"),
        ("generic,index,browser,pager", @"\Cy", "previous-line"),
        // ^E scrolls as in vim, so Mutt's edit-type moves to a g-key like group-reply's gr (the attachment menu keeps ^E).
        ("index,pager", "gE", "edit-type"),
        ("index,pager", "dd", "delete-message"),
        ("index,pager", "dT", "delete-thread"),
        ("index,pager", "dt", "delete-subthread"),
        ("index,pager", "gt", "next-thread"),
        ("index,pager", "gT", "previous-thread"),
        ("index,pager,attach", "gr", "group-reply"),
        ("generic,index,browser,pager", "N", "search-opposite"),
        ("generic,index", "zz", "current-middle"),
        ("generic,index", "zt", "current-top"),
        ("generic,index", "zb", "current-bottom"),
        ("index", "za", "collapse-thread"),
        ("index", "zo", "open-thread"),
        ("index", "zc", "close-thread"),
        ("index", "zA", "collapse-all"),
        // Vim's undo is u, which is Mutt's undelete-message and stays so; the undo of a deletion takes ^_ (vim's own ^_ is unused in normal mode).
        ("index,pager", @"\C_", "undelete-last"),
    ];

    /// <summary>The profile names, default first.</summary>
    public static IReadOnlyList<string> Names { get; } = [Vim, Mutt];

    /// <summary>The extra bindings of the vim profile, for documentation: menus, keys, function.</summary>
    public static IReadOnlyList<(string Menus, string Keys, string Function)> VimBindings => VimOverlay;

    /// <summary>
    /// Builds the key maps of a profile. An unknown name fails with Mutt-style wording and leaves
    /// <paramref name="maps"/> as the default profile so the reader still has keys.
    /// </summary>
    public static bool TryBuild(string name, out KeyMapSet maps, out string? error)
    {
        maps = BuildMutt();
        switch (name)
        {
            case Mutt:
                error = null;
                return true;
            case Vim:
                ApplyVim(maps);
                error = null;
                return true;
            default:
                ApplyVim(maps);
                error = $"{name}: unknown keymap (use one of: {string.Join(", ", Names)})";
                return false;
        }
    }

    /// <summary>Builds a profile's key maps; an unknown name gives the default profile.</summary>
    public static KeyMapSet Build(string name)
    {
        TryBuild(name, out var maps, out _);
        return maps;
    }

    private static KeyMapSet BuildMutt()
    {
        var maps = new KeyMapSet();
        foreach (var menu in KeyMenus.All)
            foreach (var (keys, function) in KeyFunctions.DefaultBindings(menu))
                maps[menu].BindFunction(keys, function);
        return maps;
    }

    private static void ApplyVim(KeyMapSet maps)
    {
        foreach (var (menus, keys, function) in VimOverlay)
        {
            KeyMenus.TryParseList(menus, out var list, out _);
            var sequence = KeySequence.Parse(keys);
            foreach (var menu in list)
                maps.TryBindFunction(menu, sequence, function);
        }
    }
}
