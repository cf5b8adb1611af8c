using System.Text;

namespace MuttSharp.Core.Config.Keys;

/// <summary>
/// Turns the text of a macro or of <c>push</c> into input events, as Mutt's
/// <c>tokenize_push_string</c> does: <c>&lt;keyname&gt;</c> and <c>&lt;fN&gt;</c> become keys,
/// <c>&lt;function-name&gt;</c> of any menu becomes a function call, everything else is typed as is.
/// The text is a muttrc token whose escapes (<c>\n</c>, <c>^G</c>, ...) are already resolved.
/// </summary>
public static class MacroText
{
    /// <summary>Parses macro text into events, each marked as coming from a macro.</summary>
    public static IReadOnlyList<KeyEvent> Parse(string text)
    {
        var events = new List<KeyEvent>(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == '<')
            {
                int close = text.IndexOf('>', i + 1);
                if (close > i && TryParseBracket(text[i..(close + 1)], out var bracketed))
                {
                    events.Add(bracketed);
                    i = close + 1;
                    continue;
                }
            }
            var rune = Rune.GetRuneAt(text, i);
            events.Add(KeyEvent.Pushed(KeyCode.Char(rune.Value)));
            i += rune.Utf16SequenceLength;
        }
        return events;
    }

    /// <summary>
    /// The events of <c>exec function [function ...]</c>: each name must be a function of
    /// <paramref name="menu"/> (or of <c>generic</c> when the menu inherits it). The error is Mutt's
    /// <c>"NAME: no such function"</c>, or <c>"exec: no arguments"</c>.
    /// </summary>
    public static bool TryParseExec(IReadOnlyList<string> functions, KeyMenu menu, out IReadOnlyList<KeyEvent> events, out string? error)
    {
        events = [];
        if (functions.Count == 0)
        {
            error = "exec: no arguments";
            return false;
        }
        var list = new List<KeyEvent>(functions.Count);
        foreach (string name in functions)
        {
            if (!KeyFunctions.TryFind(menu, name, out _))
            {
                error = $"{name}: no such function";
                return false;
            }
            list.Add(KeyEvent.Call(name));
        }
        events = list;
        error = null;
        return true;
    }

    private static bool TryParseBracket(string bracketed, out KeyEvent result)
    {
        // Key names first (so <Enter> is a key), then function names.
        if (KeyNames.TryParseNames(bracketed, out var keys, out _) && keys.Length == 1)
        {
            var key = keys[0];
            if (!key.IsChar || key.CodePoint != '<')
            {
                result = KeyEvent.Pushed(key);
                return true;
            }
        }
        string name = bracketed[1..^1];
        if (KeyFunctions.IsKnown(name))
        {
            result = KeyEvent.Call(name);
            return true;
        }
        result = default;
        return false;
    }
}
