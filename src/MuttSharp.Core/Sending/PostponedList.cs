using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Format;
using MuttSharp.Core.Mailboxes;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Mbox;
using MuttSharp.Core.Model;
using MuttSharp.Core.Reading;
using MuttSharp.Core.Sorting;

namespace MuttSharp.Core.Sending;

/// <summary>
/// Mutt's Postponed Messages menu without a terminal: the drafts of <c>$postponed</c> (a Maildir or an mbox), one
/// <c>$index_format</c> line each in <c>$sort</c> order (by date when that is threads), and the entries
/// marked deleted with <c>d</c>, which <see cref="PurgeAsync"/> removes when the menu closes, without the
/// <c>$delete</c> question, as Mutt closes it.
/// </summary>
public sealed class PostponedList
{
    private readonly Mailbox mailbox;
    private readonly DisplayOrder order;
    private readonly IndexLines lines;

    private PostponedList(Mailbox mailbox, DisplayOrder order, IndexLines lines)
    {
        this.mailbox = mailbox;
        this.order = order;
        this.lines = lines;
    }

    /// <summary>How many drafts are listed.</summary>
    public int Count => order.Count;

    /// <summary>The draft on <paramref name="row"/>.</summary>
    public Message this[int row] => mailbox.Messages[order.MessageAt(row)];

    /// <summary>
    /// Lists <c>$postponed</c>, its lines laid out for <paramref name="columns"/>. A folder that does not exist
    /// lists nothing; one that is neither a Maildir nor an mbox is an <see cref="IOException"/> naming it.
    /// </summary>
    public static async Task<PostponedList> OpenAsync(MuttConfig config, int columns, CancellationToken cancellationToken = default)
    {
        string folder = config.GetPath("postponed");
        var settings = new ReaderSettings(config);
        Mailbox box;
        if (MaildirScanner.IsMaildir(folder) || (File.Exists(folder) && MboxReader.IsMbox(folder)))
            box = await new MailboxLoader().OpenAsync(folder, null, cancellationToken).ConfigureAwait(false);
        else if (folder.Length == 0 || !Path.Exists(folder))
            box = new Mailbox(folder, MailboxFormat.Maildir, []);
        else
            throw new IOException($"{config.PrettyPath(folder)}: postponed messages are kept in a Maildir or an mbox, and this is neither");
        if (!settings.TryGetSort(null, out var sort, out _) || sort.Threaded)
            sort = SortOptions.Default;
        var threading = settings.Threading();
        var order = DisplayOrder.Build(box.Messages, sort, threading);
        var format = FormatString.Get(settings.IndexFormatText);
        var options = FormatOptions.Default with { Columns = Math.Max(1, columns), Culture = PosixLocale.FromEnvironment() };
        return new PostponedList(box, order, new IndexLines(box, order, format, settings.IndexFormat(box, threaded: false), options));
    }

    /// <summary>The <c>$index_format</c> line of <paramref name="row"/>, safe for a terminal.</summary>
    public string Line(int row) => lines.Render(row);

    /// <summary>Removes the drafts marked deleted (from an mbox, under its lock); returns what could not be removed.</summary>
    public async Task<IReadOnlyList<string>> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var deleted = mailbox.Messages.Where(m => m.Deleted).ToList();
        if (deleted.Count == 0)
            return [];
        if (mailbox.Format == MailboxFormat.Mbox)
            return await PurgeMboxAsync(deleted, cancellationToken).ConfigureAwait(false);
        var errors = new List<string>();
        var store = new MaildirStore(mailbox.Path);
        foreach (var draft in deleted)
        {
            if (!store.TryDelete(draft, out string error))
                errors.Add(error);
        }
        return errors;
    }

    // Each draft is known by its bytes, read before the lock is taken: a file rewritten meanwhile loses only what still matches.
    private async Task<IReadOnlyList<string>> PurgeMboxAsync(List<Message> deleted, CancellationToken cancellationToken)
    {
        try
        {
            var digests = new List<string>();
            foreach (var draft in deleted)
            {
                await using var stream = MessageFile.OpenRead(mailbox, draft);
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                digests.Add(PostponedStore.Digest(buffer.ToArray()));
            }
            await PostponedStore.RemoveFromMboxAsync(mailbox.Path, digests, cancellationToken).ConfigureAwait(false);
            return [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [e.Message];
        }
    }
}
