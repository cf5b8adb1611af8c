namespace MuttSharp.Core.Sorting;

/// <summary>Mutt's sort methods (the values of <c>$sort</c>, <c>$sort_aux</c>, <c>$sort_thread_groups</c>).</summary>
public enum SortMethod
{
    /// <summary><c>date</c> / <c>date-sent</c>: the Date: header.</summary>
    Date,

    /// <summary><c>date-received</c>: when the message arrived.</summary>
    DateReceived,

    /// <summary><c>from</c>: the first From: name, else its address.</summary>
    From,

    /// <summary><c>label</c>: the X-Label: header; labelled messages first.</summary>
    Label,

    /// <summary><c>mailbox-order</c>: the order of the files/mbox.</summary>
    MailboxOrder,

    /// <summary><c>score</c>: highest score first.</summary>
    Score,

    /// <summary><c>size</c>: the size in bytes.</summary>
    Size,

    /// <summary><c>spam</c>: the spam tag (numeric when it starts with a number); tagged messages last.</summary>
    Spam,

    /// <summary><c>subject</c>: the subject with its reply prefix removed.</summary>
    Subject,

    /// <summary><c>threads</c>: conversation trees, ordered by <c>$sort_aux</c> and <c>$sort_thread_groups</c>.</summary>
    Threads,

    /// <summary><c>to</c>: the first To: name, else its address.</summary>
    To,

    /// <summary><c>aux</c> (only <c>$sort_thread_groups</c>): use <c>$sort_aux</c>.</summary>
    Aux,
}
