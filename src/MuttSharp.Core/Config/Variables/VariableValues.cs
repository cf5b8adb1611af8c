using System.Globalization;
using System.Text.RegularExpressions;
using MuttSharp.Core.Text;

namespace MuttSharp.Core.Config.Variables;

/// <summary>
/// Parsing and printing of variable values, one rule per <see cref="VariableType"/>. Parsing never
/// throws: a bad value yields Mutt's error wording and leaves the variable as it was.
/// </summary>
internal static class VariableValues
{
    private static readonly string[] QuadNames = ["no", "yes", "ask-no", "ask-yes"];

    private static readonly string[] MagicNames = ["mbox", "MMDF", "MH", "Maildir"];

    /// <summary>Variables Mutt stores as a long; the rest of the numbers are C shorts.</summary>
    private static readonly HashSet<string> LongNumbers = new(StringComparer.Ordinal)
    {
        "header_cache_pagesize", "imap_fetch_chunk_size", "pgp_timeout", "smime_timeout",
    };

    /// <summary>Parses <paramref name="text"/> as a value for <paramref name="definition"/>.</summary>
    public static bool TryParse(VariableDefinition definition, string text, Func<string, string> expandPath, out object value, out string? error)
    {
        error = null;
        value = text;
        switch (definition.Type)
        {
            case VariableType.Boolean:
                if (string.Equals(text, "yes", StringComparison.OrdinalIgnoreCase))
                    value = true;
                else if (string.Equals(text, "no", StringComparison.OrdinalIgnoreCase))
                    value = false;
                else
                    error = "Usage: set variable=yes|no";
                break;
            case VariableType.Quad:
                int quad = Array.FindIndex(QuadNames, name => string.Equals(name, text, StringComparison.OrdinalIgnoreCase));
                if (quad < 0)
                    error = $"{text}: invalid value";
                else
                    value = (QuadOption)quad;
                break;
            case VariableType.Number:
                if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number))
                    error = text.Length > 0 && text.TrimStart('+', '-').All(char.IsAsciiDigit) ? $"{text}: invalid value (number overflow)" : $"{text}: invalid value (format error)";
                else if (!LongNumbers.Contains(definition.Name) && number is < short.MinValue or > short.MaxValue)
                    error = $"{text}: invalid value (number overflow)";
                else
                    value = number;
                break;
            case VariableType.Path:
                value = text.Length == 0 ? "" : expandPath(text);
                break;
            case VariableType.Regex:
                if (!TryCompile(text, out _, out string? reason))
                    error = $"{text}: {reason}";
                break;
            case VariableType.Sort:
                if (SortMethods.TryParse(definition.SortMethods ?? "messages", text, out var order, out error))
                    value = order;
                break;
            case VariableType.Magic:
                int magic = Array.FindIndex(MagicNames, name => string.Equals(name, text, StringComparison.OrdinalIgnoreCase));
                if (magic < 0)
                    error = $"{text}: invalid mailbox type";
                else
                    value = MagicNames[magic];
                break;
            case VariableType.Address:
                value = NormaliseAddress(text);
                break;
        }
        return error is null;
    }

    /// <summary>The value as Mutt's <c>-Q</c> prints it, after <c>name</c>: <c>="text"</c>, <c>=5</c> or <c> is set</c>.</summary>
    public static string Format(string name, VariableDefinition definition, object value, Func<string, string> prettyPath) => definition.Type switch
    {
        VariableType.Boolean => $"{name} is {((bool)value ? "set" : "unset")}",
        VariableType.Quad => $"{definition.Name}={QuadNames[(int)(QuadOption)value]}",
        VariableType.Number => $"{definition.Name}={((long)value).ToString(CultureInfo.InvariantCulture)}",
        VariableType.Sort or VariableType.Magic => $"{definition.Name}={value}",
        VariableType.Path => $"{definition.Name}=\"{MuttString.Escape(prettyPath((string)value))}\"",
        _ => $"{definition.Name}=\"{MuttString.Escape((string)value)}\"",
    };

    /// <summary>Compiles a Mutt (POSIX extended) regex; case-insensitive unless it has an upper-case letter, as Mutt does.</summary>
    public static bool TryCompile(string pattern, out Regex? regex, out string? error)
    {
        string body = pattern.StartsWith('!') ? pattern[1..] : pattern;
        var options = RegexOptions.CultureInvariant | (body.Any(char.IsUpper) ? RegexOptions.None : RegexOptions.IgnoreCase);
        try
        {
            regex = new Regex(PosixClasses.Translate(body), options, TimeSpan.FromSeconds(1));
            error = null;
            return true;
        }
        catch (ArgumentException e)
        {
            regex = null;
            error = $"invalid regular expression ({e.Message})";
            return false;
        }
    }

    /// <summary>Rewrites <c>addr (Name)</c> and <c>Name &lt;addr&gt;</c> to Mutt's printed form; anything else is kept.</summary>
    private static string NormaliseAddress(string text)
    {
        string trimmed = text.Trim();
        var comment = Regex.Match(trimmed, @"^(?<addr>[^\s<>()""]+)\s*\((?<name>[^()]*)\)$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (comment.Success)
            return comment.Groups["name"].Value.Length == 0 ? comment.Groups["addr"].Value : $"{comment.Groups["name"].Value} <{comment.Groups["addr"].Value}>";
        return trimmed;
    }
}
