using MuttSharp.Core.Config.Muttrc;

namespace MuttSharp.Core.Config.Colors;

/// <summary>
/// Plugs <c>color</c>, <c>mono</c>, <c>uncolor</c> and <c>unmono</c> into the muttrc reader. They
/// record into the <see cref="ColorConfiguration"/> kept on the <see cref="MuttConfig"/>; the
/// themes code lays them over the selected theme.
/// </summary>
public static class ColorMuttrcCommands
{
    /// <summary>Registers the four commands.</summary>
    public static void Register(MuttrcCommandRegistry registry)
    {
        registry.Register(new Line("color", static (c, a) => c.Color(a)));
        registry.Register(new Line("mono", static (c, a) => c.Mono(a)));
        registry.Register(new Line("uncolor", static (c, a) => c.Uncolor(a)));
        registry.Register(new Line("unmono", static (c, a) => c.Unmono(a)));
    }

    private sealed class Line(string name, Func<ColorConfiguration, IReadOnlyList<string>, string?> record) : IMuttrcCommand
    {
        public string Name => name;

        public bool TryExecute(MuttrcCommandContext context, IReadOnlyList<string> args, out string? error)
        {
            error = record(context.Config.GetExtension<ColorConfiguration>(), args);
            return error is null;
        }
    }
}
