using MuttSharp.Core.Model;

namespace MuttSharp.Core.Search;

/// <summary>
/// What evaluating a pattern needs from outside the message: the user's addresses, mailing lists,
/// threads, the current message, the clock and a way to read the message file. One context serves
/// one search (or one redraw): "now" is taken once, on first use, so that every message of the
/// search is judged against the same instant. Safe to share between threads.
/// </summary>
public sealed class PatternContext
{
    private readonly Lazy<DateTime> localNow;
    private int regexTimeouts;

    public PatternContext()
    {
        localNow = new Lazy<DateTime>(() => TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), Clock.LocalTimeZone).DateTime);
    }

    /// <summary>The clock for relative dates (<c>~d &lt;1w</c>) and <c>~E</c>; its local zone is the one dates are read in.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The user's own addresses (<c>$from</c>, <c>alternates</c>) for <c>~p</c> and <c>~P</c>.</summary>
    public IAddressMatcher? Me { get; init; }

    /// <summary>Known mailing lists (<c>lists</c>) for <c>~l</c>; subscribed lists count as known too.</summary>
    public IAddressMatcher? KnownLists { get; init; }

    /// <summary>Subscribed mailing lists (<c>subscribe</c>) for <c>~u</c>.</summary>
    public IAddressMatcher? SubscribedLists { get; init; }

    /// <summary>Addresses that have an alias, for the <c>@</c> prefix (<c>@~f .</c>).</summary>
    public IAddressMatcher? Aliases { get; init; }

    /// <summary>Address groups by name (<c>group</c> command) for the <c>%</c> forms (<c>%f friends</c>).</summary>
    public IReadOnlyDictionary<string, IAddressMatcher> Groups { get; init; } = new Dictionary<string, IAddressMatcher>();

    /// <summary>Thread relations for <c>~(P)</c>, <c>~&lt;(P)</c>, <c>~&gt;(P)</c>; without them those match nothing.</summary>
    public IThreadRelations? Threads { get; init; }

    /// <summary>The message under the cursor, for <c>~m .</c>.</summary>
    public Message? CurrentMessage { get; init; }

    /// <summary>How many messages the mailbox holds, for <c>~m $</c> (the last one).</summary>
    public int MessageCount { get; init; }

    /// <summary><c>~=</c>: whether a message duplicates another's Message-ID (threading decides).</summary>
    public Func<Message, bool>? IsDuplicate { get; init; }

    /// <summary><c>~$</c>: whether no other message refers to this one; by default, having no children in <see cref="Threads"/>.</summary>
    public Func<Message, bool>? IsUnreferenced { get; init; }

    /// <summary><c>~v</c>: whether the message is inside a collapsed thread (the index knows).</summary>
    public Func<Message, bool>? IsInCollapsedThread { get; init; }

    /// <summary><c>~H</c>: the spam attribute from <c>spam</c> rules; a message without one never matches.</summary>
    public Func<Message, string?>? SpamAttribute { get; init; }

    /// <summary>
    /// <c>~S</c>: the Message-IDs (without angle brackets) named by some message's <c>Supersedes:</c>.
    /// When null, <see cref="PatternSearch.FilterAsync"/> collects them by reading each header block,
    /// and only if the pattern uses <c>~S</c>.
    /// </summary>
    public IReadOnlySet<string>? SupersededIds { get; init; }

    /// <summary>
    /// Opens a message's raw bytes (header block first) for <c>~b ~B ~h ~M ~X ~E ~k</c>. The default
    /// opens <see cref="Message.Path"/>, from <see cref="Message.Offset"/> for <see cref="MessageSummary.Size"/>
    /// bytes when the offset is set (an mbox).
    /// </summary>
    public Func<Message, CancellationToken, ValueTask<Stream>> OpenMessage { get; init; } = MessageContentReader.OpenFile;

    /// <summary>
    /// <c>$thorough_search</c> (Mutt's default: yes): decode headers, transfer encodings and charsets
    /// before <c>~b ~B ~h</c> look at them; when off, the raw bytes are searched.
    /// </summary>
    public bool ThoroughSearch { get; init; } = true;

    /// <summary><c>$search_parallelism</c>: how many message files a bulk search reads at once.</summary>
    public int SearchParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>How many regular-expression matches ran past their time limit (and so did not match).</summary>
    public int RegexTimeouts => Volatile.Read(ref regexTimeouts);

    /// <summary>The superseded ids a bulk search collected because <see cref="SupersededIds"/> was not given.</summary>
    internal IReadOnlySet<string>? CollectedSupersededIds { get; set; }

    /// <summary>The local wall-clock time this context judges dates against.</summary>
    internal DateTime LocalNow => localNow.Value;

    internal void RecordRegexTimeout() => Interlocked.Increment(ref regexTimeouts);

    internal bool Unreferenced(Message m) =>
        IsUnreferenced is { } f ? f(m) : Threads is { } t && t.Children(m).Count == 0;
}
