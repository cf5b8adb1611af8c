using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using MuttSharp.Core.Maildir;
using MuttSharp.Mta.Queue;
using MuttSharp.Mta.Routing;

namespace MuttSharp.Mta.Delivery;

/// <summary>
/// Postfix's local(8) and virtual(8) in one: a copy into a Maildir through the project's one atomic
/// <see cref="MaildirWriter"/>, to a file (mbox form) or to a command, each with <c>Return-Path</c>,
/// <c>X-Original-To</c> and <c>Delivered-To</c> prepended. A message that already carries our
/// <c>Delivered-To</c> for the recipient is a forwarding loop and bounces.
/// </summary>
public sealed class LocalDelivery
{
    private readonly MaildirWriter writer;
    private readonly ConcurrentDictionary<string, DirectorySync> directorySyncs = new(StringComparer.Ordinal);
    private readonly long mailboxSizeLimit;
    private readonly TimeSpan commandTimeLimit;
    private readonly Dictionary<DeliveryTargetKind, Func<QueuedMessage, DeliveryTarget, string, bool, bool, byte[], CancellationToken, Task<DeliveryResult>>> agents;

    /// <summary>
    /// A local delivery agent writing Maildir names for <paramref name="hostName"/>. Each Maildir copy
    /// is flushed to disk by <paramref name="syncFile"/> before it is moved into <c>new/</c> (by default
    /// an fsync on the engine's sync threads).
    /// </summary>
    public LocalDelivery(string hostName, long mailboxSizeLimit, TimeProvider time, TimeSpan? commandTimeLimit = null, Func<FileStream, CancellationToken, Task>? syncFile = null)
    {
        // The new/ directory is synced by this class, once for all the deliveries that are waiting for it.
        // Each copy is written on a sync thread, with blocking calls (see ToMaildirAsync).
        writer = new MaildirWriter(hostName, time) { SyncDirectory = false, SyncFile = syncFile ?? SyncThreads.Shared.FlushToDiskAsync, BlockingWrites = true };
        this.mailboxSizeLimit = mailboxSizeLimit;
        this.commandTimeLimit = commandTimeLimit ?? TimeSpan.FromSeconds(1000); // command_time_limit
        agents = new()
        {
            [DeliveryTargetKind.Maildir] = ToMaildirAsync,
            [DeliveryTargetKind.Mbox] = ToFileAsync,
            [DeliveryTargetKind.Command] = ToCommandAsync,
        };
    }

    /// <summary>
    /// Delivers one copy. <paramref name="mayBeThereAlready"/> is set on a retry or after a restart:
    /// a Maildir that already holds this queue id for this recipient is not written twice.
    /// <paramref name="queued"/> says that the message is already in the queue and answered, so no
    /// client waits for this copy: its <c>new/</c> sync may wait to be shared with the next copies.
    /// </summary>
    public async Task<DeliveryResult> DeliverAsync(QueuedMessage message, DeliveryTarget target, bool mayBeThereAlready, bool queued, CancellationToken cancellationToken)
    {
        if (!agents.TryGetValue(target.Kind, out var agent))
            return DeliveryResult.Bounce("5.3.0", $"no local delivery for {target}");
        string deliveredTo = target.DeliveredTo ?? target.OriginalRecipient;
        if (HasDeliveredTo(message.Content.Span, deliveredTo))
            return DeliveryResult.Bounce("5.4.6", $"mail forwarding loop for {deliveredTo}");
        byte[] headers = Encoding.UTF8.GetBytes(
            $"Return-Path: <{target.EnvelopeSender ?? message.Envelope.Sender}>\nX-Original-To: {target.OriginalRecipient}\nDelivered-To: {deliveredTo}\n");
        if (mailboxSizeLimit > 0 && headers.Length + message.Content.Length > mailboxSizeLimit)
            return DeliveryResult.Bounce("5.2.2", $"cannot update mailbox {target.Path} for user {deliveredTo}. message file too big");
        try
        {
            return await agent(message, target, deliveredTo, mayBeThereAlready, queued, headers, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return DeliveryResult.Defer("4.2.0", $"cannot update mailbox {target.Path} for user {deliveredTo}. {e.Message}");
        }
    }

    private async Task<DeliveryResult> ToMaildirAsync(QueuedMessage message, DeliveryTarget target, string deliveredTo, bool mayBeThereAlready, bool queued, byte[] headers, CancellationToken cancellationToken)
    {
        // From here on the copy is file work only: done on a sync thread, with blocking calls, so that the
        // session's one hand-over between threads is this one (its reply then goes out from there).
        await SyncThreads.Shared.SwitchTo();
        if (mayBeThereAlready && MaildirCopy.Exists(target.Path!, message.Id, deliveredTo, message.Envelope.ArrivalTime))
            return DeliveryResult.Sent("delivered to maildir");
        // The Maildir and the file in tmp/ are created as the mailbox's owner (0700 and 0600).
        string delivered = await MailboxOwner.StartAs(target.RunAs, () =>
        {
            // The writer makes cur/, new/ and tmp/ 0700; the Maildir above them must not be left to the umask.
            if (!OperatingSystem.IsWindows() && !Directory.Exists(target.Path))
                Directory.CreateDirectory(target.Path!, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            return writer.WriteAsync(target.Path!, (stream, _) =>
            {
                stream.Write(headers);
                stream.Write(message.Content.Span);
                return Task.CompletedTask;
            }, cancellationToken: cancellationToken);
        }).ConfigureAwait(false);
        // Sent only once the name in new/ is durable: the queue file goes next.
        string directory = Path.GetDirectoryName(delivered)!;
        await directorySyncs.GetOrAdd(directory, path => new DirectorySync(path)).SyncAsync(cancellationToken, urgent: !queued).ConfigureAwait(false);
        return DeliveryResult.Sent("delivered to maildir");
    }

    private static async Task<DeliveryResult> ToFileAsync(QueuedMessage message, DeliveryTarget target, string deliveredTo, bool mayBeThereAlready, bool queued, byte[] headers, CancellationToken cancellationToken)
    {
        var options = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        // Opened (or created) as the file's owner; the writes go to the open descriptor.
        await using var file = await MailboxOwner.StartAs(target.RunAs, () => Task.FromResult(new FileStream(target.Path!, options))).ConfigureAwait(false);
        string sender = message.Envelope.Sender.Length == 0 ? "MAILER-DAEMON" : message.Envelope.Sender;
        string date = message.Envelope.ArrivalTime.UtcDateTime.ToString("ddd MMM d HH:mm:ss yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var mbox = new MemoryStream();
        mbox.Write(Encoding.UTF8.GetBytes($"From {sender}  {date}\n"));
        mbox.Write(headers);
        MboxQuote(message.Content.Span, mbox);
        mbox.WriteByte((byte)'\n');
        await file.WriteAsync(mbox.GetBuffer().AsMemory(0, (int)mbox.Length), cancellationToken).ConfigureAwait(false);
        await file.FlushAsync(cancellationToken).ConfigureAwait(false);
        file.Flush(flushToDisk: true);
        return DeliveryResult.Sent($"delivered to file: {target.Path}");
    }

    private async Task<DeliveryResult> ToCommandAsync(QueuedMessage message, DeliveryTarget target, string deliveredTo, bool mayBeThereAlready, bool queued, byte[] headers, CancellationToken cancellationToken)
    {
        if (target.Command is not { Count: > 0 } argv)
            return DeliveryResult.Bounce("5.3.5", $"empty command for {deliveredTo}");
        string commandLine = string.Join(' ', argv);
        // The argv is executed directly: nothing from the envelope ever reaches a shell.
        var start = MailboxOwner.CommandStart(argv, target.RunAs);
        start.Environment["SENDER"] = message.Envelope.Sender;
        start.Environment["RECIPIENT"] = deliveredTo;
        start.Environment["ORIGINAL_RECIPIENT"] = target.OriginalRecipient;
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return DeliveryResult.Bounce("5.3.0", $"Command died: {argv[0]}: {e.Message}");
        }
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(commandTimeLimit);
        try
        {
            var stdin = process.StandardInput.BaseStream;
            await stdin.WriteAsync(headers, limit.Token).ConfigureAwait(false);
            await stdin.WriteAsync(message.Content, limit.Token).ConfigureAwait(false);
            await stdin.FlushAsync(limit.Token).ConfigureAwait(false);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The command stopped reading early; its exit status decides.
        }
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            return DeliveryResult.Defer("4.3.0", $"Command time limit exceeded: \"{commandLine}\"");
        }
        string said = ((await output.ConfigureAwait(false)) + (await errors.ConfigureAwait(false))).Trim();
        return process.ExitCode switch
        {
            0 => DeliveryResult.Sent($"delivered to command: {commandLine}"),
            75 => DeliveryResult.Defer("4.3.0", $"temporary failure. Command output: {said}"),
            _ => DeliveryResult.Bounce("5.3.0", $"Command died with status {process.ExitCode}: \"{commandLine}\". Command output: {said}"),
        };
    }

    /// <summary>True when the header section has <c>Delivered-To: address</c> (case-insensitive).</summary>
    internal static bool HasDeliveredTo(ReadOnlySpan<byte> content, string address)
    {
        int end = content.IndexOf("\n\n"u8);
        var headers = Encoding.UTF8.GetString(end < 0 ? content : content[..end]);
        foreach (string line in headers.Split('\n'))
            if (line.StartsWith("Delivered-To:", StringComparison.OrdinalIgnoreCase)
                && line["Delivered-To:".Length..].Trim().Equals(address, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    /// <summary>mbox quoting: a body line starting with "From " gets a leading '&gt;'.</summary>
    private static void MboxQuote(ReadOnlySpan<byte> content, Stream output)
    {
        bool lineStart = true;
        int runStart = 0;
        for (int i = 0; i < content.Length; i++)
        {
            if (lineStart && content[i..].StartsWith("From "u8))
            {
                output.Write(content[runStart..i]);
                output.WriteByte((byte)'>');
                runStart = i;
            }
            lineStart = content[i] == '\n';
        }
        output.Write(content[runStart..]);
        if (content.Length > 0 && content[^1] != '\n')
            output.WriteByte((byte)'\n');
    }
}
