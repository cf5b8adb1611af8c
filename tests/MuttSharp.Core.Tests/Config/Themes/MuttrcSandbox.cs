using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Colors;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Config.Muttrc;

namespace MuttSharp.Core.Tests.Config;

/// <summary>A muttrc reader with the key and colour commands registered, and a temporary directory for its files.</summary>
internal sealed class MuttrcSandbox : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("muttsharp-rc-").FullName;

    public MuttrcSandbox()
    {
        var registry = MuttrcCommandRegistry.CreateDefault();
        KeyMuttrcCommands.Register(registry);
        ColorMuttrcCommands.Register(registry);
        Config = new MuttConfig(commands: registry);
    }

    public MuttConfig Config { get; }

    /// <summary>Sources <paramref name="muttrc"/> from a file and returns the errors of its lines.</summary>
    public async Task<IReadOnlyList<MuttrcError>> Source(string muttrc)
    {
        string path = Path.Combine(root, "muttrc");
        await File.WriteAllTextAsync(path, muttrc);
        await Config.SourceAsync(path);
        // The reader ends a file with errors with Mutt's "source: errors in FILE" summary; keep the lines.
        return [.. Config.Errors.Where(e => e.Line > 0)];
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
