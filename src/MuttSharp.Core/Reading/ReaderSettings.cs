using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Format;
using MuttSharp.Core.Mailboxes;
using MuttSharp.Core.Model;
using MuttSharp.Core.Search;
using MuttSharp.Core.Sorting;
using MuttSharp.Core.Threading;

namespace MuttSharp.Core.Reading;

/// <summary>
/// Reads the Mutt variables that govern opening, sorting, threading, searching and drawing a
/// folder out of a loaded <see cref="MuttConfig"/>, into the option records those parts take.
/// One place maps variable names to options, so the index command and the reader agree.
/// </summary>
public sealed class ReaderSettings
{
    private readonly MuttConfig config;

    public ReaderSettings(MuttConfig config) => this.config = config;

    /// <summary>The folder to open: <paramref name="spec"/> (as given to <c>-f</c>) or <c>$spoolfile</c> (whose default comes from <c>$MAIL</c>), expanded.</summary>
    public string ResolveFolder(string? spec)
    {
        string chosen = !string.IsNullOrEmpty(spec) ? spec : config.GetPath("spoolfile");
        return config.ExpandPath(chosen);
    }

    public MailboxLoaderOptions Loader(bool readOnly = false)
    {
        string cache = config.GetPath("header_cache");
        return new MailboxLoaderOptions
        {
            HeaderCache = string.IsNullOrEmpty(cache) ? null : config.ExpandPath(cache),
            HeaderCacheVerify = config.GetBool("maildir_header_cache_verify"),
            ReadOnly = readOnly,
        };
    }

    /// <summary>
    /// <c>$sort</c>, <c>$sort_aux</c> and <c>$sort_thread_groups</c>; <paramref name="sortOverride"/>
    /// (a Mutt sort name, e.g. from <c>--sort</c>) replaces <c>$sort</c>.
    /// </summary>
    public bool TryGetSort(string? sortOverride, out SortOptions options, out string? error)
    {
        options = SortOptions.Default;
        if (!SortSpec.TryParse(sortOverride ?? config.GetSort("sort").ToString(), SortVariable.Sort, out var sort, out error)
            || !SortSpec.TryParse(config.GetSort("sort_aux").ToString(), SortVariable.SortAux, out var aux, out error)
            || !SortSpec.TryParse(config.GetSort("sort_thread_groups").ToString(), SortVariable.SortThreadGroups, out var groups, out error))
            return false;
        options = new SortOptions { Sort = sort, SortAux = aux, SortThreadGroups = groups };
        error = null;
        return true;
    }

    public ThreadOptions Threading() => new()
    {
        StrictThreads = config.GetBool("strict_threads"),
        ReplyRegexp = config.GetString("reply_regexp"),
        SortRe = config.GetBool("sort_re"),
        DuplicateThreads = config.GetBool("duplicate_threads"),
        ThreadReceived = config.GetBool("thread_received"),
        HideMissing = config.GetBool("hide_missing"),
        HideTopMissing = config.GetBool("hide_top_missing"),
        HideLimited = config.GetBool("hide_limited"),
        HideTopLimited = config.GetBool("hide_top_limited"),
        HideThreadSubject = config.GetBool("hide_thread_subject"),
        NarrowTree = config.GetBool("narrow_tree"),
        AsciiChars = config.GetBool("ascii_chars"),
        CollapseUnread = config.GetBool("collapse_unread"),
    };

    public PatternOptions Patterns() => PatternOptions.Default with { SimpleSearch = config.GetString("simple_search") };

    /// <summary>The user's own addresses: <c>$from</c> and <c>alternates</c> less <c>unalternates</c>.</summary>
    public IAddressMatcher Me()
    {
        string from = config.GetString("from");
        var exact = new List<string>();
        if (MimeKit.MailboxAddress.TryParse(from, out var mailbox))
            exact.Add(mailbox.Address);
        return new RegexAddressMatcher(exact, config.Alternates, config.Unalternates);
    }

    public IAddressMatcher KnownLists() => new RegexAddressMatcher(null, config.MailingLists.Concat(config.SubscribedLists));

    public IAddressMatcher SubscribedLists() => new RegexAddressMatcher(null, config.SubscribedLists);

    public PatternContext Search(Mailbox mailbox, ThreadTree? tree) => new()
    {
        Me = Me(),
        KnownLists = KnownLists(),
        SubscribedLists = SubscribedLists(),
        Threads = tree is null ? null : new ThreadRelations(tree, mailbox.Messages),
        MessageCount = mailbox.Messages.Count,
        IsDuplicate = tree is null ? null : m => tree.IsDuplicate(m.Number),
        OpenMessage = (message, ct) => ValueTask.FromResult(MessageFile.OpenRead(mailbox, message)),
    };

    /// <summary>The index's format inputs; Mutt 2.2 has no <c>$flag_chars</c>, so the flag letters keep Mutt's fixed ones.</summary>
    public IndexFormatSettings IndexFormat(Mailbox mailbox, bool threaded)
    {
        var me = Me();
        var subscribed = SubscribedLists();
        return new IndexFormatSettings
        {
            DateFormat = config.GetString("date_format"),
            ToChars = config.GetString("to_chars"),
            Threaded = threaded,
            SaveAddress = config.GetBool("save_address"),
            MailboxPath = config.PrettyPath(mailbox.Path),
            IsMine = a => me.Matches(a.Address),
            IsSubscribedList = a => subscribed.Matches(a.Address),
        };
    }

    public string IndexFormatText => config.GetString("index_format");
}
