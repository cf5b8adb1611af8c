using MuttSharp.Core.Config;
using MuttSharp.Tui;

namespace MuttSharp.Cli.Commands;

/// <summary>
/// The reader: <c>muttsharp [-F rc] [-n] [-e cmd] [-f folder] [-R] [-y] [-z] [-Z]</c> opens the screen on
/// <c>-f</c>'s folder or <c>$spoolfile</c>, as <c>mutt</c> does; given addresses, <c>-s</c>, <c>-i</c>, <c>-a</c> or
/// <c>-H</c>, it composes that message on the screen instead, as Mutt does when its input is a terminal. Without a
/// terminal on both standard input and output it refuses, pointing at what works without one.
/// </summary>
internal static class ReaderCommand
{
    public const string NoTerminal = "muttsharp: no terminal (stdin/stdout is not a tty); use `muttsharp index` or batch mode";

    public static async Task<int> RunAsync(ReaderOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        if (!HasTerminal(console))
        {
            console.Error.WriteLine(NoTerminal);
            return ExitCodes.Failure;
        }
        if (options.Folders.Count > 1)
        {
            console.Error.WriteLine("muttsharp: -f may be given once");
            return ExitCodes.Usage;
        }
        var startup = new ReaderStartup
        {
            Files = options.Files,
            SkipSystemFiles = options.SkipSystemFiles,
            Commands = options.Commands,
            Folder = options.Folders.Count == 1 ? options.Folders[0] : null,
            ReadOnly = options.ReadOnly,
            MailboxList = options.MailboxList,
            OpenFirstWithNewMail = options.OpenFirstWithNewMail,
            ExitIfEmpty = options.ExitIfEmpty,
            Environment = MuttEnvironment.FromProcess(console.Environment),
            Driver = console.Environment("MUTTSHARP_DRIVER"),
            Submitter = config => Sending.Submitters.Create(config, console),
            Compose = BatchSendCommand.Applies(options) ? (config, token) => SeedAsync(options, config, token) : null,
            ComposeFromDraftFile = options.Drafts.Count > 0,
        };
        return await ReaderApp.RunAsync(startup, console.Error, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<(Core.Compose.Draft? Draft, string? Error)> SeedAsync(ReaderOptions options, MuttConfig config, CancellationToken cancellationToken)
    {
        var (seed, error) = await BatchSendCommand.BuildSeedAsync(options, config, cancellationToken).ConfigureAwait(false);
        if (seed is not null && options.Drafts.Count > 0)
            await BatchSendCommand.AddDraftDefaultsAsync(seed, Core.Compose.MessageComposer.ForConfig(config), cancellationToken).ConfigureAwait(false);
        return (seed, error);
    }

    // Only the process's own console can be a terminal: commands run in-process with other streams have none.
    internal static bool HasTerminal(CliConsole console) =>
        ReferenceEquals(console.Out, Console.Out) && !Console.IsInputRedirected && !Console.IsOutputRedirected;
}
