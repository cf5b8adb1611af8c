using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Variables;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Sending;

/// <summary>The muttrc settings for what happens around a send: the Fcc copy, postponing, new folders' format, the Bcc header.</summary>
public sealed record SendSettings
{
    /// <summary><c>$record</c>, expanded; empty for no copy.</summary>
    public string Record { get; init; } = "";

    /// <summary>Expands a folder the user typed (an <c>Fcc:</c> header, <c>edit-fcc</c>): <c>=</c>, <c>+</c>, <c>~</c> as every path in the muttrc.</summary>
    public Func<string, string> ExpandFolder { get; init; } = folder => folder;

    /// <summary><c>$copy</c>.</summary>
    public QuadOption Copy { get; init; } = QuadOption.Yes;

    /// <summary><c>$postponed</c>, expanded.</summary>
    public string Postponed { get; init; } = "";

    /// <summary><c>$mbox_type</c>: the format a folder that does not exist yet is created in.</summary>
    public MailboxFormat NewFolderFormat { get; init; } = MailboxFormat.Mbox;

    /// <summary><c>$hostname</c>, for Maildir file names.</summary>
    public string Hostname { get; init; } = "";

    /// <summary>
    /// <c>$write_bcc</c> as Mutt 2.2 reads it: the Bcc header is kept in what <c>$sendmail</c> receives (which
    /// removes it, as Postfix's does); never over SMTP, and never to the bundled engine, which takes the
    /// recipients from the envelope. The <c>$record</c> copy keeps Bcc whatever this says.
    /// </summary>
    public bool WriteBcc { get; init; }

    /// <summary>
    /// The transfer agent <paramref name="config"/> sends through: <c>$smtp_url</c> when set, else <c>$sendmail</c>
    /// when changed from its default, else the bundled engine.
    /// </summary>
    public static MessageTransport TransportOf(MuttConfig config)
    {
        if (config.GetString("smtp_url").Length > 0)
            return MessageTransport.Smtp;
        string sendmail = config.GetString("sendmail");
        return config.Variables.TryFind("sendmail", out var definition) && sendmail != config.ExpandPath(definition.Default) && sendmail.Trim().Length > 0
            ? MessageTransport.Sendmail
            : MessageTransport.BundledEngine;
    }

    /// <summary>Reads the settings from <paramref name="config"/>.</summary>
    public static SendSettings FromConfig(MuttConfig config) => new()
    {
        Record = config.GetPath("record"),
        ExpandFolder = config.ExpandPath,
        Copy = config.GetQuad("copy"),
        Postponed = config.GetPath("postponed"),
        NewFolderFormat = config.GetString("mbox_type").Equals("maildir", StringComparison.OrdinalIgnoreCase) ? MailboxFormat.Maildir : MailboxFormat.Mbox,
        Hostname = config.GetString("hostname") is { Length: > 0 } h ? h : config.Environment.HostName,
        WriteBcc = config.GetBool("write_bcc") && TransportOf(config) == MessageTransport.Sendmail,
    };
}
