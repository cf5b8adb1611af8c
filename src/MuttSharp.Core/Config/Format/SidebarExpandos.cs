using System.Globalization;

namespace MuttSharp.Core.Config.Format;

/// <summary>The expandos of <c>$sidebar_format</c>, with Mutt 2.2's meaning (sidebar.c).</summary>
public static class SidebarExpandos
{
    /// <summary>Builds the table.</summary>
    public static ExpandoTable<SidebarEntry> Create()
    {
        return new ExpandoTable<SidebarEntry>()
            .Text('B', static e => e.Name)
            .Add('d', static (e, _) => e.IsOpen ? e.Deleted : "", static e => e.IsOpen && e.Deleted != 0)
            .Number('F', static e => e.Flagged)
            .Add('L', static (e, _) => e.IsOpen ? e.Limited : "", static e => e.IsOpen && e.Limited != 0)
            .Text('n', static e => e.HasNewMail ? "N" : " ", static e => e.HasNewMail)
            .Number('N', static e => e.Unread)
            .Number('S', static e => e.Messages)
            .Add('t', static (e, _) => e.IsOpen ? e.Tagged : "", static e => e.IsOpen && e.Tagged != 0)
            .Text('!', static e => e.Flagged switch
            {
                0 => "",
                1 => "!",
                2 => "!!",
                _ => e.Flagged.ToString(CultureInfo.InvariantCulture) + "!",
            });
    }
}
