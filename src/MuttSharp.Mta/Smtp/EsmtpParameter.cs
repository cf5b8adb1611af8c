namespace MuttSharp.Mta.Smtp;

/// <summary>One ESMTP parameter of MAIL or RCPT: <c>KEYWORD[=value]</c> (RFC 5321 §4.1.2).</summary>
internal readonly record struct EsmtpParameter(string Keyword, string? Value);
