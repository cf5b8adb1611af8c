using System.Collections.Immutable;

namespace MuttSharp.Core.Config.Keys;

/// <summary>The outcome of one key fed to a <see cref="KeySequenceMatcher"/>.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Keys">The keys this outcome consumed (for <see cref="KeyMatchKind.NoMatch"/>, the unmatched ones).</param>
/// <param name="Binding">The binding that matched, for functions and macros typed by key.</param>
/// <param name="Function">The function to run, for <see cref="KeyMatchKind.Function"/>.</param>
/// <param name="Replay">
/// Keys that were read but belong to what comes next (Mutt "ungets" them): feed them to the
/// matcher again, before any new input.
/// </param>
public sealed record KeyMatch(
    KeyMatchKind Kind,
    ImmutableArray<KeyCode> Keys,
    KeyBinding? Binding,
    string? Function,
    ImmutableArray<KeyCode> Replay)
{
    /// <summary>The message Mutt shows for a macro loop.</summary>
    public const string MacroLoopMessage = "Macro loop detected.";

    internal static KeyMatch Waiting(IEnumerable<KeyCode> keys) => new(KeyMatchKind.Prefix, [.. keys], null, null, []);

    internal static KeyMatch None(IEnumerable<KeyCode> keys) => new(KeyMatchKind.NoMatch, [.. keys], null, null, []);
}
