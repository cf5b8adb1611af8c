namespace MuttSharp.Mta.Smtp;

/// <summary>What <c>smtpd_forbid_bare_newline</c> does with a lone LF (or CR) from an SMTP client.</summary>
public enum BareNewline
{
    /// <summary>Postfix 3.9's default: a lone LF ends a line, but only CRLF . CRLF ends DATA; a lone CR becomes a space.</summary>
    Normalize,

    /// <summary>Refuse with <c>521 5.5.2 ... Error: bare &lt;LF&gt; received</c> and disconnect.</summary>
    Reject,
}
