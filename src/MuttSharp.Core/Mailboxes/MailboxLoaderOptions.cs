using MuttSharp.Core.Summaries;

namespace MuttSharp.Core.Mailboxes;

/// <summary>How <see cref="MailboxLoader"/> opens folders.</summary>
public sealed class MailboxLoaderOptions
{
    /// <summary>Mutt's <c>$header_cache</c>: a cache file, or a directory holding one per folder; null for none.</summary>
    public string? HeaderCache { get; init; }

    /// <summary>
    /// Mutt's <c>$maildir_header_cache_verify</c>: check each file's size and mtime against the cache.
    /// When false a warm open stats nothing: a cached unique name is trusted, and only names the cache lacks are stat'ed and read.
    /// </summary>
    public bool HeaderCacheVerify { get; init; } = true;

    /// <summary>Threads that read message files on a cold open; reading is I/O and parsing, so the core count pays.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Open read-only, as Mutt's <c>-R</c> and <c>%</c>: no flag changes are written.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>Header parsing limits and leniency.</summary>
    public SummaryOptions Summary { get; init; } = SummaryOptions.Default;

    /// <summary>How many messages between two progress reports.</summary>
    public int ProgressInterval { get; init; } = 1000;
}
