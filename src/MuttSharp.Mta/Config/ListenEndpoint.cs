namespace MuttSharp.Mta.Config;

/// <summary>
/// An SMTP listener from a master.cf <c>inet</c> line running <c>smtpd</c>: <c>smtp</c> (port 25 on
/// every <c>inet_interfaces</c> address), <c>127.0.0.1:2525</c>, <c>[::1]:25</c>.
/// </summary>
/// <param name="Host">The address (or <c>localhost</c>) written before the port; null for every <c>inet_interfaces</c> address.</param>
/// <param name="Port">The TCP port.</param>
public sealed record ListenEndpoint(string? Host, int Port)
{
    /// <summary>As master.cf writes it: <c>smtp</c> for port 25 on all interfaces, else <c>host:port</c>.</summary>
    public override string ToString() => Host is null ? Port.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : Host.Contains(':') ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}
