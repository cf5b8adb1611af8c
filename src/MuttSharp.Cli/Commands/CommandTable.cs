namespace MuttSharp.Cli.Commands;

/// <summary>Every sub-command, by name. Adding a command is one line here and one file beside it.</summary>
internal static class CommandTable
{
    public static IReadOnlyList<ICliCommand> All { get; } =
    [
        new VersionCommand(),
        new IndexCommand(),
        new ShowCommand(),
        new PostconfCommand(),
        new PostmapCommand(),
        new NewaliasesCommand(),
        new SmtpdCommand(),
        new SendmailCommand(),
        new MailCommand(),
        new MailqCommand(),
        new PostqueueCommand(),
    ];

    public static ICliCommand? Find(string name)
    {
        foreach (var command in All)
            if (string.Equals(command.Name, name, StringComparison.Ordinal))
                return command;
        return null;
    }
}
