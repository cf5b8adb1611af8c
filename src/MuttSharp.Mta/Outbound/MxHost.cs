using System.Net;

namespace MuttSharp.Mta.Outbound;

/// <summary>One mail exchanger: its name and addresses, in preference order.</summary>
public sealed record MxHost(string Name, IReadOnlyList<IPAddress> Addresses);
