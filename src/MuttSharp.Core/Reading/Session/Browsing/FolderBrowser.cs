using System.Text.RegularExpressions;
using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Format;
using MuttSharp.Core.Folders;
using MuttSharp.Core.Mailboxes.Watching;
using MuttSharp.Core.Maildir;

namespace MuttSharp.Core.Reading.Session.Browsing;

/// <summary>
/// Mutt's folder browser without a screen: a directory listed as <c>change-folder</c> (<c>c</c>)
/// shows it (<c>..</c> first, names filtered by <c>$mask</c>, Maildir++ subfolders of a Maildir
/// shown too, sorted by <c>$sort_browser</c>), or the <c>mailboxes</c> list (<c>y</c>, sorted by
/// <c>$sort_browser_mailboxes</c>) with their counts, each line through <c>$folder_format</c>.
/// </summary>
public sealed partial class FolderBrowser
{
    private static readonly HashSet<string> MaildirParts = new(StringComparer.Ordinal) { "cur", "new", "tmp" };

    // $sort_browser's methods: how two lines compare, before reverse-.
    private static readonly Dictionary<string, Comparison<BrowserItem>> Orders = new(StringComparer.Ordinal)
    {
        ["alpha"] = (a, b) => string.CompareOrdinal(a.Entry.Name, b.Entry.Name),
        ["count"] = (a, b) => a.Entry.MessageCount.CompareTo(b.Entry.MessageCount),
        ["date"] = (a, b) => a.Entry.Modified.CompareTo(b.Entry.Modified),
        ["size"] = (a, b) => a.Entry.Size.CompareTo(b.Entry.Size),
        ["unread"] = (a, b) => a.Entry.UnreadCount.CompareTo(b.Entry.UnreadCount),
    };

    private readonly MuttConfig config;
    private readonly MailboxList mailboxes;
    private bool uncounted;
    private readonly TimeProvider clock;
    private IReadOnlyList<BrowserItem> items = [];

    /// <param name="config">The variables: <c>$folder</c>, <c>$mask</c>, <c>$sort_browser</c>, <c>$folder_format</c>.</param>
    /// <param name="mailboxes">
    /// The <c>mailboxes</c> with their counts, for <c>y</c> and for <c>%m %n %N</c>; without it (no folder
    /// open yet, as with <c>-y</c>) the browser counts the muttrc's <c>mailboxes</c> itself when it lists them.
    /// </param>
    /// <param name="clock">"Now" for <c>%d</c>.</param>
    public FolderBrowser(MuttConfig config, MailboxList? mailboxes = null, TimeProvider? clock = null)
    {
        this.config = config;
        this.mailboxes = mailboxes ?? MailboxList.FromConfig(config);
        uncounted = mailboxes is null;
        this.clock = clock ?? TimeProvider.System;
    }

    /// <summary>The configuration the browser reads (and its functions change: <c>$mask</c>, <c>$sort_browser</c>).</summary>
    public MuttConfig Config => config;

    /// <summary>The directory listed, or null while the <c>mailboxes</c> are listed.</summary>
    public string? Directory { get; private set; }

    /// <summary>The lines, in order.</summary>
    public IReadOnlyList<BrowserItem> Items => items;

    /// <summary>The browser's status line, as Mutt words it.</summary>
    public string Title => Directory is null
        ? $"Mailboxes [{mailboxes.WithNewMail()}]"
        : $"Directory [{config.PrettyPath(Directory)}], File mask: {config.GetString("mask")}";

    /// <summary>
    /// Lists <paramref name="path"/> (<c>=</c>, <c>~/Mail</c>...; <c>$folder</c> when null or empty).
    /// A folder that is a mailbox lists its parent, as Mutt starts the browser beside the open folder.
    /// </summary>
    public async Task<SessionResult> ListDirectoryAsync(string? path = null, CancellationToken cancellationToken = default)
    {
        string directory = config.ExpandPath(string.IsNullOrWhiteSpace(path) ? "+" : path.Trim());
        directory = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(directory, config.Environment.WorkingDirectory));
        if (!System.IO.Directory.Exists(directory))
            return SessionResult.Error($"{config.PrettyPath(directory)} is not a directory.");
        await CountOnceAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            items = await Task.Run(() => Sorted(List(directory), "sort_browser", keepParentFirst: true), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return SessionResult.Error($"{config.PrettyPath(directory)}: {e.Message}");
        }
        string? before = Directory;
        Directory = directory;
        KeepTags(before);
        return SessionResult.None;
    }

    /// <summary>Mutt's <c>y</c> in the browser, or <c>browse-mailboxes</c>: the <c>mailboxes</c> with their counts.</summary>
    public async Task<SessionResult> ListMailboxesAsync(CancellationToken cancellationToken = default)
    {
        if (mailboxes.Paths.Count == 0)
            return SessionResult.Error("No incoming mailboxes defined.");
        await CountOnceAsync(cancellationToken).ConfigureAwait(false);
        items = await Task.Run(() => Sorted(
            [.. mailboxes.Paths.Select(p => Item(p, config.PrettyPath(p), new FileInfo(p) is { Exists: true } f ? f : new DirectoryInfo(p)))],
            "sort_browser_mailboxes", keepParentFirst: false), cancellationToken).ConfigureAwait(false);
        string? before = Directory;
        Directory = null;
        KeepTags(before);
        return SessionResult.None;
    }

    /// <summary>Lists again what is listed (after <c>$mask</c> or <c>$sort_browser</c> changed).</summary>
    public Task<SessionResult> RelistAsync(CancellationToken cancellationToken = default) =>
        Directory is { } directory ? ListDirectoryAsync(directory, cancellationToken) : ListMailboxesAsync(cancellationToken);

    /// <summary>Mutt's <c>check-new</c>: recounts the <c>mailboxes</c>, then lists again.</summary>
    public async Task<SessionResult> CheckNewAsync(CancellationToken cancellationToken = default)
    {
        await mailboxes.RefreshAsync(cancellationToken).ConfigureAwait(false);
        return await RelistAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Chooses line <paramref name="index"/>: a mailbox is returned to be opened, a directory (or
    /// <c>..</c>) is listed in its place. Choosing files (<see cref="SelectsFiles"/>), any directory is
    /// entered and a file is chosen with the tagged ones (<see cref="BrowserSelection.Files"/>).
    /// </summary>
    public async Task<BrowserSelection> SelectAsync(int index, CancellationToken cancellationToken = default)
    {
        if (index < 0 || index >= items.Count)
            return new BrowserSelection(null, SessionResult.Error("No files match the file mask"));
        var item = items[index];
        bool directory = item.Entry.Kind == BrowserEntryKind.Directory || System.IO.Directory.Exists(item.Path);
        if (SelectsFiles && !directory)
            return new BrowserSelection(null, SessionResult.None) { Files = ChosenFiles(item.Path) };
        if (item.IsMailbox && !SelectsFiles)
            return new BrowserSelection(item.Path, SessionResult.None);
        if (directory)
            return new BrowserSelection(null, await ListDirectoryAsync(item.Path, cancellationToken).ConfigureAwait(false));
        return new BrowserSelection(null, SessionResult.Error($"{item.Entry.Name} is not a mailbox."));
    }

    /// <summary>Line <paramref name="index"/> through <c>$folder_format</c>, <paramref name="columns"/> wide.</summary>
    public string Render(int index, int columns)
    {
        var format = FormatString.Get(config.GetString("folder_format"));
        if (format.Error is not null || format.HasFilter)
            format = FormatString.Get(config.Variables.TryFind("folder_format", out var d) ? d.Default : "%2C %t %N %f");
        var settings = new FolderFormatSettings { DateFormat = config.GetString("date_format"), Clock = clock };
        return format.Render(FolderExpandos.Create(settings), items[index].Entry with { Number = index + 1, Tagged = tagged.Contains(items[index].Path) },
            FormatOptions.Default with { Columns = columns, Clock = clock });
    }

    /// <summary>Counts the <c>mailboxes</c> the first time something is listed, when no one counts them for the browser.</summary>
    private async Task CountOnceAsync(CancellationToken cancellationToken)
    {
        if (!uncounted)
            return;
        uncounted = false;
        await mailboxes.RefreshAsync(cancellationToken).ConfigureAwait(false);
    }

    private List<BrowserItem> List(string directory)
    {
        var found = new List<BrowserItem>();
        var root = new DirectoryInfo(directory);
        if (root.Parent is { } parent)
            found.Add(Item(parent.FullName, "..", parent) with { IsMailbox = false });
        bool isMaildir = MaildirScanner.IsMaildir(directory);
        string maskText = config.GetString("mask");
        var mask = config.GetRegex("mask");
        bool negate = maskText.StartsWith('!');
        foreach (var info in root.EnumerateFileSystemInfos())
        {
            if (isMaildir && MaildirParts.Contains(info.Name))
                continue;
            // Maildir++ keeps a Maildir's subfolders as .Name directories inside it; Mutt users expect to see them.
            bool maildirPlusPlus = isMaildir && info.Name.StartsWith('.') && info is DirectoryInfo && MaildirScanner.IsMaildir(info.FullName);
            if (!maildirPlusPlus && !PassesMask(mask, negate, info.Name))
                continue;
            found.Add(Item(info.FullName, info.Name, info));
        }
        return found;
    }

    private BrowserItem Item(string path, string name, FileSystemInfo info)
    {
        var stats = mailboxes.Find(path);
        var kind = info.LinkTarget is not null ? BrowserEntryKind.Symlink
            : info is DirectoryInfo ? BrowserEntryKind.Directory : BrowserEntryKind.File;
        var owner = info.Exists ? FileOwner.Read(path) : null;
        var entry = new BrowserEntry(0, name)
        {
            Kind = kind,
            Mode = info.Exists && !OperatingSystem.IsWindows() ? info.UnixFileMode : 0,
            Modified = info.Exists ? info.LastWriteTimeUtc : DateTimeOffset.MinValue,
            // As Mutt's browser: no size for directories and links.
            Size = kind == BrowserEntryKind.File && info is FileInfo { Exists: true } file ? file.Length : 0,
            Links = owner?.Links ?? 1,
            Owner = owner?.Owner ?? "",
            Group = owner?.Group ?? "",
            Description = config.MailboxLabels.GetValueOrDefault(path),
            IsMonitored = stats is not null,
            MessageCount = stats?.Total ?? 0,
            UnreadCount = stats?.Unread ?? 0,
            HasNewMail = stats?.HasNewMail ?? false,
        };
        return new BrowserItem(path, entry, FolderTree.Detect(path) is not null);
    }

    /// <summary>Orders the lines by the sort variable; <c>..</c> stays on top, as in Mutt.</summary>
    private IReadOnlyList<BrowserItem> Sorted(List<BrowserItem> found, string variable, bool keepParentFirst)
    {
        var order = config.GetSort(variable);
        if (!Orders.TryGetValue(order.Method, out var compare))
            return found;
        var head = keepParentFirst && found.Count > 0 && found[0].Entry.Name == ".." ? found[0] : null;
        var rest = head is null ? found : found.Skip(1).ToList();
        Comparison<BrowserItem> withTies = (a, b) => compare(a, b) is int c && c != 0 ? c : string.CompareOrdinal(a.Entry.Name, b.Entry.Name);
        rest.Sort(order.Reverse ? (a, b) => withTies(b, a) : withTies);
        return head is null ? rest : [head, .. rest];
    }

    /// <summary>Whether <paramref name="name"/> passes <c>$mask</c> (a leading <c>!</c> inverts it).</summary>
    private static bool PassesMask(Regex? mask, bool negate, string name) => mask is null || mask.IsMatch(name) != negate;
}
