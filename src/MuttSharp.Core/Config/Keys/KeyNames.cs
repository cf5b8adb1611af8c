using System.Globalization;
using System.Text;

namespace MuttSharp.Core.Config.Keys;

/// <summary>
/// Key names as Mutt writes them: the backslash escapes of a muttrc token (<c>\Cd</c>, <c>\e</c>,
/// <c>\177</c>, <c>\n</c>), the <c>^D</c> form inside macros and <c>push</c>, the bracketed names
/// (<c>&lt;PageDown&gt;</c>, <c>&lt;Esc&gt;</c>, <c>&lt;f1&gt;</c>, <c>&lt;177&gt;</c>), and plain characters.
/// Parsing never throws: it reports what was wrong and where.
/// </summary>
public static class KeyNames
{
    // Mutt's KeyNames table: the first name of a code is the one shown.
    private static readonly (string Name, KeyCode Key)[] Names =
    [
        ("<PageUp>", KeyCode.Special(SpecialKey.PageUp)),
        ("<PageDown>", KeyCode.Special(SpecialKey.PageDown)),
        ("<Up>", KeyCode.Special(SpecialKey.Up)),
        ("<Down>", KeyCode.Special(SpecialKey.Down)),
        ("<Right>", KeyCode.Special(SpecialKey.Right)),
        ("<Left>", KeyCode.Special(SpecialKey.Left)),
        ("<Delete>", KeyCode.Special(SpecialKey.Delete)),
        ("<BackSpace>", KeyCode.Special(SpecialKey.Backspace)),
        ("<Insert>", KeyCode.Special(SpecialKey.Insert)),
        ("<Home>", KeyCode.Special(SpecialKey.Home)),
        ("<End>", KeyCode.Special(SpecialKey.End)),
        ("<Enter>", KeyCode.Char('\n')),
        ("<Return>", KeyCode.Char('\r')),
        ("<KeypadEnter>", KeyCode.Special(SpecialKey.KeypadEnter)),
        ("<Esc>", KeyCode.Escape),
        ("<Tab>", KeyCode.Char('\t')),
        ("<Space>", KeyCode.Char(' ')),
        ("<BackTab>", KeyCode.Special(SpecialKey.BackTab)),
        ("<Next>", KeyCode.Special(SpecialKey.Next)),
        ("<C-Up>", KeyCode.Special(SpecialKey.CtrlUp)),
        ("<C-Down>", KeyCode.Special(SpecialKey.CtrlDown)),
        ("<C-Left>", KeyCode.Special(SpecialKey.CtrlLeft)),
        ("<C-Right>", KeyCode.Special(SpecialKey.CtrlRight)),
        ("<C-Home>", KeyCode.Special(SpecialKey.CtrlHome)),
        ("<C-End>", KeyCode.Special(SpecialKey.CtrlEnd)),
        ("<C-Next>", KeyCode.Special(SpecialKey.CtrlNext)),
        ("<C-Prev>", KeyCode.Special(SpecialKey.CtrlPrev)),
        ("<S-Up>", KeyCode.Special(SpecialKey.ShiftUp)),
        ("<S-Down>", KeyCode.Special(SpecialKey.ShiftDown)),
        ("<S-Left>", KeyCode.Special(SpecialKey.ShiftLeft)),
        ("<S-Right>", KeyCode.Special(SpecialKey.ShiftRight)),
        ("<S-Home>", KeyCode.Special(SpecialKey.ShiftHome)),
        ("<S-End>", KeyCode.Special(SpecialKey.ShiftEnd)),
        ("<S-Next>", KeyCode.Special(SpecialKey.ShiftNext)),
        ("<S-Prev>", KeyCode.Special(SpecialKey.ShiftPrev)),
        ("<A-Up>", KeyCode.Special(SpecialKey.AltUp)),
        ("<A-Down>", KeyCode.Special(SpecialKey.AltDown)),
        ("<A-Left>", KeyCode.Special(SpecialKey.AltLeft)),
        ("<A-Right>", KeyCode.Special(SpecialKey.AltRight)),
        ("<A-Home>", KeyCode.Special(SpecialKey.AltHome)),
        ("<A-End>", KeyCode.Special(SpecialKey.AltEnd)),
        ("<A-Next>", KeyCode.Special(SpecialKey.AltNext)),
        ("<A-Prev>", KeyCode.Special(SpecialKey.AltPrev)),
    ];

    private static readonly Dictionary<string, KeyCode> ByName =
        Names.ToDictionary(n => n.Name, n => n.Key, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<KeyCode, string> ByKey = Names
        .GroupBy(n => n.Key)
        .ToDictionary(g => g.Key, g => g.First().Name);

    /// <summary>Every bracketed key name Mutt accepts, in Mutt's spelling.</summary>
    public static IEnumerable<string> AllNames => Names.Select(n => n.Name);

    /// <summary>
    /// Parses a key sequence as written in a muttrc <c>bind</c> or <c>macro</c> line: first the
    /// token escapes (<see cref="TryUnescape"/>), then the bracketed names (<see cref="TryParseNames"/>).
    /// </summary>
    public static bool TryParse(string written, out KeySequence keys, out string? error)
    {
        keys = new KeySequence([]);
        if (!TryUnescape(written, condenseCaret: false, out string token, out error))
            return false;
        return TryParseNames(token, out keys, out error);
    }

    /// <summary>
    /// Parses a token whose backslash escapes are already resolved (Mutt's <c>parsekeys</c>):
    /// <c>&lt;name&gt;</c> (any case), <c>&lt;fN&gt;</c>, <c>&lt;NNN&gt;</c> (octal), every other
    /// character as itself. A <c>&lt;</c> that starts no known name is the key <c>&lt;</c>.
    /// </summary>
    public static bool TryParseNames(string token, out KeySequence keys, out string? error)
    {
        var list = new List<KeyCode>();
        int i = 0;
        while (i < token.Length)
        {
            if (token[i] == '<' && token.IndexOf('>', i) is int close and > 0
                && TryParseBracketed(token.AsSpan(i, close - i + 1), out var named))
            {
                list.Add(named);
                i = close + 1;
                continue;
            }
            var rune = Rune.GetRuneAt(token, i);
            list.Add(KeyCode.Char(rune.Value));
            i += rune.Utf16SequenceLength;
        }
        keys = new KeySequence(list);
        error = list.Count == 0 ? "null key sequence" : null;
        return error is null;
    }

    /// <summary>
    /// Resolves the backslash escapes of a muttrc token: <c>\Cx</c> (Ctrl-x, any case), <c>\e</c>,
    /// <c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\f</c>, three octal digits <c>\NNN</c>, and <c>\x</c> for any
    /// other x. With <paramref name="condenseCaret"/> (macros and <c>push</c>) <c>^x</c> is Ctrl-x,
    /// <c>^[</c> is Esc and <c>^^</c> is a caret.
    /// </summary>
    public static bool TryUnescape(string text, bool condenseCaret, out string result, out string? error)
    {
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\\')
            {
                if (i + 1 >= text.Length)
                    return Fail(i, "a character after '\\'", out result, out error);
                char e = text[++i];
                switch (e)
                {
                    case 'c' or 'C':
                        if (i + 1 >= text.Length)
                            return Fail(i, "a character after '\\C'", out result, out error);
                        sb.Append((char)((char.ToUpperInvariant(text[++i]) - '@') & 0x7F));
                        break;
                    case 'r': sb.Append('\r'); break;
                    case 'n': sb.Append('\n'); break;
                    case 't': sb.Append('\t'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'e': sb.Append('\x1b'); break;
                    default:
                        if (i + 2 < text.Length && IsOctal(e) && IsOctal(text[i + 1]) && IsOctal(text[i + 2]))
                        {
                            sb.Append((char)(((e - '0') << 6) + ((text[i + 1] - '0') << 3) + (text[i + 2] - '0')));
                            i += 2;
                        }
                        else
                        {
                            sb.Append(e);
                        }
                        break;
                }
            }
            else if (c == '^' && condenseCaret)
            {
                if (i + 1 >= text.Length)
                    return Fail(i, "a character after '^'", out result, out error);
                AppendCaret(sb, text[++i]);
            }
            else
            {
                sb.Append(c);
            }
        }
        result = sb.ToString();
        error = null;
        return true;
    }

    /// <summary>
    /// The caret form of a macro or <c>push</c> token whose backslash escapes are already resolved:
    /// <c>^x</c> is Ctrl-x, <c>^[</c> Esc, <c>^^</c> a caret; a caret at the end stays a caret.
    /// </summary>
    public static string CondenseCarets(string token)
    {
        if (!token.Contains('^'))
            return token;
        var sb = new StringBuilder(token.Length);
        for (int i = 0; i < token.Length; i++)
        {
            if (token[i] == '^' && i + 1 < token.Length)
                AppendCaret(sb, token[++i]);
            else
                sb.Append(token[i]);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Mutt's name for one key (<c>km_keyname</c>): a bracketed name, <c>^X</c> for control
    /// characters, <c>\ooo</c> for C1 controls, <c>&lt;F1&gt;</c>, or the character itself.
    /// </summary>
    public static string Format(KeyCode key)
    {
        if (ByKey.TryGetValue(key, out string? name))
            return name;
        if (key.FunctionNumber >= 0)
            return "<F" + key.FunctionNumber.ToString(CultureInfo.InvariantCulture) + ">";
        int c = key.CodePoint;
        if (c < 0x20 || c == 0x7F)
            return "^" + (char)((c + '@') & 0x7F);
        if (c is >= 0x80 and < 0xA0)
            return "\\" + Convert.ToString(c, 8).PadLeft(3, '0');
        if (Rune.IsValid(c) && !Rune.IsControl(new Rune(c)))
            return new Rune(c).ToString();
        return "\\x" + c.ToString("x", CultureInfo.InvariantCulture);
    }

    /// <summary>Formats a whole sequence, as <see cref="KeySequence.ToString"/> does.</summary>
    public static string Format(IEnumerable<KeyCode> keys) => string.Concat(keys.Select(Format));

    private static bool TryParseBracketed(ReadOnlySpan<char> bracketed, out KeyCode key)
    {
        var lookup = ByName.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(bracketed, out key))
            return true;
        var inner = bracketed[1..^1];
        // <fN>: function keys, N from 1 (Mutt refuses <f0>).
        if (inner.Length > 1 && (inner[0] is 'f' or 'F')
            && int.TryParse(inner[1..], NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            && n is > 0 and <= KeyCode.MaxFunctionKey)
        {
            key = KeyCode.Function(n);
            return true;
        }
        // <NNN>: an octal key code, surrounding spaces allowed as Mutt allows them.
        var digits = inner.Trim(' ');
        if (digits.Length is > 0 and <= 7 && digits.IndexOfAnyExcept("01234567") < 0)
        {
            int code = 0;
            foreach (char d in digits)
                code = (code << 3) + (d - '0');
            if (code is > 0 and <= 0x10FFFF && !(code is >= 0xD800 and <= 0xDFFF))
            {
                key = KeyCode.Char(code);
                return true;
            }
        }
        key = default;
        return false;
    }

    private static void AppendCaret(StringBuilder sb, char e)
    {
        if (e == '^')
            sb.Append('^');
        else if (e == '[')
            sb.Append('\x1b');
        else if (char.IsAsciiLetter(e))
            sb.Append((char)(char.ToUpperInvariant(e) - '@'));
        else
            sb.Append('^').Append(e);
    }

    private static bool IsOctal(char c) => c is >= '0' and <= '7';

    private static bool Fail(int position, string expected, out string result, out string? error)
    {
        result = "";
        error = $"column {position + 1}: expected {expected}";
        return false;
    }
}
