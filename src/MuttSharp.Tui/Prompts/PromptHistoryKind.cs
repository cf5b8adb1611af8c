namespace MuttSharp.Tui.Prompts;

/// <summary>The separate histories Mutt keeps, one per kind of prompt.</summary>
public enum PromptHistoryKind
{
    /// <summary>Anything else.</summary>
    Other,

    /// <summary><c>:</c> muttrc commands.</summary>
    Command,

    /// <summary>Patterns: limit, search, tag-pattern, delete-pattern.</summary>
    Pattern,

    /// <summary>Folders: change-folder, save, copy.</summary>
    Mailbox,

    /// <summary>Files.</summary>
    File,

    /// <summary>Shell commands: <c>!</c>, pipe.</summary>
    Shell,

    /// <summary>Addresses.</summary>
    Alias,
}
