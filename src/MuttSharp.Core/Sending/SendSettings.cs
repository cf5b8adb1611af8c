using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Variables;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Sending;

/// <summary>The muttrc settings for what happens around a send: the Fcc copy, postponing, new folders' format.</summary>
public sealed record SendSettings
{
    /// <summary><c>$record</c>, expanded; empty for no copy.</summary>
    public string Record { get; init; } = "";

    /// <summary><c>$copy</c>.</summary>
    public QuadOption Copy { get; init; } = QuadOption.Yes;

    /// <summary><c>$postponed</c>, expanded.</summary>
    public string Postponed { get; init; } = "";

    /// <summary><c>$mbox_type</c>: the format a folder that does not exist yet is created in.</summary>
    public MailboxFormat NewFolderFormat { get; init; } = MailboxFormat.Mbox;

    /// <summary><c>$hostname</c>, for Maildir file names.</summary>
    public string Hostname { get; init; } = "";

    /// <summary>Reads the settings from <paramref name="config"/>.</summary>
    public static SendSettings FromConfig(MuttConfig config) => new()
    {
        Record = config.GetPath("record"),
        Copy = config.GetQuad("copy"),
        Postponed = config.GetPath("postponed"),
        NewFolderFormat = config.GetString("mbox_type").Equals("maildir", StringComparison.OrdinalIgnoreCase) ? MailboxFormat.Maildir : MailboxFormat.Mbox,
        Hostname = config.GetString("hostname") is { Length: > 0 } h ? h : config.Environment.HostName,
    };
}
