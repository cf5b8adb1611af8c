namespace MuttSharp.Core.Config.Keys;

/// <summary>
/// The bindings of one menu. Binding a sequence replaces every binding that is a prefix of it or
/// that it is a prefix of, as Mutt's <c>km_bind</c> does: <c>bind index gg first-entry</c> takes
/// <c>g</c> away from <c>group-reply</c>. So within one menu a bound sequence is never also a prefix.
/// </summary>
public sealed class KeyMap
{
    private readonly Dictionary<KeySequence, KeyBinding> bindings = [];
    private HashSet<KeySequence>? prefixes;

    /// <summary>Creates an empty map for <paramref name="menu"/>.</summary>
    public KeyMap(KeyMenu menu) => Menu = menu;

    /// <summary>The menu this map belongs to.</summary>
    public KeyMenu Menu { get; }

    /// <summary>The bindings, ordered by how their keys are written (<c>^D</c>, <c>a</c>, <c>gg</c>).</summary>
    public IEnumerable<KeyBinding> Bindings => bindings.Values.OrderBy(b => b.Keys.ToString(), StringComparer.Ordinal);

    /// <summary>The number of bound sequences (noop ones included).</summary>
    public int Count => bindings.Count;

    /// <summary>Binds <paramref name="keys"/> to a function (or <see cref="KeyBinding.Noop"/>).</summary>
    public void BindFunction(KeySequence keys, string function) => Add(new KeyBinding(keys, function, null, null));

    /// <summary>Binds <paramref name="keys"/> to a macro.</summary>
    public void BindMacro(KeySequence keys, string macro, string? description) =>
        Add(new KeyBinding(keys, null, macro, description));

    /// <summary>The binding of exactly <paramref name="keys"/>, if any.</summary>
    public KeyBinding? Find(KeySequence keys) => bindings.GetValueOrDefault(keys);

    /// <summary>True when some longer bound sequence starts with <paramref name="keys"/>.</summary>
    public bool IsPrefix(KeySequence keys)
    {
        prefixes ??= BuildPrefixes();
        return prefixes.Contains(keys);
    }

    /// <summary>Every key sequence bound to <paramref name="function"/>, shortest first.</summary>
    public IEnumerable<KeySequence> KeysFor(string function) =>
        bindings.Values.Where(b => b.Function == function).Select(b => b.Keys).OrderBy(k => k.Length).ThenBy(k => k.ToString(), StringComparer.Ordinal);

    private void Add(KeyBinding binding)
    {
        var conflicts = bindings.Keys.Where(k => k.StartsWith(binding.Keys) || binding.Keys.StartsWith(k)).ToList();
        foreach (var k in conflicts)
            bindings.Remove(k);
        bindings[binding.Keys] = binding;
        prefixes = null;
    }

    private HashSet<KeySequence> BuildPrefixes()
    {
        var set = new HashSet<KeySequence>();
        foreach (var keys in bindings.Keys)
            for (int n = 1; n < keys.Length; n++)
                set.Add(new KeySequence(keys.Keys.Take(n)));
        return set;
    }
}
