namespace MuttSharp.Core.Config.Format;

/// <summary>The expandos of <c>$folder_format</c>, with Mutt 2.2's meaning (browser.c).</summary>
public static class FolderExpandos
{
    /// <summary>Mutt shows the time of day for files changed within this long, else the year, as ls(1) does.</summary>
    private static readonly TimeSpan RecentAge = TimeSpan.FromSeconds(31_536_000);

    /// <summary>Builds the table for <paramref name="settings"/>.</summary>
    public static ExpandoTable<BrowserEntry> Create(FolderFormatSettings settings)
    {
        return new ExpandoTable<BrowserEntry>()
            .Number('C', static e => e.Number)
            .Date('d', static e => e.Modified, e => !e.IsLocal ? "" : settings.Clock.GetUtcNow() - e.Modified < RecentAge ? "%b %d %H:%M" : "%b %d  %Y", localZone: true)
            .Date('D', static e => e.Modified, e => e.IsLocal ? settings.DateFormat : "", localZone: true)
            .Text('f', static e => FileName(e))
            .Text('F', static e => e.IsLocal ? Permissions(e) : "")
            .Text('g', static e => e.IsLocal ? e.Group : "")
            .Text('i', static e => e.Description ?? FileName(e))
            .Add('l', static (e, _) => e.IsLocal ? e.Links : "")
            .Add('m', static (e, _) => e.IsMonitored ? e.MessageCount : "", static e => e.MessageCount != 0)
            .Add('n', static (e, _) => e.IsMonitored ? e.UnreadCount : "", static e => e.UnreadCount != 0)
            .Text('N', static e => e.HasNewMail ? "N" : " ")
            .Text('s', e => e.IsLocal ? settings.Sizes.Format(e.Size) : "")
            .Text('t', static e => e.Tagged ? "*" : " ")
            .Text('u', static e => e.IsLocal ? e.Owner : "");
    }

    /// <summary><c>%f</c>: the name, with <c>@</c> for a link, <c>/</c> for a directory and <c>*</c> for an executable, as <c>ls -F</c>.</summary>
    private static string FileName(BrowserEntry e) => e.Name + (!e.IsLocal ? ""
        : e.Kind == BrowserEntryKind.Symlink ? "@"
        : e.Kind == BrowserEntryKind.Directory ? "/"
        : (e.Mode & UnixFileMode.UserExecute) != 0 ? "*" : "");

    /// <summary><c>drwxr-xr-x</c>, with <c>s</c> and <c>t</c> for the set-id and sticky bits, as ls(1) writes them.</summary>
    public static string Permissions(BrowserEntry e)
    {
        UnixFileMode m = e.Mode;
        char Bit(UnixFileMode bit, char c) => (m & bit) != 0 ? c : '-';
        char Exec(UnixFileMode special, UnixFileMode exec, char c) => (m & special) != 0 ? c : Bit(exec, 'x');
        return string.Concat(
            e.Kind == BrowserEntryKind.Directory ? "d" : e.Kind == BrowserEntryKind.Symlink ? "l" : "-",
            new string([
                Bit(UnixFileMode.UserRead, 'r'), Bit(UnixFileMode.UserWrite, 'w'), Exec(UnixFileMode.SetUser, UnixFileMode.UserExecute, 's'),
                Bit(UnixFileMode.GroupRead, 'r'), Bit(UnixFileMode.GroupWrite, 'w'), Exec(UnixFileMode.SetGroup, UnixFileMode.GroupExecute, 's'),
                Bit(UnixFileMode.OtherRead, 'r'), Bit(UnixFileMode.OtherWrite, 'w'), Exec(UnixFileMode.StickyBit, UnixFileMode.OtherExecute, 't'),
            ]));
    }
}
