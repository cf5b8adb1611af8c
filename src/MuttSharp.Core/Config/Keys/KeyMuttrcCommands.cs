using MuttSharp.Core.Config.Muttrc;

namespace MuttSharp.Core.Config.Keys;

/// <summary>
/// Plugs <c>bind</c>, <c>macro</c>, <c>push</c> and <c>exec</c> into the muttrc reader. They record
/// into the <see cref="KeyConfiguration"/> kept on the <see cref="MuttConfig"/>; after loading,
/// <see cref="BuildKeyMaps"/> gives the effective key maps for <c>$keymap</c>.
/// </summary>
public static class KeyMuttrcCommands
{
    /// <summary>Registers the four commands.</summary>
    public static void Register(MuttrcCommandRegistry registry)
    {
        registry.Register(new BindCommand());
        registry.Register(new MacroCommand());
        registry.Register(new PushCommand());
        registry.Register(new ExecCommand());
    }

    /// <summary>
    /// The effective key maps: the profile named by <c>$keymap</c> with every <c>bind</c> and
    /// <c>macro</c> read laid over it in order. An unknown profile gives the default one and an error.
    /// </summary>
    public static KeyMapSet BuildKeyMaps(MuttConfig config, out string? error)
    {
        var keys = config.GetExtension<KeyConfiguration>();
        if (config.Variables.TryFind(KeySettings.KeymapVariable, out _))
            keys.Profile = config.GetString(KeySettings.KeymapVariable);
        if (config.Variables.TryFind(KeySettings.KeyTimeoutVariable, out _))
            keys.KeyTimeout = TimeSpan.FromMilliseconds(config.GetNumber(KeySettings.KeyTimeoutVariable));
        return keys.Build(out error);
    }

    // "MENUS KEYS ..." as Mutt's parse_keymap reads it; keys are a dequoted token.
    private static string? ParseMenusAndKeys(IReadOnlyList<string> args, out IReadOnlyList<KeyMenu> menus, out KeySequence keys)
    {
        keys = new KeySequence([]);
        menus = [];
        if (args.Count < 2)
            return "too few arguments";
        if (!KeyMenus.TryParseList(args[0], out menus, out string? menuError))
            return menuError;
        if (!KeyNames.TryParseNames(args[1], out keys, out string? keyError))
            return keyError;
        return args.Count < 3 ? "too few arguments" : null;
    }

    private sealed class BindCommand : IMuttrcCommand
    {
        public string Name => "bind";

        public bool TryExecute(MuttrcCommandContext context, IReadOnlyList<string> args, out string? error)
        {
            error = ParseMenusAndKeys(args, out var menus, out var keys);
            if (error is null && args.Count > 3)
                error = "bind: too many arguments";
            error ??= context.Config.GetExtension<KeyConfiguration>().Bind(menus, keys, args[2]);
            return error is null;
        }
    }

    private sealed class MacroCommand : IMuttrcCommand
    {
        public string Name => "macro";

        public bool TryExecute(MuttrcCommandContext context, IReadOnlyList<string> args, out string? error)
        {
            error = ParseMenusAndKeys(args, out var menus, out var keys);
            if (error == "too few arguments" && args.Count == 2)
                error = "macro: empty key sequence";
            if (error is null && args.Count > 4)
                error = "macro: too many arguments";
            error ??= context.Config.GetExtension<KeyConfiguration>()
                .Macro(menus, keys, KeyNames.CondenseCarets(args[2]), args.Count > 3 ? KeyNames.CondenseCarets(args[3]) : null);
            return error is null;
        }
    }

    private sealed class PushCommand : IMuttrcCommand
    {
        public string Name => "push";

        public bool TryExecute(MuttrcCommandContext context, IReadOnlyList<string> args, out string? error)
        {
            error = args.Count > 1 ? "push: too many arguments" : null;
            if (error is null && args.Count == 1)
                context.Config.GetExtension<KeyConfiguration>().Push(KeyNames.CondenseCarets(args[0]));
            return error is null;
        }
    }

    private sealed class ExecCommand : IMuttrcCommand
    {
        public string Name => "exec";

        public bool TryExecute(MuttrcCommandContext context, IReadOnlyList<string> args, out string? error)
        {
            error = context.Config.GetExtension<KeyConfiguration>().Exec(args);
            return error is null;
        }
    }
}
