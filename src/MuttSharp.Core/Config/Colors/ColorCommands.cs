using System.Globalization;

namespace MuttSharp.Core.Config.Colors;

/// <summary>
/// The <c>color</c>, <c>mono</c>, <c>uncolor</c> and <c>unmono</c> commands applied to a
/// <see cref="ColorTable"/>, with Mutt's grammar and error wording (Mutt's <c>color.c</c>). The
/// arguments are the muttrc tokens after the command name. Each method returns null on success,
/// or the error text; on error the table is unchanged.
/// </summary>
public static class ColorCommands
{
    private static readonly (string Name, ColorAttributes Value)[] Attributes =
    [
        ("bold", ColorAttributes.Bold),
        ("underline", ColorAttributes.Underline),
        ("reverse", ColorAttributes.Reverse),
        ("standout", ColorAttributes.Standout),
        ("blink", ColorAttributes.Blink),
        ("italic", ColorAttributes.Italic),
    ];

    /// <summary><c>color OBJECT [ATTR...] FG BG [PATTERN]</c>.</summary>
    public static string? Color(ColorTable table, IReadOnlyList<string> args, ColorOptions? options = null)
    {
        options ??= ColorOptions.Default;
        int at = 0;
        if (ParseObject(args, ref at, out var o, out int level) is { } objectError)
            return objectError;

        var attributes = ColorAttributes.None;
        TerminalColor fg;
        while (true)
        {
            if (at >= args.Count)
                return "color: too few arguments";
            string token = args[at++];
            if (TryAttribute(token, ref attributes))
                continue;
            if (ParseColor(token, isForeground: true, options.PaletteSize, ref attributes, out fg) is { } fgError)
                return fgError;
            break;
        }
        if (at >= args.Count)
            return "color: too few arguments";
        if (ParseColor(args[at++], isForeground: false, options.PaletteSize, ref attributes, out var bg) is { } bgError)
            return bgError;

        return Apply(table, args, at, o, level, new ColorSpec(fg, bg, attributes), options);
    }

    /// <summary><c>mono OBJECT ATTR [PATTERN]</c>.</summary>
    public static string? Mono(ColorTable table, IReadOnlyList<string> args, ColorOptions? options = null)
    {
        options ??= ColorOptions.Default;
        int at = 0;
        if (ParseObject(args, ref at, out var o, out int level) is { } objectError)
            return objectError;
        if (at >= args.Count)
            return "mono: too few arguments";
        var attributes = ColorAttributes.None;
        string token = args[at++];
        if (!TryAttribute(token, ref attributes))
            return $"{token}: no such attribute";
        return Apply(table, args, at, o, level, ColorSpec.Mono(attributes), options);
    }

    /// <summary>
    /// <c>uncolor|unmono index|header|body PATTERN...</c>, where <c>*</c> removes every rule of the object.
    /// </summary>
    /// <param name="table">The table to change.</param>
    /// <param name="args">The tokens after the command name.</param>
    /// <param name="command">"uncolor" or "unmono", for the error text.</param>
    public static string? Uncolor(ColorTable table, IReadOnlyList<string> args, string command = "uncolor")
    {
        if (args.Count == 0)
            return $"{command}: too few arguments";
        if (!ColorObjects.TryParse(args[0], out var o, out _, out string? error))
            return error;
        if (!ColorObjects.TakesPattern(o))
            return $"{command}: command valid only for index, body, header objects";
        if (args.Count < 2)
            return $"{command}: too few arguments";
        foreach (string pattern in args.Skip(1))
        {
            if (pattern == "*")
                table.ClearRules(o);
            else
                table.RemoveRule(o, pattern);
        }
        return null;
    }

    private static string? ParseObject(IReadOnlyList<string> args, ref int at, out ColorObject o, out int level)
    {
        level = 0;
        o = default;
        if (at >= args.Count)
            return "Missing arguments.";
        string name = args[at++];
        if (name.Equals("compose", StringComparison.OrdinalIgnoreCase))
        {
            if (at >= args.Count)
                return "Missing arguments.";
            return ColorObjects.TryParseCompose(args[at++], out o, out string? composeError) ? null : composeError;
        }
        return ColorObjects.TryParse(name, out o, out level, out string? error) ? null : error;
    }

    private static string? Apply(ColorTable table, IReadOnlyList<string> args, int at, ColorObject o, int level, ColorSpec spec, ColorOptions options)
    {
        string? pattern = null;
        if (ColorObjects.TakesPattern(o))
        {
            if (at >= args.Count)
                return "too few arguments";
            pattern = args[at++];
        }
        if (at < args.Count)
            return "too many arguments";

        switch (o)
        {
            case ColorObject.Header:
                return AddRegexRule(table, o, pattern!, spec, ignoreCase: true, StringComparison.OrdinalIgnoreCase, options);
            case ColorObject.Body:
                return AddRegexRule(table, o, pattern!, spec, PosixRegex.IgnoresCase(pattern!), StringComparison.Ordinal, options);
            case ColorObject.Index:
                object? compiled = null;
                if (!table.HasRule(o, pattern!, StringComparison.Ordinal) && options.CompileIndexPattern is { } compile)
                {
                    (compiled, string? error) = compile(pattern!);
                    if (error is not null)
                        return error;
                }
                table.AddRule(new ColorRule(o, pattern!, spec, null, compiled), StringComparison.Ordinal);
                return null;
            case ColorObject.Quoted:
                table.SetQuoted(level, spec);
                return null;
            default:
                table.Set(o, spec);
                return null;
        }
    }

    private static string? AddRegexRule(ColorTable table, ColorObject o, string pattern, ColorSpec spec, bool ignoreCase, StringComparison comparison, ColorOptions options)
    {
        if (table.HasRule(o, pattern, comparison))
        {
            table.AddRule(new ColorRule(o, pattern, spec, null, null), comparison);
            return null;
        }
        if (!PosixRegex.TryCompile(pattern, ignoreCase, options.RegexTimeout, out var regex, out string? error))
            return error;
        table.AddRule(new ColorRule(o, pattern, spec, regex, null), comparison);
        return null;
    }

    // "none" and "normal" clear what came before, as in Mutt.
    private static bool TryAttribute(string token, ref ColorAttributes attributes)
    {
        if (token.Equals("none", StringComparison.OrdinalIgnoreCase) || token.Equals("normal", StringComparison.OrdinalIgnoreCase))
        {
            attributes = ColorAttributes.None;
            return true;
        }
        foreach (var (name, value) in Attributes)
        {
            if (token.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                attributes |= value;
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Mutt's parse_color_name: <c>default</c>, the eight names, <c>colorN</c>, each optionally
    /// prefixed <c>bright</c> (bold for a foreground, the light colour for a background) or
    /// <c>light</c> (the light colour).
    /// </summary>
    private static string? ParseColor(string token, bool isForeground, int paletteSize, ref ColorAttributes attributes, out TerminalColor color)
    {
        color = TerminalColor.Default;
        string s = token;
        bool bright = false, light = false;
        if (s.StartsWith("bright", StringComparison.OrdinalIgnoreCase))
        {
            bright = true;
            s = s[6..];
        }
        else if (s.StartsWith("light", StringComparison.OrdinalIgnoreCase))
        {
            light = true;
            s = s[5..];
        }

        if (s.StartsWith("color", StringComparison.OrdinalIgnoreCase))
        {
            string digits = s[5..];
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int index) || index >= paletteSize || index > 255)
                return $"{digits}: color not supported by term";
            color = TerminalColor.FromIndex(index);
        }
        else if (!TerminalColor.TryFromName(s, out color))
        {
            return $"{s}: no such color";
        }

        if (bright || light)
        {
            if (isForeground && bright)
                attributes |= ColorAttributes.Bold;
            else if (color.Index is >= 0 and <= 7 && paletteSize >= 16)
                color = TerminalColor.FromIndex(color.Index + 8);
        }
        return null;
    }
}
