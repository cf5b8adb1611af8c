using System.Globalization;

namespace MuttSharp.Mta.Policy;

/// <summary>
/// The outcome of a recipient check: accept, or an SMTP reply with Postfix's code, enhanced status and
/// text (<c>554 5.7.1 &lt;u@ext&gt;: Relay access denied</c>). The SMTP session maps it onto its own reply type.
/// </summary>
/// <param name="Code">The SMTP reply code (250 when accepted).</param>
/// <param name="EnhancedCode">The RFC 3463 status (<c>5.1.1</c>).</param>
/// <param name="Text">The reply text after the enhanced status.</param>
public sealed record PolicyVerdict(int Code, string EnhancedCode, string Text)
{
    /// <summary>The recipient is accepted.</summary>
    public static PolicyVerdict Accept { get; } = new(250, "2.1.5", "Ok");

    /// <summary>Whether the recipient is accepted.</summary>
    public bool Accepted => Code is >= 200 and < 300;

    /// <summary>Whether the refusal is temporary (4xx): the client should try again later.</summary>
    public bool Temporary => Code is >= 400 and < 500;

    /// <summary>
    /// A refusal whose enhanced status takes its class from the code, as Postfix does when an
    /// administrator sets a 4xx code for a 5.x.x condition: <c>(450, "1.1", ...)</c> gives <c>450 4.1.1</c>.
    /// </summary>
    public static PolicyVerdict Refuse(int code, string statusDetail, string text) =>
        new(code, $"{(code / 100).ToString(CultureInfo.InvariantCulture)}.{statusDetail}", text);

    /// <summary>The reply line without CRLF: <c>550 5.1.1 &lt;u@x&gt;: Recipient address rejected: ...</c>.</summary>
    public override string ToString() => $"{Code.ToString(CultureInfo.InvariantCulture)} {EnhancedCode} {Text}";
}
