using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Format;
using MuttSharp.Core.Model;

namespace MuttSharp.Tui.Index;

/// <summary>
/// The index's status line through <c>$status_format</c> (Core's <c>StatusExpandos</c>), and while the folder
/// is still being read, Mutt's progress text (<c>Reading +INBOX... 5000/100000</c>).
/// </summary>
public sealed class IndexStatus
{
    private readonly MuttConfig config;
    private MailboxCounts counts;
    private Mailbox? counted;

    /// <summary>Creates the status line for <paramref name="config"/>.</summary>
    public IndexStatus(MuttConfig config) => this.config = config;

    /// <summary>The progress text shown while a folder is read, or null once it is open.</summary>
    public string? Progress { get; set; }

    /// <summary>The active limit pattern (<c>%V</c>), or null.</summary>
    public string? LimitPattern { get; set; }

    /// <summary>Whether unsaved changes are pending (<c>%r</c>).</summary>
    public bool Changed { get; set; }

    /// <summary>Supplies counts kept up to date elsewhere (an open session); when null they are counted once per folder.</summary>
    public Func<MailboxCounts>? Counts { get; set; }

    /// <summary>Counts the folder again at the next redraw (flags changed).</summary>
    public void Invalidate() => counted = null;

    /// <summary>The status line of <paramref name="view"/>, <paramref name="width"/> cells wide.</summary>
    public string Render(IndexView view, int width)
    {
        if (Progress is { } progress)
            return progress;
        var content = view.Content;
        if (content is null)
            return FormatString.Get(config.GetString("status_format")).Render(Table(), new StatusInfo { Version = Version }, Options(width));
        if (Counts is { } supplied)
            counts = supplied();
        else if (!ReferenceEquals(counted, content.Mailbox))
        {
            counts = MailboxCounts.Of(content.Mailbox.Messages);
            counted = content.Mailbox;
        }
        var info = new StatusInfo
        {
            MailboxPath = content.Mailbox.Path,
            Hostname = config.Environment.HostName,
            Messages = content.Mailbox.Messages.Count,
            Shown = content.Order.MessageCount,
            New = counts.New,
            Unread = counts.Unread,
            Flagged = counts.Flagged,
            Deleted = counts.Deleted,
            Tagged = counts.Tagged,
            Size = counts.Size,
            LimitedSize = counts.Size,
            Top = view.Top,
            PageLength = view.PageLength,
            Changed = Changed,
            ReadOnly = content.Mailbox.ReadOnly,
            Sort = config.GetSort("sort").ToString(),
            SortAux = config.GetSort("sort_aux").ToString(),
            SortThreadGroups = config.GetSort("sort_thread_groups").ToString(),
            LimitPattern = LimitPattern,
            Version = Version,
        };
        return FormatString.Get(config.GetString("status_format")).Render(Table(), info, Options(width));
    }

    /// <summary>MuttSharp's version for <c>%v</c>.</summary>
    public static string Version => "MuttSharp " + (typeof(IndexStatus).Assembly.GetName().Version?.ToString(3) ?? "");

    private ExpandoTable<StatusInfo> Table() => StatusExpandos.Create(new StatusFormatSettings
    {
        StatusChars = config.GetString("status_chars"),
        Folder = config.ExpandPath(config.GetPath("folder")),
        Home = config.Environment.Home,
    });

    private static FormatOptions Options(int width) => FormatOptions.Default with { Columns = width };
}
