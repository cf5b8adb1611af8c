using System.Diagnostics.CodeAnalysis;
using MuttSharp.Core.Config.Muttrc.Commands;

namespace MuttSharp.Core.Config.Muttrc;

/// <summary>
/// The commands a muttrc may use, by name. <see cref="CreateDefault"/> holds every command MuttSharp
/// knows; <see cref="Register"/> adds or replaces one.
/// </summary>
public sealed class MuttrcCommandRegistry
{
    private readonly Dictionary<string, IMuttrcCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BuiltinCommand> _builtins = new(StringComparer.Ordinal);

    /// <summary>A registry holding every command MuttSharp knows: the built-ins (set, source, alias, hooks, ...), key maps and colours.</summary>
    public static MuttrcCommandRegistry CreateDefault()
    {
        var registry = new MuttrcCommandRegistry();
        foreach (var command in BuiltinCommands.All)
            registry._builtins[command.Name] = command;
        Keys.KeyMuttrcCommands.Register(registry);
        Colors.ColorMuttrcCommands.Register(registry);
        return registry;
    }

    /// <summary>Adds a command; it takes precedence over a built-in or earlier command of the same name.</summary>
    public void Register(IMuttrcCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        _commands[command.Name] = command;
    }

    /// <summary>Finds a command registered with <see cref="Register"/> (built-ins are not returned).</summary>
    public bool TryGet(string name, [NotNullWhen(true)] out IMuttrcCommand? command) => _commands.TryGetValue(name, out command);

    /// <summary>True when a line naming <paramref name="name"/> is executed rather than kept or refused.</summary>
    public bool IsKnown(string name) => _commands.ContainsKey(name) || _builtins.ContainsKey(name);

    /// <summary>Every command name a muttrc may use.</summary>
    public IEnumerable<string> Names => _builtins.Keys.Union(_commands.Keys).Order(StringComparer.Ordinal);

    internal bool TryGetBuiltin(string name, [NotNullWhen(true)] out BuiltinCommand? command) => _builtins.TryGetValue(name, out command);
}
