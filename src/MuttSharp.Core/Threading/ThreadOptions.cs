namespace MuttSharp.Core.Threading;

/// <summary>
/// The Mutt variables that shape threads and how their tree is drawn, with Mutt 2.2's defaults.
/// The configuration engine fills one of these from the muttrc.
/// </summary>
public sealed record ThreadOptions
{
    /// <summary>Mutt's default <c>$reply_regexp</c>; all lower case, so it matches case-insensitively.</summary>
    public const string DefaultReplyRegexp = @"^(re)(\[[0-9]+\])*:[ \t]*";

    /// <summary>The defaults of a fresh Mutt.</summary>
    public static ThreadOptions Default { get; } = new();

    /// <summary><c>$strict_threads</c> (no): when set, only References and In-Reply-To thread; no subject pseudo-threads.</summary>
    public bool StrictThreads { get; init; }

    /// <summary><c>$reply_regexp</c>: what is stripped from the front of a subject to find its "real" subject.</summary>
    public string ReplyRegexp { get; init; } = DefaultReplyRegexp;

    /// <summary><c>$sort_re</c> (yes): only subjects that matched <c>$reply_regexp</c> may join a pseudo-thread.</summary>
    public bool SortRe { get; init; } = true;

    /// <summary><c>$duplicate_threads</c> (yes): a message whose Message-ID repeats another's is threaded under it, marked <c>=</c>.</summary>
    public bool DuplicateThreads { get; init; } = true;

    /// <summary><c>$thread_received</c> (no): pseudo-threading compares received dates instead of sent dates.</summary>
    public bool ThreadReceived { get; init; }

    /// <summary><c>$hide_missing</c> (yes): a missing parent takes no place in the tree and draws no <c>?</c>.</summary>
    public bool HideMissing { get; init; } = true;

    /// <summary><c>$hide_top_missing</c> (yes): a missing message at the top of a thread is not drawn.</summary>
    public bool HideTopMissing { get; init; } = true;

    /// <summary><c>$hide_limited</c> (no): messages hidden by a limit take no place in the tree and draw no <c>&amp;</c>.</summary>
    public bool HideLimited { get; init; }

    /// <summary><c>$hide_top_limited</c> (no): a limited-away message at the top of a thread is not drawn.</summary>
    public bool HideTopLimited { get; init; }

    /// <summary><c>$hide_thread_subject</c> (yes): a reply whose subject equals its parent's shows only the tree.</summary>
    public bool HideThreadSubject { get; init; } = true;

    /// <summary><c>$narrow_tree</c> (no): one column per tree level instead of two.</summary>
    public bool NarrowTree { get; init; }

    /// <summary><c>$ascii_chars</c> (no): draw the tree with ASCII instead of line-drawing characters.</summary>
    public bool AsciiChars { get; init; }

    /// <summary><c>$collapse_unread</c> (yes): threads holding unread messages may be collapsed.</summary>
    public bool CollapseUnread { get; init; } = true;
}
