namespace MuttSharp.Core.Sending;

/// <summary>Which transfer agent the configuration hands sent mail to (<see cref="SendSettings.TransportOf"/>).</summary>
public enum MessageTransport
{
    /// <summary>The bundled engine: neither <c>$smtp_url</c> nor a <c>$sendmail</c> of the user's own is set.</summary>
    BundledEngine,

    /// <summary><c>$sendmail</c>, changed from its default: an external Sendmail-compatible command.</summary>
    Sendmail,

    /// <summary><c>$smtp_url</c>: a remote SMTP server.</summary>
    Smtp,
}
