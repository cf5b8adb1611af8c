using MuttSharp.Core.Config;

namespace MuttSharp.Tui;

/// <summary>How the reader starts: Mutt's command-line flags, parsed.</summary>
public sealed record ReaderStartup
{
    /// <summary><c>-F</c>: muttrc files to read instead of the user's.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary><c>-n</c>: skip the system-wide muttrc.</summary>
    public bool SkipSystemFiles { get; init; }

    /// <summary><c>-e</c>: commands run after the muttrc.</summary>
    public IReadOnlyList<string> Commands { get; init; } = [];

    /// <summary><c>-f</c>: the folder to open instead of <c>$spoolfile</c>.</summary>
    public string? Folder { get; init; }

    /// <summary><c>-R</c>: open read-only.</summary>
    public bool ReadOnly { get; init; }

    /// <summary><c>-Z</c>: open the first <c>mailboxes</c> folder with new mail, or say there is none.</summary>
    public bool OpenFirstWithNewMail { get; init; }

    /// <summary><c>-z</c>: do not start when the folder holds no message.</summary>
    public bool ExitIfEmpty { get; init; }

    /// <summary><c>-y</c>: start in the list of <c>mailboxes</c>.</summary>
    public bool MailboxList { get; init; }

    /// <summary>
    /// Addresses, <c>-s</c>, <c>-i</c>, <c>-a</c> or <c>-H</c> on a terminal: builds, for the loaded configuration, the
    /// message to compose instead of opening a folder, or says why it cannot.
    /// </summary>
    public Func<MuttConfig, CancellationToken, Task<(Core.Compose.Draft? Draft, string? Error)>>? Compose { get; init; }

    /// <summary>True when <see cref="Compose"/> is a <c>-H</c> draft, which goes to the editor without the envelope prompts.</summary>
    public bool ComposeFromDraftFile { get; init; }

    /// <summary>The process environment the muttrc sees.</summary>
    public MuttEnvironment? Environment { get; init; }

    /// <summary>Where composed messages go, for the configuration in force; without one the reader cannot send.</summary>
    public Func<MuttConfig, Core.Sending.IMessageSubmitter>? Submitter { get; init; }

    /// <summary>The Terminal.Gui driver (<c>ansi</c>, <c>dotnet</c>); null picks the platform's default.</summary>
    public string? Driver { get; init; }
}
