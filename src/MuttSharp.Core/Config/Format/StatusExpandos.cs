using System.Globalization;

namespace MuttSharp.Core.Config.Format;

/// <summary>The expandos of <c>$status_format</c>, with Mutt 2.2's meaning (status.c).</summary>
public static class StatusExpandos
{
    /// <summary>Builds the table for <paramref name="settings"/>.</summary>
    public static ExpandoTable<StatusInfo> Create(StatusFormatSettings settings)
    {
        var chars = new CharTable(settings.StatusChars);
        return new ExpandoTable<StatusInfo>()
            .Number('b', static s => s.MailboxesWithNew)
            .Number('B', static s => s.BackgroundEdits)
            .Number('d', static s => s.Deleted)
            .Text('f', s => s.MailboxPath is null ? "(no mailbox)" : PrettyMailbox(s.MailboxPath, settings.Folder, settings.Home))
            .Number('F', static s => s.Flagged)
            .Text('h', static s => s.Hostname)
            .Text('l', s => settings.Sizes.Format(s.Size), static s => s.Size != 0)
            .Text('L', s => settings.Sizes.Format(s.LimitedSize), static s => s.LimitPattern is not null)
            .Number('m', static s => s.Messages)
            .Number('M', static s => s.Shown, static s => s.LimitPattern is not null)
            .Number('n', static s => s.New)
            .Number('o', static s => s.Unread - s.New)
            .Number('p', static s => s.Postponed)
            .Text('P', static s => Percent(s))
            .Text('r', s => chars.Count == 0 ? "" : chars[ChangeState(s) < chars.Count ? ChangeState(s) : 0])
            .Number('R', static s => s.Messages - s.Unread)
            .Text('s', static s => s.Sort)
            .Text('S', static s => s.SortAux)
            .Text('T', static s => s.SortThreadGroups, static s => s.Sort.EndsWith("threads", StringComparison.Ordinal))
            .Number('t', static s => s.Tagged)
            .Number('u', static s => s.Unread)
            .Text('v', static s => s.Version)
            .Text('V', static s => s.LimitPattern, static s => s.LimitPattern is not null);
    }

    /// <summary>Mutt's <c>mutt_pretty_mailbox</c>: <c>=sub</c> under <c>$folder</c>, <c>~/sub</c> under the home directory.</summary>
    public static string PrettyMailbox(string path, string folder, string home)
    {
        string f = folder.TrimEnd('/');
        if (f.Length > 0 && path.StartsWith(f + "/", StringComparison.Ordinal) && path.Length > f.Length + 1)
        {
            return "=" + path[(f.Length + 1)..];
        }

        string h = home.TrimEnd('/');
        if (h.Length > 0 && (path == h || path.StartsWith(h + "/", StringComparison.Ordinal)))
        {
            return "~" + path[h.Length..];
        }

        return path;
    }

    // %r: 0 unchanged, 1 changed, 2 read-only, 3 attach-message.
    private static int ChangeState(StatusInfo s) =>
        s.AttachMessage ? 3 : s.ReadOnly ? 2 : s.Changed || s.Deleted > 0 ? 1 : 0;

    // %P: "all" when everything fits, "end" at the bottom, else the percentage seen.
    private static string Percent(StatusInfo s)
    {
        if (s.Top + s.PageLength >= s.Shown)
        {
            return s.Top > 0 ? "end" : "all";
        }

        return (100 * (s.Top + s.PageLength) / Math.Max(1, s.Shown)).ToString(CultureInfo.InvariantCulture) + "%";
    }
}
