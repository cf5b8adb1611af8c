using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Format;
using MuttSharp.Core.Mailboxes.Watching;

namespace MuttSharp.Core.Reading.Session.Browsing;

/// <summary>
/// What Mutt's sidebar shows, without a screen: the <c>mailboxes</c> named as the sidebar names
/// them (relative to <c>$folder</c>; the last part only with <c>$sidebar_short_path</c>, indented
/// by depth with <c>$sidebar_folder_indent</c>), with their counts (the open folder's straight from
/// its session, so they change as the user reads), filtered by <c>$sidebar_new_mail_only</c>,
/// ordered by <c>$sidebar_sort_method</c>, and drawn through <c>$sidebar_format</c>.
/// </summary>
public sealed class SidebarModel
{
    // $sidebar_sort_method's methods: how two lines compare, before reverse-.
    private static readonly Dictionary<string, Comparison<SidebarItem>> Orders = new(StringComparer.Ordinal)
    {
        ["alpha"] = (a, b) => string.CompareOrdinal(a.Entry.Name.TrimStart(), b.Entry.Name.TrimStart()),
        ["path"] = (a, b) => string.CompareOrdinal(a.Path, b.Path),
        ["count"] = (a, b) => a.Entry.Messages.CompareTo(b.Entry.Messages),
        ["unread"] = (a, b) => a.Entry.Unread.CompareTo(b.Entry.Unread),
        ["flagged"] = (a, b) => a.Entry.Flagged.CompareTo(b.Entry.Flagged),
    };

    private readonly MuttConfig config;
    private readonly MailboxList mailboxes;

    public SidebarModel(MuttConfig config, MailboxList mailboxes)
    {
        this.config = config;
        this.mailboxes = mailboxes;
    }

    /// <summary><c>$sidebar_visible</c>.</summary>
    public bool Visible => config.GetBool("sidebar_visible");

    /// <summary><c>$sidebar_width</c>, the divider included.</summary>
    public int Width => (int)Math.Clamp(config.GetNumber("sidebar_width"), 0, 1000);

    /// <summary><c>$sidebar_divider_char</c>, made safe to draw.</summary>
    public string Divider => Text.TerminalText.Sanitize(config.GetString("sidebar_divider_char"));

    /// <summary>The lines, for the folder <paramref name="open"/> is reading (null when none is open).</summary>
    public IReadOnlyList<SidebarItem> Items(ReaderSession? open)
    {
        string? openPath = open is null ? null : Path.TrimEndingDirectorySeparator(open.Path);
        bool newOnly = config.GetBool("sidebar_new_mail_only");
        var items = new List<SidebarItem>();
        foreach (var stats in mailboxes.All)
        {
            bool isOpen = stats.Path == openPath;
            var entry = new SidebarEntry(Name(stats.Path))
            {
                Messages = stats.Total,
                Unread = stats.Unread,
                Flagged = stats.Flagged,
                HasNewMail = stats.HasNewMail,
            };
            if (isOpen)
            {
                var status = open!.Status();
                entry = entry with
                {
                    IsOpen = true,
                    Messages = status.Messages,
                    Unread = status.Unread,
                    Flagged = status.Flagged,
                    HasNewMail = status.New > 0,
                    Deleted = status.Deleted,
                    Tagged = status.Tagged,
                    Limited = open.LimitPattern is null ? 0 : status.Shown,
                };
            }
            if (newOnly && !isOpen && !entry.HasNewMail && entry.Flagged == 0)
                continue;
            items.Add(new SidebarItem(stats.Path, entry));
        }
        var order = config.GetSort("sidebar_sort_method");
        if (Orders.TryGetValue(order.Method, out var compare))
        {
            Comparison<SidebarItem> withTies = (a, b) => compare(a, b) is int c && c != 0 ? c : string.CompareOrdinal(a.Path, b.Path);
            items.Sort(order.Reverse ? (a, b) => withTies(b, a) : withTies);
        }
        return items;
    }

    /// <summary>A line through <c>$sidebar_format</c>, filling the sidebar less its divider.</summary>
    public string Render(SidebarItem item, int? width = null)
    {
        var format = FormatString.Get(config.GetString("sidebar_format"));
        if (format.Error is not null || format.HasFilter)
            format = FormatString.Get("%B%*  %n");
        int columns = Math.Max(1, (width ?? Width) - Text.TerminalWidth.Of(Divider));
        return format.Render(SidebarExpandos.Create(), item.Entry, FormatOptions.Default with { Columns = columns });
    }

    /// <summary>The name Mutt's sidebar gives a folder.</summary>
    private string Name(string path)
    {
        string folder = Path.TrimEndingDirectorySeparator(config.ExpandPath(config.GetPath("folder")));
        string name = folder.Length > 0 && path.StartsWith(folder + "/", StringComparison.Ordinal) ? path[(folder.Length + 1)..] : config.PrettyPath(path);
        string delims = config.GetString("sidebar_delim_chars");
        int depth = 0;
        if (config.GetBool("sidebar_folder_indent") || config.GetBool("sidebar_short_path"))
        {
            depth = name.Count(c => delims.Contains(c));
            if (config.GetBool("sidebar_short_path") && name.LastIndexOfAny(delims.ToCharArray()) is int cut and >= 0 && cut < name.Length - 1)
                name = name[(cut + 1)..];
        }
        if (config.GetBool("sidebar_folder_indent") && depth > 0)
            name = string.Concat(Enumerable.Repeat(config.GetString("sidebar_indent_string"), depth)) + name;
        return name;
    }
}
