using System.Text;
using MimeKit.Utils;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.HeaderCache;
using MuttSharp.Core.Mailboxes;
using MuttSharp.Core.Model;
using MuttSharp.Core.Rewriting;
using MuttSharp.Core.Summaries;
using MuttSharp.Core.Threading;

namespace MuttSharp.Core.Reading.Session;

public sealed partial class ReaderSession
{
    // Header fields changed in memory, by the unique name of the message's file; written into the file at the next sync.
    private readonly Dictionary<string, ChangedFields> changedHeaders = new(StringComparer.Ordinal);

    [Flags]
    private enum ChangedFields
    {
        None = 0,
        InReplyTo = 1,
        References = 2,
        Label = 4,
    }

    /// <summary>
    /// Mutt's <c>break-thread</c> (<c>#</c>): the current message stops being a reply (its In-Reply-To and
    /// References are dropped) and starts a thread of its own with its replies; their References lose the
    /// ids above it. The index is threaded again at once, the cursor stays on the message, and the change is
    /// written into the files at the next sync.
    /// </summary>
    public Task<SessionResult> BreakThreadAsync(CancellationToken cancellationToken = default) =>
        ExclusiveAsync(() => Task.Run(BreakThread, cancellationToken), cancellationToken);

    private SessionResult BreakThread()
    {
        if (HeaderChangesRefusal() is { } refusal)
            return refusal;
        var current = Current!;
        if (current.Summary.InReplyTo is null && current.Summary.References.Count == 0)
            return SessionResult.Error("Thread cannot be broken, message is not part of a thread");
        var edit = new HeaderChanges(this);
        edit.Break(current.Number);
        edit.Apply();
        return SessionResult.Info("Thread broken");
    }

    /// <summary>
    /// Mutt's <c>link-threads</c> (<c>&amp;</c>): the tagged messages (after <c>;</c>, or with <c>$auto_tag</c>)
    /// or else the message tagged last become replies to the current message: each is broken from its thread
    /// (see <see cref="BreakThreadAsync"/>), gets the current message's id as its In-Reply-To, and is untagged.
    /// </summary>
    public Task<SessionResult> LinkThreadsAsync(bool tagPrefix = false, CancellationToken cancellationToken = default) =>
        ExclusiveAsync(() => LinkThreadsCoreAsync(tagPrefix, cancellationToken), cancellationToken);

    private async Task<SessionResult> LinkThreadsCoreAsync(bool tagPrefix, CancellationToken cancellationToken)
    {
        if (HeaderChangesRefusal() is { } refusal)
            return refusal;
        var parent = Current!;
        if (string.IsNullOrEmpty(parent.Summary.MessageId))
            return SessionResult.Error("No Message-ID: header available to link thread");
        IReadOnlyList<Message> children;
        if (ScopeFor(tagPrefix).Kind == MessageScopeKind.Tagged)
        {
            var (tagged, error) = await SelectAsync(MessageScope.Tagged, cancellationToken).ConfigureAwait(false);
            if (tagged is null)
                return error;
            children = tagged;
        }
        else if (lastTagged is not null && mailbox.Messages.FirstOrDefault(m => m.Tagged && UniqueOf(m) == lastTagged) is { } last)
        {
            children = [last];
        }
        else
        {
            return SessionResult.Error("First, please tag a message to be linked here");
        }
        var edit = new HeaderChanges(this);
        foreach (var child in children)
            edit.Link(parent.Number, child.Number);
        if (!await Task.Run(edit.Apply, cancellationToken).ConfigureAwait(false))
            return SessionResult.Error("No thread linked");
        return SessionResult.Info("Threads linked");
    }

    private SessionResult? HeaderChangesRefusal() =>
        Current is null ? SessionResult.Error("No visible messages.")
        : mailbox.ReadOnly ? SessionResult.Error("Mailbox is read-only.")
        : !sort.Threaded ? SessionResult.Error("Threading is not enabled.")
        : null;

    /// <summary>What the <c>Label: </c> prompt starts with: the current message's X-Label; empty after <c>;</c>, as in Mutt.</summary>
    public string LabelPromptText(MessageScope scope) => scope.Kind == MessageScopeKind.Current ? Current?.Summary.XLabel ?? "" : "";

    /// <summary>The distinct labels of the folder's messages, sorted: what the <c>Label: </c> prompt completes from.</summary>
    public IReadOnlyList<string> Labels() =>
        [.. mailbox.Messages.Select(m => m.Summary.XLabel).OfType<string>().Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Tab in the <c>Label: </c> prompt: <paramref name="line"/> completed to the longest prefix shared by the
    /// folder's labels that start with it; null when none does or there is nothing to add.
    /// </summary>
    public string? CompleteLabel(string line)
    {
        var matches = Labels().Where(l => l.StartsWith(line, StringComparison.Ordinal)).ToList();
        if (matches.Count == 0)
            return null;
        string common = matches[0];
        foreach (string label in matches)
            common = common[..common.AsSpan().CommonPrefixLength(label)];
        return common.Length > line.Length ? common : null;
    }

    /// <summary>
    /// Mutt's <c>edit-label</c> (<c>Y</c>): gives the messages of <paramref name="scope"/> the X-Label
    /// <paramref name="label"/> (blank removes it); tagged messages that change are untagged. <c>%y</c>, <c>%Y</c>
    /// and <c>~y</c> see the new label at once; the files are rewritten at the next sync.
    /// </summary>
    public Task<SessionResult> LabelAsync(MessageScope scope, string label, CancellationToken cancellationToken = default) =>
        ExclusiveAsync(() => LabelCoreAsync(scope, label, cancellationToken), cancellationToken);

    private async Task<SessionResult> LabelCoreAsync(MessageScope scope, string label, CancellationToken cancellationToken)
    {
        if (mailbox.ReadOnly)
            return SessionResult.Error("Mailbox is read-only.");
        var (messages, error) = await SelectAsync(scope, cancellationToken).ConfigureAwait(false);
        if (messages is null)
            return error;
        // Runs of blanks and control characters become one space: the file says it so, folded or not.
        string words = string.Join(' ', new string([.. label.Select(c => char.IsControl(c) ? ' ' : c)]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        string? wanted = words.Length == 0 ? null : words;
        var edit = new HeaderChanges(this);
        foreach (var m in messages)
        {
            if (m.Summary.XLabel == wanted)
                continue;
            edit.Set(m.Number, m.Summary with { XLabel = wanted }, ChangedFields.Label, untag: scope.Kind == MessageScopeKind.Tagged);
        }
        int changedCount = edit.Count;
        if (!await Task.Run(edit.Apply, cancellationToken).ConfigureAwait(false))
            return SessionResult.Info("No labels changed.");
        return SessionResult.Info($"{changedCount} labels changed.");
    }

    /// <summary>
    /// Mutt's <c>mark-message</c> (<c>~</c>): binds <c>$mark_macro_prefix</c> followed by <paramref name="stroke"/>
    /// (what was typed at <c>Enter macro stroke: </c>) in the index to a macro that searches for the current
    /// message by its Message-ID, so that it finds the message whatever the sort or the limit. The caller
    /// rebuilds its key maps from the configuration afterwards.
    /// </summary>
    public SessionResult MarkMessage(string stroke)
    {
        if (Current is not { } message)
            return SessionResult.Error("No visible messages.");
        if (string.IsNullOrEmpty(message.Summary.MessageId))
            return SessionResult.Error("No message ID to macro.");
        if (stroke.Length == 0)
            return SessionResult.None;
        string keysText = Config.GetString("mark_macro_prefix") + stroke;
        if (!KeyNames.TryParseNames(keysText, out var keys, out string? keyError))
            return SessionResult.Error(keyError ?? $"{keysText}: not a key sequence");
        // ~i matches the id in its angle brackets, which a macro would read as a key name: each is matched by '.'.
        string macro = $"<search>~i \"^.{IdPattern(message.Summary.MessageId)}.$\"\n";
        if (Config.GetExtension<KeyConfiguration>().Macro([KeyMenu.Index], keys, macro, "message hotkey") is { } error)
            return SessionResult.Error(error);
        return SessionResult.Info($"Message bound to {keysText}.");
    }

    /// <summary>
    /// A Message-ID as a regular expression matching it alone, safe inside a quoted pattern in a macro: letters,
    /// digits and the plain punctuation of ids stand for themselves; anything a regex, a pattern string or a
    /// macro would read specially (<c>. + $ " \ &lt;</c>, spaces, controls...) is matched by <c>.</c>.
    /// </summary>
    private static string IdPattern(string id)
    {
        var pattern = new StringBuilder(id.Length);
        foreach (char c in id)
            pattern.Append(char.IsAsciiLetterOrDigit(c) || "@-_=%&!#',:;/~`".Contains(c) ? c : '.');
        return pattern.ToString();
    }

    /// <summary>
    /// Writes the header fields changed since the last sync into the messages' files (a new file through the
    /// Maildir writer each, see <see cref="HeaderRewriter.RewriteFileAsync"/>); messages a purge is about to
    /// remove are skipped. Failures are listed and stay pending. Returns how many files were rewritten.
    /// </summary>
    private async Task<(int Written, List<string> Errors)> WriteHeadersAsync(bool purge, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        if (changedHeaders.Count == 0)
            return (0, errors);
        bool removesDeleted = purge && !Config.GetBool("maildir_trash");
        // The rewritten files are read back as the folder's own were, with the same charset and size settings.
        var options = settings.Loader().Summary;
        var reader = new SummaryReader(options);
        var messages = mailbox.Messages.ToArray();
        var failed = new Dictionary<string, ChangedFields>(StringComparer.Ordinal);
        int written = 0;
        foreach (var m in mailbox.Messages)
        {
            string unique = UniqueOf(m);
            if (!changedHeaders.TryGetValue(unique, out var fields) || (m.Deleted && removesDeleted))
                continue;
            var (path, error) = await HeaderRewriter.RewriteFileAsync(Writer, m.Path, EditsOf(m.Summary, fields), options.HeaderSizeLimit, cancellationToken).ConfigureAwait(false);
            if (path is null)
            {
                errors.Add(error);
                failed[unique] = fields;
                continue;
            }
            var summary = reader.TryReadFile(path, out var reread, out _) ? reread : m.Summary;
            messages[m.Number] = Rebuilt(m, summary, path);
            written++;
        }
        changedHeaders.Clear();
        foreach (var (unique, fields) in failed)
            changedHeaders[unique] = fields;
        if (written > 0)
            ReplaceMailbox(new Mailbox(mailbox.Path, mailbox.Format, messages, mailbox.ReadOnly) { Errors = mailbox.Errors }, keepNumbers: true);
        return (written, errors);
    }

    /// <summary>
    /// The content of <paramref name="message"/> as the folder will hold it after the next sync: its file, with the
    /// header fields changed since rewritten, so that a save or a copy takes the new label and threading along as
    /// Mutt's does. A message without such changes is its file as it is.
    /// </summary>
    private async Task<Stream> OpenWithChangesAsync(Message message, CancellationToken cancellationToken)
    {
        var source = MessageFile.OpenRead(mailbox, message);
        if (mailbox.Format != MailboxFormat.Maildir || !changedHeaders.TryGetValue(UniqueOf(message), out var fields))
            return source;
        var content = new MemoryStream();
        await using (source)
            await source.CopyToAsync(content, cancellationToken).ConfigureAwait(false);
        var bytes = content.GetBuffer().AsMemory(0, (int)content.Length);
        if (!HeaderRewriter.TryRewrite(bytes, whole: true, EditsOf(message.Summary, fields), out byte[] header, out int length, out _))
        {
            content.Position = 0;
            return content;
        }
        var changed = new MemoryStream(header.Length + bytes.Length - length);
        changed.Write(header);
        changed.Write(bytes.Span[length..]);
        changed.Position = 0;
        return changed;
    }

    /// <summary>
    /// Mutt's header cache after a sync that rewrote messages: it holds the new files under their new names, so that
    /// the next open reads none of them (the old names are gone from it). Returns the reason it could not be written.
    /// </summary>
    private string? SaveHeaderCache()
    {
        if (settings.Loader().HeaderCache is not { Length: > 0 } setting)
            return null;
        var box = mailbox;
        var entries = box.Messages.Select(m => (Unique: UniqueOf(m), m)).Where(e => !changedHeaders.ContainsKey(e.Unique))
            .Select(e => (e.m.Path, e.m.Summary.Size, e.m.Summary.Received, e.m.Summary));
        return HeaderCacheStore.Save(HeaderCacheStore.FileFor(setting, box.Path), box.Path, entries);
    }

    /// <summary>The fields to write for the changes <paramref name="fields"/> of a message whose summary is now <paramref name="summary"/>.</summary>
    private static List<HeaderEdit> EditsOf(MessageSummary summary, ChangedFields fields)
    {
        var edits = new List<HeaderEdit>(3);
        if ((fields & ChangedFields.InReplyTo) != 0)
            edits.Add(new HeaderEdit("In-Reply-To", summary.InReplyTo is { } parent ? Bracketed(parent) : null));
        if ((fields & ChangedFields.References) != 0)
            edits.Add(new HeaderEdit("References", string.Join(' ', summary.References.Select(Bracketed))));
        if ((fields & ChangedFields.Label) != 0)
            edits.Add(new HeaderEdit("X-Label", summary.XLabel is not { } label ? null
                : label.All(char.IsAscii) ? label : Encoding.ASCII.GetString(Rfc2047.EncodeText(Encoding.UTF8, label))));
        return edits;
    }

    // An id read from a hostile message may hold anything: what cannot stand in a msg-id is left out.
    private static string Bracketed(string id) =>
        "<" + new string([.. id.Where(c => c > ' ' && c != '<' && c != '>' && c != '\u007f')]) + ">";

    private static Message Rebuilt(Message m, MessageSummary summary, string? path = null) =>
        new(m.Number, path ?? m.Path, summary, m.Flags, m.ExtraFlagLetters)
        {
            Offset = m.Offset,
            Tagged = m.Tagged,
            Deleted = m.Deleted,
            Score = m.Score,
        };

    /// <summary>
    /// Changes to the headers of some messages, made on the summaries as they stand and taken in with one new
    /// snapshot, so that the index is threaded again once whatever the number of messages changed (off the
    /// UI's thread: that grows with the folder).
    /// </summary>
    private sealed class HeaderChanges(ReaderSession session)
    {
        private readonly Dictionary<int, (MessageSummary Summary, ChangedFields Fields, bool Untag)> changes = [];
        // The tree as it was before these changes (as Mutt's is until it sorts again), built only when a thread is edited.
        private ThreadTree? tree;

        private ThreadTree Threads => tree ??= session.Threads();

        public int Count => changes.Count;

        public void Set(int message, MessageSummary summary, ChangedFields fields, bool untag = false)
        {
            var before = changes.TryGetValue(message, out var change) ? change : (Summary: summary, Fields: ChangedFields.None, Untag: false);
            changes[message] = (summary, before.Fields | fields, before.Untag || untag);
        }

        /// <summary>Mutt's thread break: <paramref name="message"/> loses its parents; its replies' References keep only what is below.</summary>
        public void Break(int message)
        {
            foreach (int reply in session.SubthreadOf(message).Where(n => n != message))
            {
                var summary = SummaryOf(reply);
                var references = summary.References;
                for (int node = message; node >= 0; node = Threads.ParentNode(node))
                {
                    if (!Threads.IsMessageNode(node) || SummaryOf(node).MessageId is not { } id)
                        continue;
                    int at = LastIndexOf(references, id);
                    if (at < 0)
                        continue;
                    if (at > 0)
                        Set(reply, summary with { References = [.. references.Skip(at)] }, ChangedFields.References);
                    break;
                }
            }
            var own = SummaryOf(message);
            Set(message, own with { InReplyTo = null, References = MessageSummary.NoReferences }, ChangedFields.InReplyTo | ChangedFields.References);
        }

        /// <summary>Mutt's link: <paramref name="child"/> broken off, then made a reply to <paramref name="parent"/> and untagged.</summary>
        public void Link(int parent, int child)
        {
            if (parent == child)
                return;
            Break(child);
            Set(child, SummaryOf(child) with { InReplyTo = SummaryOf(parent).MessageId }, ChangedFields.InReplyTo, untag: true);
        }

        /// <summary>Takes the changes in; false when there were none.</summary>
        public bool Apply()
        {
            if (changes.Count == 0)
                return false;
            var box = session.mailbox;
            var messages = box.Messages.ToArray();
            foreach (var (number, (summary, fields, untag)) in changes)
            {
                var rebuilt = Rebuilt(messages[number], summary);
                if (untag)
                    rebuilt.Tagged = false;
                messages[number] = rebuilt;
                string unique = session.UniqueOf(rebuilt);
                session.changedHeaders[unique] = session.changedHeaders.GetValueOrDefault(unique) | fields;
            }
            session.ReplaceMailbox(new Mailbox(box.Path, box.Format, messages, box.ReadOnly) { Errors = box.Errors }, keepNumbers: true);
            session.changed = true;
            return true;
        }

        private MessageSummary SummaryOf(int message) =>
            changes.TryGetValue(message, out var change) ? change.Summary : session.mailbox.Messages[message].Summary;

        private static int LastIndexOf(IReadOnlyList<string> ids, string id)
        {
            for (int i = ids.Count - 1; i >= 0; i--)
            {
                if (string.Equals(ids[i], id, StringComparison.OrdinalIgnoreCase))
                    return i;
            }
            return -1;
        }
    }
}
