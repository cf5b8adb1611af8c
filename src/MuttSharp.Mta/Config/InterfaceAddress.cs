using System.Net;

namespace MuttSharp.Mta.Config;

/// <summary>One address of a local network interface with its prefix length (for <c>mynetworks_style</c>).</summary>
/// <param name="Address">The interface address.</param>
/// <param name="PrefixLength">The length of its network prefix.</param>
public sealed record InterfaceAddress(IPAddress Address, int PrefixLength);
