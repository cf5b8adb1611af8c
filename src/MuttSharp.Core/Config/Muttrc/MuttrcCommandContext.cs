namespace MuttSharp.Core.Config.Muttrc;

/// <summary>What a command sees while it runs: the configuration it changes and where its line came from.</summary>
public sealed class MuttrcCommandContext
{
    internal MuttrcCommandContext(MuttConfig config, MuttrcInterpreter interpreter, string source, int line)
    {
        Config = config;
        Interpreter = interpreter;
        Source = source;
        Line = line;
    }

    /// <summary>The configuration being built or changed.</summary>
    public MuttConfig Config { get; }

    /// <summary>The file the line came from (as named when sourced), or a label such as <c>-e</c>.</summary>
    public string Source { get; }

    /// <summary>The 1-based line number in <see cref="Source"/> where the command starts.</summary>
    public int Line { get; }

    internal MuttrcInterpreter Interpreter { get; }

    /// <summary>Expands a mailbox or file path as Mutt does: <c>~</c>, <c>~user</c>, <c>+</c>/<c>=</c> ($folder), <c>!</c> ($spoolfile), <c>&lt;</c> ($record), <c>&gt;</c> ($mbox), <c>-</c>/<c>^</c>.</summary>
    public string ExpandPath(string path) => Config.ExpandPath(path);
}
