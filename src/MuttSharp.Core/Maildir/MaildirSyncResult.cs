using MuttSharp.Core.Model;

namespace MuttSharp.Core.Maildir;

/// <summary>The outcome of <see cref="MaildirStore.Sync"/>.</summary>
/// <param name="Mailbox">The messages still in the folder, renumbered from 0 in mailbox order.</param>
/// <param name="Deleted">How many files were removed.</param>
/// <param name="Renamed">How many files were renamed for their flags.</param>
/// <param name="Errors">The messages that could not be changed, and why.</param>
public sealed record MaildirSyncResult(Mailbox Mailbox, int Deleted, int Renamed, IReadOnlyList<MailboxError> Errors);
