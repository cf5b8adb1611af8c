using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace MuttSharp.Mta.Config;

/// <summary>
/// What the machine says about itself, from which Postfix derives <c>myhostname</c>, <c>mydomain</c>
/// and <c>mynetworks</c>. Injectable so that tests do not depend on the machine they run on.
/// </summary>
/// <param name="HostName">What gethostname() returns.</param>
/// <param name="Addresses">The addresses of the interfaces that are up, loopback included.</param>
public sealed record HostIdentity(string HostName, IReadOnlyList<InterfaceAddress> Addresses)
{
    private static readonly Lazy<HostIdentity> Machine = new(ReadMachine);

    /// <summary>The running machine's identity, read once per process.</summary>
    public static HostIdentity FromMachine() => Machine.Value;

    private static HostIdentity ReadMachine()
    {
        var addresses = new List<InterfaceAddress>();
        try
        {
            foreach (var nic in NetworkInterface.GetAllNetworkInterfaces())
            {
                if (nic.OperationalStatus != OperationalStatus.Up && nic.NetworkInterfaceType != NetworkInterfaceType.Loopback)
                    continue;
                foreach (var unicast in nic.GetIPProperties().UnicastAddresses)
                    if (unicast.Address.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6)
                        addresses.Add(new InterfaceAddress(unicast.Address, unicast.PrefixLength));
            }
        }
        catch (NetworkInformationException)
        {
            // No interface list (restricted container): fall back to loopback below.
        }
        if (addresses.Count == 0)
            addresses.Add(new InterfaceAddress(IPAddress.Loopback, 8));
        return new HostIdentity(Dns.GetHostName(), addresses);
    }
}
