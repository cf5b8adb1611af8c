using System.Text;
using MimeKit;
using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Muttrc;
using MuttSharp.Core.Threading;

namespace MuttSharp.Core.Compose;

/// <summary>
/// Starts drafts as Mutt does: new mail, replies (<c>r</c>, <c>g</c>, <c>L</c>) and forwards
/// (<c>f</c>, inline or <c>$mime_forward</c>), with recipients, subject, threading headers, the
/// quoted or forwarded text, <c>my_hdr</c> headers and the signature. The caller runs reply-hooks
/// (<see cref="ComposeHooks"/>) before building a reply; send-hooks run through <see cref="SendHooks"/>
/// (<see cref="ForConfig"/> wires them) once the recipients are known. One composer serves one screen at a time.
/// </summary>
public sealed class MessageComposer
{
    // Headers of a resent message that Mutt reads into its envelope and never writes back, or keeps only for recalling.
    private static readonly HashSet<string> ResendDropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "Message-ID", "Mail-Followup-To", "Sender", "Mail-Reply-To", "List-Post", "X-Mutt-References", "X-Mutt-Fcc",
    };

    private readonly MuttEnvironment environment;
    private ComposeSettings settings;
    private MessageFormats formats;

    /// <param name="settings">The compose settings.</param>
    /// <param name="environment">Runs a <c>$signature</c> command; the process's when null.</param>
    public MessageComposer(ComposeSettings settings, MuttEnvironment? environment = null)
    {
        this.settings = settings;
        this.environment = environment ?? MuttEnvironment.FromProcess();
        formats = new MessageFormats(settings);
    }

    /// <summary>A composer for <paramref name="config"/>: its settings now, and its send-hooks run (and the settings read again) before each text is written.</summary>
    public static MessageComposer ForConfig(MuttConfig config) => new(ComposeSettings.FromConfig(config), config.Environment)
    {
        SendHooks = async (draft, cancellationToken) =>
        {
            await ComposeHooks.RunSendHooksAsync(config, draft, cancellationToken).ConfigureAwait(false);
            return ComposeSettings.FromConfig(config);
        },
    };

    /// <summary>
    /// Runs once the recipients and subject are known and before the text is written, as Mutt runs its
    /// send-hooks there; the settings it returns (read again after the hooks) shape the text and signature.
    /// </summary>
    public Func<Draft, CancellationToken, Task<ComposeSettings>>? SendHooks { get; init; }

    /// <summary>
    /// A new message (<c>m</c>): <c>my_hdr</c> headers, then <paramref name="address"/> fills in the recipients and
    /// subject the user gave, then the send-hooks run and the signature is added; batch mode
    /// (<paramref name="batch"/>) adds no signature, as Mutt's does not.
    /// </summary>
    public async Task<Draft> NewAsync(Action<Draft>? address = null, bool batch = false, CancellationToken cancellationToken = default)
    {
        var draft = new Draft { Kind = DraftKind.New };
        ApplyUserHeaders(draft);
        address?.Invoke(draft);
        await RunSendHooksAsync(draft, cancellationToken).ConfigureAwait(false);
        if (!batch)
            draft.Body = await WithSignatureAsync("", cancellationToken).ConfigureAwait(false);
        return draft;
    }

    /// <summary>
    /// A reply of <paramref name="kind"/> (<see cref="DraftKind.Reply"/>, <see cref="DraftKind.GroupReply"/>,
    /// <see cref="DraftKind.ListReply"/>) to one message or several tagged ones.
    /// </summary>
    /// <param name="originals">The messages answered, in order.</param>
    /// <param name="kind">Which reply.</param>
    /// <param name="ask">Answers the questions <c>$reply_to</c>, <c>$honor_followup_to</c> and <c>$include</c> may ask; null takes their defaults.</param>
    /// <param name="cancellationToken">Cancels a signature command.</param>
    public async Task<Draft> ReplyAsync(IReadOnlyList<OriginalMessage> originals, DraftKind kind, AskQuestion? ask = null, CancellationToken cancellationToken = default)
    {
        if (kind is not (DraftKind.Reply or DraftKind.GroupReply or DraftKind.ListReply))
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a reply");
        if (originals.Count == 0)
            throw new ArgumentException("nothing to reply to", nameof(originals));
        var draft = new Draft { Kind = kind, Originals = originals.Select(o => o.Message).ToArray() };
        foreach (var original in originals)
            await ReplyRecipients.FetchAsync(draft, original.Mime, kind, settings, ask).ConfigureAwait(false);
        if (kind == DraftKind.ListReply && draft.To.Count == 0)
            throw new InvalidOperationException("No mailing lists found!");

        var first = originals[0].Mime;
        string? real = ReplySubject.For(settings.ReplyRegexp).Strip(first.Subject ?? "", out _);
        draft.Subject = real is null ? "Re: your mail" : "Re: " + real;
        foreach (var original in originals)
        {
            var references = original.Mime.References.Count > 0 ? original.Mime.References.ToList()
                : original.Mime.InReplyTo is { Length: > 0 } parent ? [parent] : [];
            if (original.Mime.MessageId is { Length: > 0 } id)
            {
                references.Add(id);
                draft.InReplyTo.Add(id);
            }
            foreach (string reference in references)
                if (!draft.References.Contains(reference))
                    draft.References.Add(reference);
        }
        ApplyReverseName(draft, originals[0].Mime);
        ApplyUserHeaders(draft);
        await RunSendHooksAsync(draft, cancellationToken).ConfigureAwait(false);

        var body = new StringBuilder();
        if (await QuadAnswer.DecideAsync(settings.Include, "Include message in reply?", ask).ConfigureAwait(false))
        {
            foreach (var original in originals)
                await QuoteAsync(body, original, cancellationToken).ConfigureAwait(false);
        }
        draft.Body = await WithSignatureAsync(body.ToString(), cancellationToken).ConfigureAwait(false);
        return draft;
    }

    /// <summary>A forward of one message or several tagged ones: inline (quoted with <c>$forward_quote</c>) or, as <c>$mime_forward</c> decides, attached as message/rfc822.</summary>
    public async Task<Draft> ForwardAsync(IReadOnlyList<OriginalMessage> originals, AskQuestion? ask = null, CancellationToken cancellationToken = default)
    {
        if (originals.Count == 0)
            throw new ArgumentException("nothing to forward", nameof(originals));
        var draft = new Draft { Kind = DraftKind.Forward, Originals = originals.Select(o => o.Message).ToArray() };
        draft.Subject = await formats.ExpandAsync(settings.ForwardFormat, originals[0].Message, cancellationToken).ConfigureAwait(false);
        ApplyUserHeaders(draft);
        await RunSendHooksAsync(draft, cancellationToken).ConfigureAwait(false);
        var body = new StringBuilder();
        if (await QuadAnswer.DecideAsync(settings.MimeForward, "Forward as attachment?", ask).ConfigureAwait(false))
        {
            foreach (var original in originals)
                draft.Attachments.Add(DraftAttachment.FromMessage(original.Raw));
        }
        else
        {
            foreach (var original in originals)
                await ForwardInlineAsync(body, original, cancellationToken).ConfigureAwait(false);
            var undecodable = originals.SelectMany(o => BodyText.Attachments(o.Mime)).ToList();
            if (undecodable.Count > 0 && await QuadAnswer.DecideAsync(settings.ForwardAttachments, "Forward attachments?", ask).ConfigureAwait(false))
                draft.Attachments.AddRange(undecodable.Select(Attach));
        }
        draft.Body = await WithSignatureAsync(body.ToString(), cancellationToken).ConfigureAwait(false);
        return draft;
    }

    /// <summary>
    /// <c>resend-message</c> (<c>Esc e</c>): the message as the template of a new one, as Mutt's
    /// <c>mutt_prepare_template</c> makes it. Its headers are kept as <c>$weed</c> with <c>ignore</c>/<c>unignore</c>
    /// shows them, less its Message-ID and Mail-Followup-To and what a new message gets anew (Date, the MIME
    /// and trace fields); the text is decoded for the editor and every other part kept. No <c>my_hdr</c>, hook
    /// or signature is added, and the original is flagged nothing once the new message is sent. False with a
    /// reason when the message cannot be read.
    /// </summary>
    public bool TryResend(OriginalMessage original, out Draft draft, out string error) =>
        DraftReader.TryReadTemplate(original.Raw, name => !ResendDropped.Contains(name)
            && (!settings.Weed || HeaderWeeding.IsShown(name, settings.IgnoredHeaders, settings.UnignoredHeaders)), out draft, out error);

    private static DraftAttachment Attach(MimePart part)
    {
        using var decoded = new MemoryStream();
        part.Content?.DecodeTo(decoded);
        return DraftAttachment.FromContent(decoded.ToArray(), part.ContentType.MimeType, part.FileName ?? "");
    }

    private async Task RunSendHooksAsync(Draft draft, CancellationToken cancellationToken)
    {
        if (SendHooks is null)
            return;
        var before = settings.UserHeaders;
        settings = await SendHooks(draft, cancellationToken).ConfigureAwait(false);
        formats = new MessageFormats(settings);
        // A send-hook's my_hdr (or unmy_hdr) applies to this message too.
        if (!settings.UserHeaders.SequenceEqual(before))
        {
            var earlier = before.Select(line => line.Split(':', 2)[0].Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
            draft.ExtraHeaders.RemoveAll(h => earlier.Contains(h.Key));
            ApplyUserHeaders(draft);
        }
    }

    /// <summary>Mutt's <c>include_reply</c>: attribution, each line of the text under <c>$indent_string</c>, the post-indent line.</summary>
    private async Task QuoteAsync(StringBuilder body, OriginalMessage original, CancellationToken cancellationToken)
    {
        if (settings.Attribution.Length > 0)
            body.Append(await formats.ExpandAsync(settings.Attribution, original.Message, cancellationToken).ConfigureAwait(false)).Append('\n');
        string prefix = await QuotePrefixAsync(original, cancellationToken).ConfigureAwait(false);
        AppendQuoted(body, BodyText.Of(original.Mime, settings.IncludeOnlyFirst), prefix);
        if (settings.PostIndentString.Length > 0)
            body.Append(await formats.ExpandAsync(settings.PostIndentString, original.Message, cancellationToken).ConfigureAwait(false)).Append('\n');
    }

    /// <summary>Mutt's <c>include_forward</c>: the intro line, the headers (weeded) and text, the trailer.</summary>
    private async Task ForwardInlineAsync(StringBuilder body, OriginalMessage original, CancellationToken cancellationToken)
    {
        if (settings.ForwardIntro.Length > 0)
            body.Append(await formats.ExpandAsync(settings.ForwardIntro, original.Message, cancellationToken).ConfigureAwait(false)).Append("\n\n");
        var forwarded = new StringBuilder();
        foreach (var (name, field) in HeaderFields.Read(original.Raw))
        {
            if (HeaderWeeding.IsShown(name, settings.IgnoredHeaders, settings.UnignoredHeaders))
                forwarded.Append(field).Append('\n');
        }
        forwarded.Append('\n').Append(BodyText.Of(original.Mime, settings.IncludeOnlyFirst));
        if (settings.ForwardQuote)
            AppendQuoted(body, forwarded.ToString(), await QuotePrefixAsync(original, cancellationToken).ConfigureAwait(false));
        else
            body.Append(forwarded);
        if (settings.ForwardTrailer.Length > 0)
            body.Append('\n').Append(await formats.ExpandAsync(settings.ForwardTrailer, original.Message, cancellationToken).ConfigureAwait(false)).Append('\n');
    }

    /// <summary>With <c>$text_flowed</c> quoting is RFC 3676's bare <c>&gt;</c>; otherwise <c>$indent_string</c>, expanded for the message.</summary>
    private async Task<string> QuotePrefixAsync(OriginalMessage original, CancellationToken cancellationToken) =>
        settings.TextFlowed ? ">" : await formats.ExpandAsync(settings.IndentString, original.Message, cancellationToken).ConfigureAwait(false);

    private static void AppendQuoted(StringBuilder body, string text, string prefix)
    {
        if (text.Length == 0)
            return;
        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int count = text.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        for (int i = 0; i < count; i++)
            body.Append(prefix).Append(lines[i]).Append('\n');
    }

    /// <summary>Places the signature after the text, or before it with <c>$sig_on_top</c>; a missing signature adds nothing.</summary>
    private async Task<string> WithSignatureAsync(string text, CancellationToken cancellationToken)
    {
        string? signature = await ReadSignatureAsync(cancellationToken).ConfigureAwait(false);
        if (signature is null)
            return text;
        string block = (settings.SigDashes ? "\n-- \n" : "") + signature;
        if (block.Length > 0 && !block.EndsWith('\n'))
            block += "\n";
        return settings.SigOnTop ? block + text : text + block;
    }

    /// <summary><c>$signature</c>: a file, or the output of a command when it ends in <c>|</c>; null when there is none.</summary>
    private async Task<string?> ReadSignatureAsync(CancellationToken cancellationToken)
    {
        string path = settings.Signature.Trim();
        if (path.Length == 0)
            return null;
        if (path.EndsWith('|'))
        {
            var result = await ShellRunner.RunAsync(path[..^1], environment, cancellationToken).ConfigureAwait(false);
            return result.Error is null ? result.Output : null;
        }
        try
        {
            return await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary><c>$reverse_name</c>: answer from the address of the user's that the original was sent to.</summary>
    private void ApplyReverseName(Draft draft, MimeMessage original)
    {
        if (!settings.ReverseName)
            return;
        var mine = ReplyRecipients.Mailboxes(original.To).Concat(ReplyRecipients.Mailboxes(original.Cc)).Concat(ReplyRecipients.Mailboxes(original.From))
            .FirstOrDefault(a => settings.IsMine(a.Address));
        if (mine is null)
            return;
        string name = settings.ReverseRealName && !string.IsNullOrEmpty(mine.Name) ? mine.Name : settings.RealName;
        draft.From.Clear();
        draft.From.Add(new MailboxAddress(name, mine.Address));
    }

    /// <summary><c>my_hdr</c>: From and Reply-To (and recipients) become addresses; any other header is carried as written.</summary>
    private void ApplyUserHeaders(Draft draft)
    {
        foreach (string line in settings.UserHeaders)
        {
            int colon = line.IndexOf(':');
            if (colon <= 0)
                continue;
            // Subject is ignored in my_hdr, as in Mutt; a bad address is left out rather than sent wrong.
            string name = line[..colon].Trim();
            if (name.Equals("Subject", StringComparison.OrdinalIgnoreCase))
                continue;
            draft.ExtraHeaders.RemoveAll(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase));
            DraftHeaders.TryApply(draft, name, line[(colon + 1)..], out _);
        }
    }
}
