using System.Collections.Immutable;

namespace MuttSharp.Core.Config.Keys;

/// <summary>
/// Reads keys one at a time against a menu's key map, as Mutt's <c>km_dokey</c> does: it waits
/// while the keys typed so far start a longer binding, falls back to <c>generic</c> for menus that
/// inherit it (handing back the keys <c>generic</c> did not use), and expands nothing itself: a
/// macro is returned for the caller to feed through <see cref="MacroText"/>.
/// A pending prefix is dropped after <see cref="Timeout"/> (<c>$key_timeout</c>), as vim's
/// <c>timeoutlen</c> does; Mutt would wait for <c>$timeout</c> instead.
/// </summary>
public sealed class KeySequenceMatcher
{
    /// <summary>Nested macro expansions allowed before "Macro loop detected." (Mutt's limit).</summary>
    public const int MacroDepthLimit = 10;

    private readonly KeyMapSet maps;
    private readonly TimeProvider time;
    private readonly List<KeyCode> pending = [];
    private KeyMenu context;
    private DateTimeOffset lastKeyAt;
    private int macroDepth;

    /// <summary>Creates a matcher for <paramref name="menu"/>.</summary>
    /// <param name="maps">The effective key maps.</param>
    /// <param name="menu">The menu whose keys are read.</param>
    /// <param name="timeout">How long a pending prefix waits for its next key; zero waits for ever.</param>
    /// <param name="time">The clock; the system clock when null.</param>
    public KeySequenceMatcher(KeyMapSet maps, KeyMenu menu, TimeSpan timeout, TimeProvider? time = null)
    {
        this.maps = maps;
        Menu = menu;
        context = menu;
        Timeout = timeout;
        this.time = time ?? TimeProvider.System;
    }

    /// <summary>The menu whose keys are read.</summary>
    public KeyMenu Menu { get; }

    /// <summary>How long a pending prefix waits for its next key; <see cref="TimeSpan.Zero"/> waits for ever.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>True while keys are held as the prefix of a longer binding.</summary>
    public bool HasPending => pending.Count > 0;

    /// <summary>The keys held as a prefix.</summary>
    public IReadOnlyList<KeyCode> Pending => pending;

    /// <summary>Feeds a key typed by the user.</summary>
    public KeyMatch Feed(KeyCode key) => Feed(KeyEvent.Typed(key));

    /// <summary>
    /// Feeds one event. A pending prefix older than <see cref="Timeout"/> is expired first (see
    /// <see cref="Expire"/>), so a late key starts a new sequence; if the expired prefix still runs
    /// something, that is returned and the new key comes back in <see cref="KeyMatch.Replay"/>.
    /// </summary>
    public KeyMatch Feed(KeyEvent input)
    {
        var now = time.GetUtcNow();
        var expired = HasPending && Timeout > TimeSpan.Zero && now - lastKeyAt >= Timeout ? Expire() : null;
        lastKeyAt = now;
        if (!input.FromMacro)
            macroDepth = 0;

        // The late prefix still ran something (in generic): return that, and hand the new key back.
        if (expired is { Kind: not KeyMatchKind.NoMatch } && !input.IsFunction)
            return expired with { Replay = [.. expired.Replay, input.Key] };

        if (input.IsFunction)
            return Call(input.Function!);

        pending.Add(input.Key);
        return Count(Step());
    }

    /// <summary>
    /// Gives up on the pending prefix (the timeout fired): menus that inherit <c>generic</c> try the
    /// keys there once more, as Mutt does when the menu's own map fails.
    /// </summary>
    public KeyMatch Expire()
    {
        if (!HasPending)
            return KeyMatch.None([]);
        var keys = pending.ToImmutableArray();
        if (context != KeyMenu.Generic && KeyMenus.InheritsGeneric(Menu))
        {
            var fromGeneric = MatchIn(KeyMenu.Generic, keys, final: true);
            Reset();
            return Count(fromGeneric);
        }
        Reset();
        return KeyMatch.None(keys);
    }

    /// <summary>Forgets any pending prefix (for example when the menu changes or input is flushed).</summary>
    public void Reset()
    {
        pending.Clear();
        context = Menu;
    }

    private KeyMatch Step()
    {
        var keys = pending.ToImmutableArray();
        var result = MatchIn(context, keys, final: false);
        if (result.Kind == KeyMatchKind.NoMatch && result.Binding is null && context == Menu && Menu != KeyMenu.Generic && KeyMenus.InheritsGeneric(Menu))
        {
            // The menu's own map failed: hand every key read so far to generic, as Mutt's retry_generic.
            context = KeyMenu.Generic;
            result = MatchIn(KeyMenu.Generic, keys, final: false);
        }
        if (result.Kind != KeyMatchKind.Prefix)
            Reset();
        return result;
    }

    // Finds the shortest prefix of keys with a binding in one menu; keys after it are replayed.
    private KeyMatch MatchIn(KeyMenu menu, ImmutableArray<KeyCode> keys, bool final)
    {
        var map = maps[menu];
        for (int n = 1; n <= keys.Length; n++)
        {
            var head = new KeySequence(keys.Take(n));
            if (map.Find(head) is { } binding)
                return Matched(binding, keys[..n], keys[n..]);
            if (!map.IsPrefix(head))
                return KeyMatch.None(keys);
        }
        return final ? KeyMatch.None(keys) : KeyMatch.Waiting(keys);
    }

    private static KeyMatch Matched(KeyBinding binding, ImmutableArray<KeyCode> keys, ImmutableArray<KeyCode> replay)
    {
        if (binding.IsMacro)
            return new KeyMatch(KeyMatchKind.Macro, keys, binding, null, replay);
        if (binding.IsNoop)
            return new KeyMatch(KeyMatchKind.NoMatch, keys, binding, null, replay);
        return new KeyMatch(KeyMatchKind.Function, keys, binding, binding.Function, replay);
    }

    private KeyMatch Call(string function)
    {
        // A function event ends whatever prefix was pending, as in Mutt.
        Reset();
        return KeyFunctions.TryFind(Menu, function, out _)
            ? new KeyMatch(KeyMatchKind.Function, [], null, function, [])
            : KeyMatch.None([]);
    }

    // Mutt counts macro expansions until a function comes out; more than the limit is a loop.
    private KeyMatch Count(KeyMatch result)
    {
        if (result.Kind == KeyMatchKind.Function)
            macroDepth = 0;
        if (result.Kind != KeyMatchKind.Macro)
            return result;
        if (++macroDepth > MacroDepthLimit)
        {
            macroDepth = 0;
            Reset();
            return result with { Kind = KeyMatchKind.MacroLoop };
        }
        return result;
    }
}
