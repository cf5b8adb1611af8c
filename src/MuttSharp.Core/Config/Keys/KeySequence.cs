using System.Collections.Immutable;
using System.Text;

namespace MuttSharp.Core.Config.Keys;

/// <summary>An immutable sequence of keys, such as <c>gg</c> or <c>&lt;Esc&gt;v</c>, compared by value.</summary>
public sealed class KeySequence : IEquatable<KeySequence>
{
    /// <summary>Creates a sequence from keys in the order they are typed.</summary>
    public KeySequence(IEnumerable<KeyCode> keys) => Keys = [.. keys];

    /// <summary>The keys in the order they are typed.</summary>
    public ImmutableArray<KeyCode> Keys { get; }

    /// <summary>The number of keys.</summary>
    public int Length => Keys.Length;

    /// <summary>The key at <paramref name="index"/>.</summary>
    public KeyCode this[int index] => Keys[index];

    /// <summary>Parses keys as a muttrc writes them (see <see cref="KeyNames.TryParse"/>); throws on bad input.</summary>
    public static KeySequence Parse(string written) =>
        KeyNames.TryParse(written, out var keys, out string? error) ? keys : throw new FormatException(error);

    /// <summary>True when this sequence starts with all of <paramref name="prefix"/>.</summary>
    public bool StartsWith(KeySequence prefix) =>
        prefix.Length <= Length && Keys.AsSpan(0, prefix.Length).SequenceEqual(prefix.Keys.AsSpan());

    /// <inheritdoc/>
    public bool Equals(KeySequence? other) => other is not null && Keys.AsSpan().SequenceEqual(other.Keys.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as KeySequence);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var key in Keys)
            hash.Add(key);
        return hash.ToHashCode();
    }

    /// <summary>The keys as Mutt's help screen shows them, e.g. <c>&lt;Esc&gt;v</c> or <c>^D</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var key in Keys)
            text.Append(KeyNames.Format(key));
        return text.ToString();
    }
}
