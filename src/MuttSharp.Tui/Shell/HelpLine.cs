using MuttSharp.Core.Config.Keys;

namespace MuttSharp.Tui.Shell;

/// <summary>
/// The help line at the top of each menu (<c>$help</c>): Mutt's main functions per menu, each shown with
/// the first key that runs it in the key maps in force, so a rebound key shows its new key.
/// </summary>
public static class HelpLine
{
    // Mutt's per-menu help lines: the function and its label.
    private static readonly Dictionary<KeyMenu, (string Function, string Label)[]> Items = new()
    {
        [KeyMenu.Index] =
        [
            ("quit", "Quit"), ("delete-message", "Del"), ("undelete-message", "Undel"), ("save-message", "Save"),
            ("mail", "Mail"), ("reply", "Reply"), ("group-reply", "Group"), ("help", "Help"),
        ],
        [KeyMenu.Pager] =
        [
            ("exit", "Exit"), ("previous-page", "PrevPg"), ("next-page", "NextPg"), ("view-attachments", "View Attachm."),
            ("delete-message", "Del"), ("reply", "Reply"), ("next-undeleted", "Next"), ("help", "Help"),
        ],
        [KeyMenu.Attach] =
        [
            ("exit", "Exit"), ("save-entry", "Save"), ("pipe-entry", "Pipe"), ("print-entry", "Print"), ("help", "Help"),
        ],
        [KeyMenu.Browser] =
        [
            ("exit", "Quit"), ("change-dir", "Chdir"), ("enter-mask", "Mask"), ("help", "Help"),
        ],
        [KeyMenu.Compose] =
        [
            ("send-message", "Send"), ("exit", "Abort"), ("edit-to", "To"), ("edit-cc", "CC"), ("edit-subject", "Subj"),
            ("attach-file", "Attach file"), ("edit-description", "Descrip"), ("help", "Help"),
        ],
        [KeyMenu.Generic] = [("exit", "Exit"), ("help", "Help")],
    };

    /// <summary>The help line of <paramref name="menu"/>: <c>q:Quit  d:Del  ...</c>; functions with no key are left out.</summary>
    public static string For(KeyMenu menu, KeyMapSet maps)
    {
        var items = Items.GetValueOrDefault(menu) ?? Items[KeyMenu.Generic];
        var parts = new List<string>(items.Length);
        foreach (var (function, label) in items)
        {
            if (maps.KeysFor(menu, function).FirstOrDefault() is { } keys)
                parts.Add($"{keys}:{label}");
        }
        return string.Join("  ", parts);
    }
}
