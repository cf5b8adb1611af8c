using MuttSharp.Core.Config.Keys;

namespace MuttSharp.Tui.Help;

/// <summary>
/// The lines of Mutt's help screen for one menu, from the key maps in force: the menu's own bindings,
/// then the <c>generic</c> ones it inherits and does not override, then its functions bound to no key.
/// </summary>
public static class HelpText
{
    private const int KeyColumn = 12;
    private const int FunctionColumn = 26;

    /// <summary>The help lines of <paramref name="menu"/>.</summary>
    public static IReadOnlyList<string> For(KeyMenu menu, KeyMapSet maps)
    {
        var lines = new List<string>();
        var own = maps[menu];
        lines.Add($"{KeyMenus.NameOf(menu)} bindings:");
        lines.Add("");
        AddBindings(lines, own.Bindings);
        if (KeyMenus.InheritsGeneric(menu))
        {
            lines.Add("");
            lines.Add("Generic bindings:");
            lines.Add("");
            AddBindings(lines, maps[KeyMenu.Generic].Bindings.Where(b => own.Find(b.Keys) is null && !own.IsPrefix(b.Keys)));
        }
        var unbound = KeyFunctions.For(menu)
            .Where(f => !maps.KeysFor(menu, f.Name).Any())
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
        if (unbound.Count > 0)
        {
            lines.Add("");
            lines.Add("Unbound functions:");
            lines.Add("");
            foreach (var f in unbound)
                lines.Add($"{f.Name.PadRight(FunctionColumn + KeyColumn)}{f.Description}");
        }
        return lines;
    }

    private static void AddBindings(List<string> lines, IEnumerable<KeyBinding> bindings)
    {
        foreach (var b in bindings)
        {
            if (b.IsNoop)
                continue;
            string keys = b.Keys.ToString().PadRight(KeyColumn - 1) + " ";
            if (b.IsMacro)
                lines.Add($"{keys}{("macro " + b.Macro).PadRight(FunctionColumn - 1)} {b.Description ?? ""}");
            else
                lines.Add($"{keys}{b.Function!.PadRight(FunctionColumn - 1)} {KeyFunctions.Describe(b.Function!)}");
        }
    }
}
