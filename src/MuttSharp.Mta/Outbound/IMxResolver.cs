namespace MuttSharp.Mta.Outbound;

/// <summary>Finds where mail for a domain goes (injected in tests: they never ask real DNS).</summary>
public interface IMxResolver
{
    /// <summary>
    /// With <paramref name="useMx"/>: MX records by preference, else the name's A/AAAA as an implicit
    /// MX (RFC 5321 §5.1). Without: the A/AAAA of the host itself (a bracketed relayhost).
    /// </summary>
    Task<MxLookup> ResolveAsync(string domain, bool useMx, CancellationToken cancellationToken);
}
