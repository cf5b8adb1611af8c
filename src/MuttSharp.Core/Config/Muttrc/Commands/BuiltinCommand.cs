namespace MuttSharp.Core.Config.Muttrc.Commands;

/// <summary>
/// A command the reader implements itself. It reads its own arguments from the line, because Mutt reads
/// some of them with special rules (a variable name stops at <c>=</c>; a hook's command keeps its spaces).
/// </summary>
internal abstract class BuiltinCommand(string name)
{
    /// <summary>The command word.</summary>
    public string Name { get; } = name;

    /// <summary>Runs the command; returns Mutt's error text, or null on success.</summary>
    public virtual ValueTask<string?> RunAsync(MuttrcCommandContext context, MuttrcArguments args, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Run(context, args));

    /// <summary>The synchronous body most commands have.</summary>
    protected virtual string? Run(MuttrcCommandContext context, MuttrcArguments args) => null;
}
