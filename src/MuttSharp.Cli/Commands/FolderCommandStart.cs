using MuttSharp.Core.Config;
using MuttSharp.Core.Mailboxes;
using MuttSharp.Core.Model;
using MuttSharp.Core.Reading;

namespace MuttSharp.Cli.Commands;

/// <summary>
/// What <c>muttsharp index</c> and <c>muttsharp show</c> both do before their own work: read the
/// muttrc as <c>-F</c>, <c>-n</c> and <c>-e</c> say, printing its errors, then open the folder read-only.
/// </summary>
internal static class FolderCommandStart
{
    /// <summary>The configuration; each error in it is printed to standard error, none is fatal, as in Mutt.</summary>
    public static async Task<MuttConfig> LoadConfigAsync(IReadOnlyList<string> files, bool skipSystemFiles, IReadOnlyList<string> commands,
        CliConsole console, CancellationToken cancellationToken)
    {
        var config = await MuttConfigLoader.LoadAsync(new MuttConfigLoadOptions
        {
            Files = files,
            SkipSystemFiles = skipSystemFiles,
            Commands = commands,
            Environment = MuttEnvironment.FromProcess(console.Environment),
        }, cancellationToken).ConfigureAwait(false);
        foreach (var error in config.Errors)
            console.Error.WriteLine(error.ToString());
        return config;
    }

    /// <summary>
    /// Opens <paramref name="folder"/> (as given to <c>-f</c>, else <c>$spoolfile</c>) read-only; null
    /// when it cannot be opened, after printing why under the name of <paramref name="command"/>.
    /// </summary>
    public static Task<Mailbox?> OpenFolderAsync(string command, ReaderSettings settings, string? folder, CliConsole console, CancellationToken cancellationToken)
        => OpenFolderAsync<Mailbox>(command, settings, folder, static mailbox => mailbox, console, cancellationToken);

    /// <summary>
    /// Opens the folder as <see cref="OpenFolderAsync(string, ReaderSettings, string?, CliConsole, CancellationToken)"/>
    /// does and returns what <paramref name="prepare"/> makes of it (its threads and order, built
    /// while the header cache is validated: see <see cref="MailboxLoader.OpenAsync{T}"/>).
    /// </summary>
    public static async Task<T?> OpenFolderAsync<T>(string command, ReaderSettings settings, string? folder, Func<Mailbox, T> prepare,
        CliConsole console, CancellationToken cancellationToken)
        where T : class
    {
        string path = settings.ResolveFolder(folder);
        try
        {
            return await new MailboxLoader(settings.Loader(readOnly: true)).OpenAsync(path, prepare, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"muttsharp {command}: {path}: {e.Message}");
            return null;
        }
    }
}
