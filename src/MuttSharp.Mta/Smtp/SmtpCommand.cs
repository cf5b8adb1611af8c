using System.Text;

namespace MuttSharp.Mta.Smtp;

/// <summary>One command line split into its verb and the rest (RFC 5321 §4.1.1: verb SP argument).</summary>
internal readonly record struct SmtpCommand(SmtpVerb Verb, string Name, string Argument)
{
    private static readonly (string Name, SmtpVerb Verb)[] Verbs =
    [
        ("HELO", SmtpVerb.Helo), ("EHLO", SmtpVerb.Ehlo), ("MAIL", SmtpVerb.Mail), ("RCPT", SmtpVerb.Rcpt),
        ("DATA", SmtpVerb.Data), ("BDAT", SmtpVerb.Bdat), ("RSET", SmtpVerb.Rset), ("NOOP", SmtpVerb.Noop),
        ("QUIT", SmtpVerb.Quit), ("VRFY", SmtpVerb.Vrfy), ("HELP", SmtpVerb.Help), ("STARTTLS", SmtpVerb.StartTls),
    ];

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>
    /// Splits a line (without its CRLF). Fails on bytes that are not UTF-8 or on control characters
    /// (a CR or NUL inside a line must never reach an address or a log).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> line, out SmtpCommand command, out string error)
    {
        command = default;
        error = "";
        string text;
        try
        {
            text = StrictUtf8.GetString(line);
        }
        catch (DecoderFallbackException)
        {
            error = "invalid UTF-8 in command";
            return false;
        }
        foreach (char c in text)
        {
            if (c < ' ' && c != '\t' || c == '\x7f')
            {
                error = "control character in command";
                return false;
            }
        }
        int space = text.IndexOf(' ');
        string name = (space < 0 ? text : text[..space]).ToUpperInvariant();
        string argument = space < 0 ? "" : text[(space + 1)..].Trim(' ', '\t');
        var verb = SmtpVerb.Unknown;
        foreach (var (n, v) in Verbs)
            if (n == name)
                verb = v;
        command = new SmtpCommand(verb, name, argument);
        return true;
    }
}
