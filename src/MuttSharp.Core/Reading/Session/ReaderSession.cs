using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Format;
using MuttSharp.Core.Mailboxes;
using MuttSharp.Core.Mailboxes.Watching;
using MuttSharp.Core.Model;
using MuttSharp.Core.Search;
using MuttSharp.Core.Sorting;
using MuttSharp.Core.Threading;

namespace MuttSharp.Core.Reading.Session;

/// <summary>
/// The open folder as the index shows it, and every index operation on it, without a terminal:
/// the mailbox, its sort, limit and thread tree, the rows (<see cref="Order"/>, <see cref="Lines"/>),
/// the cursor, the counts for <c>$status_format</c>, and the functions of Mutt's index (limit,
/// search, tag, delete, flag, sort, save, pipe, sync, quit...). Cheap operations are synchronous;
/// anything that grows with the folder or touches files is asynchronous and cancellable.
/// Asynchronous operations run one at a time (a merge of new mail waits for a save in progress);
/// the synchronous ones (cursor, collapse, status) belong to the UI's thread. Messages and rows are
/// swapped in as one snapshot, so drawing while an operation runs sees either the old index or the
/// new one, never half of each.
/// </summary>
public sealed partial class ReaderSession
{
    private readonly ReaderSettings settings;
    private readonly ReaderSessionOptions options;
    private readonly ThreadOptions threading;
    private ThreadTree? tree;
    private Mailbox? treeOf;
    private SortOptions sort;
    private Snapshot snapshot;
    private SessionCounts counts;
    private FormatOptions formatOptions;
    private int cursorMessage = -1;
    private bool changed;

    // One operation at a time: new mail merged by a watcher must not replace the messages under a
    // delete or a save. An operation that runs another (quit runs sync) is already inside.
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly AsyncLocal<bool> insideGate = new();

    private readonly string? sortError;
    private readonly IReadOnlyList<MailboxError> openErrors;

    /// <summary>One consistent index: the messages, the rows and their renderer, swapped in with one write.</summary>
    private sealed record Snapshot(Mailbox Mailbox, DisplayOrder Order, IndexLines Lines);

    private ReaderSession(MuttConfig config, ReaderSessionOptions options, Mailbox mailbox, SortOptions sort, string? sortError)
    {
        Config = config;
        this.options = options;
        settings = new ReaderSettings(config);
        threading = settings.Threading();
        this.sort = sort;
        this.sortError = sortError;
        openErrors = mailbox.Errors;
        formatOptions = FormatOptions.Default with
        {
            Columns = Math.Max(1, options.Columns),
            Clock = options.Clock,
            Culture = PosixLocale.FromEnvironment(),
        };
        counts = SessionCounts.Of(mailbox.Messages);
        snapshot = BuildSnapshot(mailbox, null);
        cursorMessage = FirstMessageRow() is int row and >= 0 ? snapshot.Order.MessageAt(row) : -1;
    }

    /// <summary>
    /// Opens <paramref name="folder"/> (as given to <c>-f</c> or <c>change-folder</c>: <c>=lists</c>,
    /// <c>~/Maildir</c>; <c>$spoolfile</c> when null) with the sort, threading and formats of
    /// <paramref name="config"/> after its matching <c>folder-hook</c>s ran, reporting progress while reading. The cursor starts where Mutt
    /// puts it: the first new message, else the first unread one, else the newest end of the index.
    /// Throws <see cref="IOException"/> when the folder is neither a Maildir nor an mbox file.
    /// <paramref name="provisional"/> receives the session built from the header cache while the cache
    /// is still being validated; the session returned is the same one unless the cache proved stale.
    /// </summary>
    public static async Task<ReaderSession> OpenAsync(MuttConfig config, string? folder, ReaderSessionOptions? options = null,
        IProgress<LoadProgress>? progress = null, Action<ReaderSession>? provisional = null, CancellationToken cancellationToken = default)
    {
        options ??= ReaderSessionOptions.Default;
        var settings = new ReaderSettings(config);
        string path = settings.ResolveFolder(folder);
        await config.RunFolderHooksAsync(path, cancellationToken).ConfigureAwait(false);
        bool readOnly = options.ReadOnly || config.GetBool("read_only");
        bool sorted = settings.TryGetSort(null, out var sort, out string? sortError);
        // The threads and rows are built while the header cache is validated (see MailboxLoader.OpenAsync).
        return await new MailboxLoader(settings.Loader(readOnly)).OpenAsync(path,
            mailbox => new ReaderSession(config, options, mailbox, sort, sorted ? null : sortError), progress, provisional, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The messages of the current snapshot (one read, so that they agree with the rows read with them).</summary>
    private Mailbox mailbox => snapshot.Mailbox;

    /// <summary>The configuration the session reads its variables from (live: <c>:set</c> takes effect at the next operation).</summary>
    public MuttConfig Config { get; }

    /// <summary>The open mailbox.</summary>
    public Mailbox Mailbox => snapshot.Mailbox;

    /// <summary>The folder's path.</summary>
    public string Path => mailbox.Path;

    /// <summary>The folder as Mutt names it on screen (<c>=INBOX</c>, <c>~/Maildir</c>).</summary>
    public string DisplayName => Config.PrettyPath(mailbox.Path);

    /// <summary>
    /// Problems met while opening (a bad <c>$sort</c>, unreadable files, a header cache that could
    /// not be written), for the message line; read once the session is open, since the cache is
    /// written after the session is built.
    /// </summary>
    public IReadOnlyList<string> Warnings =>
        [.. sortError is null ? [] : (string[])[$"sort: {sortError}"], .. openErrors.Select(e => e.ToString())];

    /// <summary>The <c>mailboxes</c> and their counts, for <c>%b</c> in the status line; set by whoever watches them.</summary>
    public MailboxList? Mailboxes { get; set; }

    /// <summary>The rows of the index, in display order.</summary>
    public DisplayOrder Order => snapshot.Order;

    /// <summary>The index lines through <c>$index_format</c>; render only the visible rows.</summary>
    public IndexLines Lines => snapshot.Lines;

    /// <summary>How many rows the index has.</summary>
    public int RowCount => snapshot.Order.Count;

    /// <summary>The sort in force (<c>$sort</c>, <c>$sort_aux</c>, <c>$sort_thread_groups</c>, or as <c>sort-mailbox</c> changed it).</summary>
    public SortOptions Sort => sort;

    /// <summary>The thread tree, when the index is sorted by threads.</summary>
    public ThreadTree? Tree => snapshot.Order.Tree;

    /// <summary>Whether changes will not be written (<c>-R</c>, <c>%</c>, an mbox).</summary>
    public bool ReadOnly => mailbox.ReadOnly;

    /// <summary>Whether there are flag changes or deletions not yet written (Mutt's <c>%r</c> star).</summary>
    public bool Changed => changed || counts.Deleted > 0;

    /// <summary>How many messages are tagged.</summary>
    public int TaggedCount => counts.Tagged;

    /// <summary>How many messages are marked for deletion.</summary>
    public int DeletedCount => counts.Deleted;

    /// <summary>The width lines are laid out for.</summary>
    public int Columns => formatOptions.Columns;

    /// <summary>The row the cursor is on; 0 when the index is empty.</summary>
    public int Cursor
    {
        get
        {
            var order = snapshot.Order;
            if (order.Count == 0)
                return 0;
            int row = cursorMessage >= 0 ? order.NearestRowOf(cursorMessage) : -1;
            return row >= 0 ? row : 0;
        }
    }

    /// <summary>The message under the cursor, or null when the index is empty.</summary>
    public Message? Current
    {
        get
        {
            var order = snapshot.Order;
            return order.Count == 0 ? null : mailbox.Messages[order.MessageAt(Cursor)];
        }
    }

    /// <summary>Puts the cursor on <paramref name="row"/>, clamped to the index.</summary>
    public void MoveTo(int row)
    {
        var order = snapshot.Order;
        if (order.Count == 0)
            return;
        cursorMessage = order.MessageAt(Math.Clamp(row, 0, order.Count - 1));
    }

    /// <summary>Lays lines out for a new terminal width (after a resize).</summary>
    public void SetColumns(int columns)
    {
        if (columns == formatOptions.Columns || columns < 1)
            return;
        formatOptions = formatOptions with { Columns = columns };
        snapshot = snapshot with { Lines = NewLines(snapshot.Mailbox, snapshot.Order) };
    }

    /// <summary>Re-reads <c>$index_format</c> and the variables its expandos use (after a <c>:set</c>); cheap.</summary>
    public void RefreshLines() => snapshot = snapshot with { Lines = NewLines(snapshot.Mailbox, snapshot.Order) };

    /// <summary>
    /// The figures <c>$status_format</c> shows, for a window whose first visible row is
    /// <paramref name="top"/> and which holds <paramref name="pageLength"/> rows. Costs nothing that grows with the folder.
    /// </summary>
    public StatusInfo Status(int top = 0, int pageLength = 0) => new()
    {
        MailboxPath = mailbox.Path,
        Hostname = options.HostName ?? HostName(),
        MailboxesWithNew = Mailboxes?.WithNewMail(mailbox.Path) ?? 0,
        Deleted = counts.Deleted,
        Flagged = counts.Flagged,
        Size = counts.Size,
        LimitedSize = limitedSize,
        Messages = mailbox.Messages.Count,
        Shown = snapshot.Order.MessageCount,
        New = counts.New,
        Unread = counts.Unread,
        Postponed = Sending.PostponedCount.Of(Config.ExpandPath(Config.GetPath("postponed"))),
        Tagged = counts.Tagged,
        Top = top,
        PageLength = pageLength,
        Changed = Changed,
        ReadOnly = WritesDisabled,
        Sort = sort.Sort.ToString(),
        SortAux = sort.SortAux.ToString(),
        SortThreadGroups = sort.SortThreadGroups.ToString(),
        LimitPattern = limitText,
        Version = options.Version,
    };

    /// <summary>The status line through <c>$status_format</c> (a filter format, which runs a command, falls back to Mutt's default).</summary>
    public string StatusLine(int top = 0, int pageLength = 0)
    {
        var format = FormatString.Get(Config.GetString("status_format"));
        if (format.Error is not null || format.HasFilter)
            format = FormatString.Get(DefaultOf("status_format"));
        var statusSettings = new StatusFormatSettings
        {
            StatusChars = Config.GetString("status_chars"),
            Folder = Config.ExpandPath(Config.GetPath("folder")),
            Home = Config.Environment.Home,
        };
        return format.Render(StatusExpandos.Create(statusSettings), Status(top, pageLength), formatOptions);
    }

    private string DefaultOf(string variable) =>
        Config.Variables.TryFind(variable, out var definition) ? definition.Default : "";

    private string HostName()
    {
        string host = Config.GetString("hostname");
        return host.Length > 0 ? host : Environment.MachineName;
    }

    /// <summary>Runs <paramref name="work"/> when no other operation of this session is running.</summary>
    private async Task<T> ExclusiveAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (insideGate.Value)
            return await work().ConfigureAwait(false);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            insideGate.Value = true;
            return await work().ConfigureAwait(false);
        }
        finally
        {
            insideGate.Value = false;
            gate.Release();
        }
    }

    /// <summary>
    /// The thread tree, built on first need (thread operations, <c>~(P)</c> patterns) even when not sorted by threads;
    /// read back from the folder's thread cache when that was kept for these same messages.
    /// </summary>
    private ThreadTree Threads(Mailbox? of = null)
    {
        of ??= mailbox;
        var threads = tree;
        if (threads is null || !ReferenceEquals(treeOf, of))
        {
            threads = ThreadCache.Threads(of, threading);
            (tree, treeOf) = (threads, of);
        }
        return threads;
    }

    /// <summary>Sorts and limits <paramref name="box"/> into a new snapshot; the caller swaps it in.</summary>
    private Snapshot BuildSnapshot(Mailbox box, bool[]? keep)
    {
        ThreadTree? threads = sort.Threaded ? Threads(box) : ReferenceEquals(treeOf, box) ? tree : null;
        var order = keep is null
            ? DisplayOrder.Build(box.Messages, sort, threading, limit: null, threads)
            : DisplayOrder.Build(box.Messages, sort, threading, keep, threads);
        return new Snapshot(box, order, NewLines(box, order));
    }

    private IndexLines NewLines(Mailbox mailbox, DisplayOrder order)
    {
        var format = FormatString.Get(settings.IndexFormatText);
        if (format.Error is not null || format.HasFilter)
            format = FormatString.Get(DefaultOf("index_format"));
        return new IndexLines(mailbox, order, format, settings.IndexFormat(mailbox, sort.Threaded), formatOptions);
    }

    /// <summary>Where Mutt puts the cursor on opening: first new, else first old unread, else the newest end.</summary>
    private int FirstMessageRow()
    {
        var order = snapshot.Order;
        int old = -1;
        for (int row = 0; row < order.Count; row++)
        {
            var m = mailbox.Messages[order.MessageAt(row)];
            if (m.IsRead || m.Deleted)
                continue;
            if (m.IsNew)
                return row;
            if (old < 0)
                old = row;
        }
        if (old >= 0)
            return old;
        if (order.Count == 0)
            return -1;
        bool newestFirst = sort.Threaded ? sort.Sort.Reverse != sort.SortAux.Reverse : sort.Sort.Reverse;
        return newestFirst ? 0 : order.Count - 1;
    }

    /// <summary>A context for evaluating patterns against this folder.</summary>
    private PatternContext PatternContext(bool needsThreads)
    {
        var box = mailbox;
        var context = settings.Search(box, needsThreads ? Threads(box) : ReferenceEquals(treeOf, box) ? tree : null);
        return new PatternContext
        {
            Clock = options.Clock,
            Me = context.Me,
            KnownLists = context.KnownLists,
            SubscribedLists = context.SubscribedLists,
            Threads = context.Threads,
            MessageCount = context.MessageCount,
            IsDuplicate = context.IsDuplicate,
            OpenMessage = context.OpenMessage,
            CurrentMessage = Current,
            IsInCollapsedThread = m => snapshot.Order.RowOf(m.Number) < 0 && snapshot.Order.InLimit(m.Number),
        };
    }
}
