using System.Globalization;
using System.Text;

namespace MuttSharp.Mta.Smtp;

/// <summary>
/// The grammar of MAIL FROM and RCPT TO arguments (RFC 5321 §4.1.2, RFC 3461 xtext). Every method
/// returns false with an explanation instead of throwing: hostile input becomes a 501 or 555 reply.
/// </summary>
internal static class EnvelopeSyntax
{
    /// <summary>RFC 5321 §4.5.3.1.3: a path is at most 256 octets.</summary>
    public const int MaxPathLength = 256;

    /// <summary>
    /// <c>FROM:&lt;path&gt; params</c> or <c>TO:&lt;path&gt; params</c>: the keyword, then the path
    /// (angle brackets optional as Postfix allows), then space-separated parameters.
    /// </summary>
    public static bool TryParsePathArgument(string argument, string keyword, out string path, out string rest, out string error)
    {
        path = rest = "";
        if (!argument.StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
        {
            error = $"{(keyword == "FROM:" ? "MAIL FROM:<address>" : "RCPT TO:<address>")}";
            return false;
        }
        string after = argument[keyword.Length..].TrimStart(' ');
        if (after.StartsWith('<'))
        {
            int close = ClosingBracket(after);
            if (close < 0)
            {
                error = "missing closing >";
                return false;
            }
            path = after[1..close];
            rest = after[(close + 1)..];
            if (rest.Length > 0 && rest[0] != ' ')
            {
                error = "text after >";
                return false;
            }
        }
        else
        {
            int space = after.IndexOf(' ');
            path = space < 0 ? after : after[..space];
            rest = space < 0 ? "" : after[space..];
            if (path.Length == 0)
            {
                error = "empty address";
                return false;
            }
        }
        rest = rest.Trim(' ');
        error = "";
        return true;
    }

    /// <summary>
    /// Checks a path and returns the mailbox it names: a source route (<c>@a,@b:user@dom</c>) is
    /// dropped as RFC 5321 §C allows; a quoted local part is kept; an address literal must be one.
    /// An empty path is allowed only when <paramref name="allowNull"/> (the null sender).
    /// </summary>
    public static bool TryParseMailbox(string path, bool allowNull, bool allowUtf8, out string mailbox, out string error)
    {
        mailbox = "";
        error = "";
        if (path.Length > MaxPathLength)
        {
            error = "address too long";
            return false;
        }
        if (path.Length == 0)
        {
            if (allowNull)
                return true;
            error = "empty address";
            return false;
        }
        if (path[0] == '@')
        {
            int colon = path.IndexOf(':');
            if (colon < 0)
            {
                error = "malformed source route";
                return false;
            }
            path = path[(colon + 1)..];
        }
        int i = 0;
        if (path.StartsWith('"'))
        {
            i = 1;
            while (i < path.Length && path[i] != '"')
                i += path[i] == '\\' ? 2 : 1;
            if (i >= path.Length)
            {
                error = "unterminated quoted local part";
                return false;
            }
            i++;
        }
        int at = path.IndexOf('@', i);
        while (at >= 0 && path.IndexOf('@', at + 1) >= 0)
            at = path.IndexOf('@', at + 1);
        string local = at < 0 ? path : path[..at];
        string domain = at < 0 ? "" : path[(at + 1)..];
        foreach (char c in path)
        {
            if (c < ' ' || c == '\x7f' || c == '<' || c == '>' || (c > '\x7f' && !allowUtf8))
            {
                error = c > '\x7f' ? "non-ASCII address without SMTPUTF8" : "invalid character in address";
                return false;
            }
        }
        if (local.Length == 0 || local.Length > 64 && !local.StartsWith('"'))
        {
            error = "invalid local part";
            return false;
        }
        if (at >= 0 && !IsDomain(domain))
        {
            error = "invalid domain";
            return false;
        }
        if (!local.StartsWith('"') && (local.Contains(' ') || local.Contains(',') || local.StartsWith('.') || local.EndsWith('.') || local.Contains("..")))
        {
            error = "invalid local part";
            return false;
        }
        mailbox = path;
        return true;
    }

    /// <summary>Splits space-separated ESMTP parameters; rejects duplicates and malformed keywords or values.</summary>
    public static bool TryParseParameters(string text, out List<EsmtpParameter> parameters, out string error)
    {
        parameters = [];
        error = "";
        foreach (string item in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = item.IndexOf('=');
            string keyword = (eq < 0 ? item : item[..eq]).ToUpperInvariant();
            string? value = eq < 0 ? null : item[(eq + 1)..];
            if (keyword.Length == 0 || !keyword.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') || !char.IsAsciiLetterOrDigit(keyword[0]))
            {
                error = $"bad parameter keyword in \"{Printable(item)}\"";
                return false;
            }
            if (value is not null && (value.Length == 0 || value.Any(c => c < '!' || c == '=' || c == '\x7f')))
            {
                error = $"bad parameter value in \"{Printable(item)}\"";
                return false;
            }
            if (parameters.Any(p => p.Keyword == keyword))
            {
                error = $"duplicate parameter {keyword}";
                return false;
            }
            parameters.Add(new EsmtpParameter(keyword, value));
        }
        return true;
    }

    /// <summary>A non-negative decimal within long (SIZE=).</summary>
    public static bool TryParseSize(string? value, out long size)
    {
        size = 0;
        return value is { Length: > 0 and <= 18 } && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out size);
    }

    /// <summary>RFC 3461 §4: xtext, <c>+XX</c> hex escapes for characters outside '!'..'~' and '+' '='.</summary>
    public static bool IsXtext(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == '+')
            {
                if (i + 2 >= value.Length || !char.IsAsciiHexDigitUpper(value[i + 1]) && !char.IsAsciiDigit(value[i + 1])
                    || !char.IsAsciiHexDigitUpper(value[i + 2]) && !char.IsAsciiDigit(value[i + 2]))
                    return false;
                i += 2;
            }
            else if (c < '!' || c > '~' || c == '=')
                return false;
        }
        return true;
    }

    /// <summary>RFC 3461 §4.2: NOTIFY=NEVER, or a comma list of SUCCESS, FAILURE, DELAY.</summary>
    public static bool IsNotify(string value)
    {
        string[] items = value.ToUpperInvariant().Split(',');
        if (items.Length == 1 && items[0] == "NEVER")
            return true;
        return items.Distinct().Count() == items.Length && items.All(i => i is "SUCCESS" or "FAILURE" or "DELAY");
    }

    /// <summary>Text safe to echo in a reply or a log line: control characters become '?'.</summary>
    public static string Printable(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, 100));
        foreach (char c in text.Length > 100 ? text[..100] : text)
            builder.Append(c < ' ' || c == '\x7f' ? '?' : c);
        return builder.ToString();
    }

    private static int ClosingBracket(string text)
    {
        bool quoted = false;
        for (int i = 1; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\\' && quoted)
                i++;
            else if (c == '"')
                quoted = !quoted;
            else if (c == '>' && !quoted)
                return i;
        }
        return -1;
    }

    private static bool IsDomain(string domain)
    {
        if (domain.Length is 0 or > 255)
            return false;
        if (domain.StartsWith('['))
            return domain.EndsWith(']') && domain.Length > 2
                && (System.Net.IPAddress.TryParse(domain[1..^1], out _) || domain.StartsWith("[IPv6:", StringComparison.OrdinalIgnoreCase) && System.Net.IPAddress.TryParse(domain[6..^1], out _));
        foreach (string label in domain.Split('.'))
        {
            if (label.Length is 0 or > 63 || label.StartsWith('-') || label.EndsWith('-'))
                return false;
            foreach (char c in label)
                if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || c > '\x7f'))
                    return false;
        }
        return true;
    }
}
