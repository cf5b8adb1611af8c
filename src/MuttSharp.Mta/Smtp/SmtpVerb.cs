namespace MuttSharp.Mta.Smtp;

/// <summary>The SMTP commands the server knows (RFC 5321 §4.1.1, RFC 3030 BDAT, RFC 3207 STARTTLS).</summary>
internal enum SmtpVerb
{
    Unknown,
    Helo,
    Ehlo,
    Mail,
    Rcpt,
    Data,
    Bdat,
    Rset,
    Noop,
    Quit,
    Vrfy,
    Help,
    StartTls,
}
