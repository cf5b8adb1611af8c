using System.Text;

namespace MuttSharp.Mta.Smtp;

/// <summary>
/// One SMTP reply: the three-digit code, the RFC 3463 enhanced status (when the reply has one) and
/// its text lines, written as <c>250-first</c> ... <c>250 last</c>.
/// </summary>
public sealed record SmtpReply(int Code, string? Enhanced, IReadOnlyList<string> Lines)
{
    /// <summary>A single-line reply.</summary>
    public SmtpReply(int code, string? enhanced, string text) : this(code, enhanced, [text])
    {
    }

    /// <summary>2xx: the command succeeded.</summary>
    public bool IsPositive => Code is >= 200 and < 400;

    /// <summary>4xx: try again later.</summary>
    public bool IsTransient => Code is >= 400 and < 500;

    /// <summary>5xx: permanent failure.</summary>
    public bool IsPermanent => Code >= 500;

    /// <summary>The first line as Postfix logs it: <c>550 5.1.1 &lt;u@x&gt;: Recipient address rejected: ...</c>.</summary>
    public string Summary => Enhanced is null ? $"{Code} {Lines[0]}" : $"{Code} {Enhanced} {Lines[0]}";

    /// <summary>The reply on the wire, CRLF-terminated; the enhanced code is repeated on every line (RFC 2034).</summary>
    public string ToWire()
    {
        var builder = new StringBuilder();
        for (int i = 0; i < Lines.Count; i++)
        {
            builder.Append(Code).Append(i == Lines.Count - 1 ? ' ' : '-');
            if (Enhanced is not null)
                builder.Append(Enhanced).Append(' ');
            builder.Append(Lines[i]).Append("\r\n");
        }
        return builder.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => Summary;
}
