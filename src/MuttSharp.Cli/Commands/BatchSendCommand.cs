using System.Text;
using MimeKit;
using MuttSharp.Cli.Sending;
using MuttSharp.Core.Compose;
using MuttSharp.Core.Config;
using MuttSharp.Core.Sending;

namespace MuttSharp.Cli.Commands;

/// <summary>
/// Mutt's batch mode: <c>muttsharp [-F rc] -s subject [-c cc] [-b bcc] [-a file]... [-i file] addr|mailto-url... &lt; body</c>
/// builds a new message (the <c>-i</c> file, then standard input, as its text; <c>my_hdr</c> headers; no
/// signature, as in Mutt) and sends it with no terminal; <c>-H draft</c> sends a prepared message, the
/// command line's addresses and subject added. The <c>$record</c> copy is saved; a message that cannot be
/// sent is kept in <c>$postponed</c>. Exit status 0 when sent, 1 otherwise, as Mutt's.
/// </summary>
internal static class BatchSendCommand
{
    /// <summary>True when the reader's flags ask to send rather than to read: addresses, <c>-s</c> or <c>-H</c>.</summary>
    public static bool Applies(ReaderOptions options) => options.Addresses.Count > 0 || options.Subjects.Count > 0 || options.Drafts.Count > 0;

    public static async Task<int> RunAsync(ReaderOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        var environment = MuttEnvironment.FromProcess(console.Environment);
        var config = await MuttConfigLoader.LoadAsync(options.LoadOptions(environment), cancellationToken).ConfigureAwait(false);
        foreach (string line in config.Log)
            console.Error.WriteLine(line);

        var draft = await BuildDraftAsync(options, config, console, cancellationToken).ConfigureAwait(false);
        if (draft.Error is { } buildError)
        {
            console.Error.WriteLine(buildError);
            return ExitCodes.Failure;
        }
        if (!Submitters.TryCreate(config, console, out var submitter, out string submitterError))
        {
            console.Error.WriteLine(submitterError);
            return ExitCodes.Failure;
        }
        var settings = ComposeSettings.FromConfig(config);
        var sender = new MessageSender(submitter, new DraftWriter(settings), SendSettings.FromConfig(config));
        var outcome = await sender.SendAsync(draft.Draft!, cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (string warning in outcome.Warnings ?? [])
            console.Error.WriteLine(warning);
        if (!outcome.Sent)
        {
            console.Error.WriteLine(outcome.Message);
            return ExitCodes.Failure;
        }
        return ExitCodes.Ok;
    }

    private static async Task<(Draft? Draft, string? Error)> BuildDraftAsync(ReaderOptions options, MuttConfig config, CliConsole console, CancellationToken cancellationToken)
    {
        string? subject = options.Subjects.Count > 0 ? options.Subjects[^1] : null;
        if (subject is not null && !HeaderInput.TryValidate("Subject", subject, out string subjectError))
            return (null, subjectError);
        var recipients = new List<(Func<Draft, InternetAddressList> List, InternetAddressList Addresses)>();
        var urls = new List<MailtoUrl>();
        foreach (var (list, values) in new (Func<Draft, InternetAddressList>, List<string>)[] { (d => d.To, options.Addresses), (d => d.Cc, options.Cc), (d => d.Bcc, options.Bcc) })
        {
            foreach (string value in values)
            {
                if (MailtoUrl.IsMailto(value))
                {
                    if (!MailtoUrl.TryParse(value, config.MailtoAllow, out var url, out string parseError))
                        return (null, parseError);
                    urls.Add(url!);
                    continue;
                }
                if (!HeaderInput.TryValidate("address", value, out string error))
                    return (null, error);
                if (!InternetAddressList.TryParse(value, out var parsed))
                    return (null, $"{value}: bad address syntax");
                recipients.Add((list, parsed));
            }
        }
        var attachments = new List<DraftAttachment>();
        foreach (string file in options.Attachments)
        {
            string path = config.ExpandPath(file);
            if (!File.Exists(path))
                return (null, $"{file}: unable to attach file.");
            attachments.Add(DraftAttachment.FromFile(path));
        }
        string? urlError = null;
        void Address(Draft draft)
        {
            foreach (var (list, addresses) in recipients)
                list(draft).AddRange(addresses);
            foreach (var url in urls)
                if (!url.TryApplyTo(draft, out string error))
                    urlError ??= error;
            if (subject is not null)
                draft.Subject = subject;
        }

        var composer = MessageComposer.ForConfig(config);
        Draft draft;
        if (options.Drafts.Count > 0)
        {
            string name = options.Drafts[^1];
            byte[] raw;
            try
            {
                raw = await File.ReadAllBytesAsync(config.ExpandPath(name), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return (null, $"{name}: {e.Message}");
            }
            if (!DraftReader.TryRead(raw, out draft, out string error))
                return (null, $"{name}: {error}");
            Address(draft);
            // A draft keeps its own headers; my_hdr (after the send-hooks) adds only what it lacks, as Mutt's -H does.
            var defaults = await composer.NewAsync(d => { d.To.AddRange(draft.To); d.Subject = draft.Subject; }, batch: true, cancellationToken).ConfigureAwait(false);
            if (draft.From.Count == 0)
                draft.From.AddRange(defaults.From);
            foreach (var header in defaults.ExtraHeaders)
                if (!draft.ExtraHeaders.Any(h => h.Key.Equals(header.Key, StringComparison.OrdinalIgnoreCase)))
                    draft.ExtraHeaders.Add(header);
        }
        else
        {
            draft = await composer.NewAsync(Address, batch: true, cancellationToken).ConfigureAwait(false);
            // Mutt puts a URL's body= first and the -i file and standard input after it.
            var body = new StringBuilder(string.Concat(urls.Select(u => u.Body)));
            foreach (string include in options.Includes)
            {
                try
                {
                    body.Append(await File.ReadAllTextAsync(config.ExpandPath(include), cancellationToken).ConfigureAwait(false));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return (null, $"{include}: {e.Message}");
                }
            }
            body.Append(await console.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false));
            draft.Body = body.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        if (urlError is not null)
            return (null, urlError);
        draft.Attachments.AddRange(attachments);
        if (draft.Recipients().Count == 0)
            return (null, "No recipients were specified.");
        return (draft, null);
    }
}
