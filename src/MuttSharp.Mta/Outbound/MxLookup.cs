namespace MuttSharp.Mta.Outbound;

/// <summary>What a DNS lookup for a destination gave: hosts to try, or a temporary or permanent failure.</summary>
/// <param name="Hosts">Mail exchangers by preference (or the implicit MX: the domain's own A/AAAA).</param>
/// <param name="Error">Why there are none.</param>
/// <param name="Permanent">True when the name does not exist (bounce), false for a DNS failure (defer).</param>
public sealed record MxLookup(IReadOnlyList<MxHost> Hosts, string Error = "", bool Permanent = false);
