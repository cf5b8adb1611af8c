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
    /// <summary>True when the reader's flags ask to send rather than to read: addresses, <c>-s -c -b -a -i</c> or <c>-H</c>, as Mutt decides.</summary>
    public static bool Applies(ReaderOptions options) =>
        options.Addresses.Count + options.Subjects.Count + options.Drafts.Count + options.Cc.Count + options.Bcc.Count + options.Attachments.Count + options.Includes.Count > 0;

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

    /// <summary>
    /// What the command line says of the message, as a draft: <c>-H</c>'s draft with the command line's addresses and
    /// subject added, or the addresses (<c>mailto:</c> URLs read through <c>mailto_allow</c>), <c>-s</c>, the <c>-i</c>
    /// files and a URL's body as its text, and the <c>-a</c> files. Standard input is not read.
    /// </summary>
    public static async Task<(Draft? Draft, string? Error)> BuildSeedAsync(ReaderOptions options, MuttConfig config, CancellationToken cancellationToken)
    {
        Draft seed;
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
            if (!DraftReader.TryRead(raw, out seed, out string error))
                return (null, $"{name}: {error}");
        }
        else
        {
            seed = new Draft { Kind = DraftKind.New };
        }

        var body = new StringBuilder();
        foreach (var (list, values) in new (InternetAddressList, List<string>)[] { (seed.To, options.Addresses), (seed.Cc, options.Cc), (seed.Bcc, options.Bcc) })
        {
            foreach (string value in values)
            {
                if (MailtoUrl.IsMailto(value))
                {
                    if (!MailtoUrl.TryParse(value, config.MailtoAllow, out var url, out string urlError) || !url!.TryApplyTo(seed, out urlError))
                        return (null, urlError);
                    body.Append(url.Body);
                    continue;
                }
                if (!HeaderInput.TryValidate("address", value, out string error))
                    return (null, error);
                if (!InternetAddressList.TryParse(value, out var parsed))
                    return (null, $"{value}: bad address syntax");
                list.AddRange(parsed);
            }
        }
        // -s wins over a URL's subject, as in Mutt.
        if (options.Subjects.Count > 0)
        {
            if (!HeaderInput.TryValidate("Subject", options.Subjects[^1], out string subjectError))
                return (null, subjectError);
            seed.Subject = options.Subjects[^1];
        }
        foreach (string file in options.Attachments)
        {
            string path = config.ExpandPath(file);
            if (!File.Exists(path))
                return (null, $"{file}: unable to attach file.");
            seed.Attachments.Add(DraftAttachment.FromFile(path));
        }
        if (options.Drafts.Count == 0)
        {
            // Mutt puts a URL's body= first and the -i file after it.
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
            seed.Body = body.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        return (seed, null);
    }

    /// <summary>A <c>-H</c> draft keeps its own headers; <c>my_hdr</c> (after the send-hooks) adds only what it lacks, as Mutt's <c>-H</c> does.</summary>
    public static async Task AddDraftDefaultsAsync(Draft draft, MessageComposer composer, CancellationToken cancellationToken)
    {
        var defaults = await composer.NewAsync(d => { d.To.AddRange(draft.To); d.Subject = draft.Subject; }, batch: true, cancellationToken).ConfigureAwait(false);
        if (draft.From.Count == 0)
            draft.From.AddRange(defaults.From);
        foreach (var header in defaults.ExtraHeaders)
            if (!draft.ExtraHeaders.Any(h => h.Key.Equals(header.Key, StringComparison.OrdinalIgnoreCase)))
                draft.ExtraHeaders.Add(header);
    }

    private static async Task<(Draft? Draft, string? Error)> BuildDraftAsync(ReaderOptions options, MuttConfig config, CliConsole console, CancellationToken cancellationToken)
    {
        var (seed, error) = await BuildSeedAsync(options, config, cancellationToken).ConfigureAwait(false);
        if (seed is null)
            return (null, error);
        var composer = MessageComposer.ForConfig(config);
        Draft draft;
        if (options.Drafts.Count > 0)
        {
            draft = seed;
            await AddDraftDefaultsAsync(draft, composer, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            draft = await composer.NewAsync(seed.CopyEnvelopeTo, batch: true, cancellationToken).ConfigureAwait(false);
            string input = await console.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            draft.Body = seed.Body + input.Replace("\r\n", "\n", StringComparison.Ordinal);
            draft.Attachments.AddRange(seed.Attachments);
        }
        if (draft.Recipients().Count == 0)
            return (null, "No recipients were specified.");
        return (draft, null);
    }
}
