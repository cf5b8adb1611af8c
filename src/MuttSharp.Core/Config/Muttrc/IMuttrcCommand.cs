namespace MuttSharp.Core.Config.Muttrc;

/// <summary>
/// A muttrc command (<c>set</c>, <c>color</c>, <c>bind</c>, ...). Implementations are registered on a
/// <see cref="MuttrcCommandRegistry"/>; the reader looks every command name up there.
/// </summary>
public interface IMuttrcCommand
{
    /// <summary>The command word as it appears in a muttrc, e.g. <c>color</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Runs the command. <paramref name="args"/> are already tokenised and dequoted as Mutt does it:
    /// quotes removed, backslash escapes decoded (<c>\Cd</c> is U+0004, <c>\e</c> is U+001B, <c>\n</c>
    /// a newline), <c>$VAR</c> and backticks expanded outside single quotes.
    /// </summary>
    /// <returns>False with <paramref name="error"/> set (Mutt's wording, no file or line) when the line is wrong.</returns>
    bool TryExecute(MuttrcCommandContext context, IReadOnlyList<string> args, out string? error);
}
