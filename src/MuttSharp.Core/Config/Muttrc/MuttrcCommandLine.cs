namespace MuttSharp.Core.Config.Muttrc;

/// <summary>
/// A command kept as written for a later consumer: a <c>color</c>, <c>bind</c>, <c>macro</c>, ... line
/// read while no implementation of that command was registered.
/// </summary>
/// <param name="Name">The command word.</param>
/// <param name="Args">Its arguments, tokenised and dequoted as for <see cref="IMuttrcCommand.TryExecute"/>.</param>
/// <param name="Source">The file it came from.</param>
/// <param name="Line">The 1-based line number.</param>
public sealed record MuttrcCommandLine(string Name, IReadOnlyList<string> Args, string Source, int Line);
