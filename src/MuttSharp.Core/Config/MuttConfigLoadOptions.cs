using MuttSharp.Core.Config.Muttrc;

namespace MuttSharp.Core.Config;

/// <summary>What the reader's command line says about configuration: Mutt's <c>-F</c>, <c>-n</c> and <c>-e</c>.</summary>
public sealed record MuttConfigLoadOptions
{
    /// <summary>Files given with <c>-F</c>, read instead of the user's muttrc (and config.toml); empty to search.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary><c>-n</c>: do not read the system-wide files.</summary>
    public bool SkipSystemFiles { get; init; }

    /// <summary>Commands given with <c>-e</c>, run after every file.</summary>
    public IReadOnlyList<string> Commands { get; init; } = [];

    /// <summary>The environment; the process's when null.</summary>
    public MuttEnvironment? Environment { get; init; }

    /// <summary>The command registry with every command MuttSharp implements registered; the built-ins only when null.</summary>
    public MuttrcCommandRegistry? Registry { get; init; }

    /// <summary>The system-wide files, read first in this order unless <see cref="SkipSystemFiles"/>.</summary>
    public IReadOnlyList<string> SystemFiles { get; init; } = ["/etc/Muttrc", "/etc/muttsharp/Muttrc"];
}
