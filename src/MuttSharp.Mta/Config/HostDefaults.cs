using System.Net;
using System.Net.Sockets;

namespace MuttSharp.Mta.Config;

/// <summary>The defaults Postfix derives from the machine rather than from a constant.</summary>
internal static class HostDefaults
{
    private const string FallbackDomain = "localdomain";

    /// <summary>gethostname() when it is a FQDN, else it with <c>.$mydomain</c> (main.cf's, or localdomain).</summary>
    public static string MyHostname(MtaParameters parameters)
    {
        string host = parameters.Host.HostName;
        if (host.Contains('.'))
            return host;
        string domain = parameters.MainCf.TryGetValue("mydomain", out string explicitDomain)
            ? parameters.ExpandText(explicitDomain)
            : FallbackDomain;
        return $"{host}.{domain}";
    }

    /// <summary><c>$myhostname</c> minus its first label when what remains still has a dot, else localdomain.</summary>
    public static string MyDomain(MtaParameters parameters)
    {
        string host = parameters.Expand("myhostname");
        int dot = host.IndexOf('.');
        return dot >= 0 && host.IndexOf('.', dot + 1) >= 0 ? host[(dot + 1)..] : FallbackDomain;
    }

    /// <summary>The networks <c>mynetworks_style</c> names: the host's own addresses, their subnets, or their classes.</summary>
    public static string MyNetworks(MtaParameters parameters)
    {
        string style = parameters.Expand("mynetworks_style").Trim().ToLowerInvariant();
        var networks = new List<string>();
        foreach (var item in parameters.Host.Addresses.OrderBy(a => a.Address.AddressFamily).ThenBy(a => !IPAddress.IsLoopback(a.Address)))
        {
            var address = item.Address.IsIPv4MappedToIPv6 ? item.Address.MapToIPv4() : item.Address;
            bool v4 = address.AddressFamily == AddressFamily.InterNetwork;
            int full = v4 ? 32 : 128;
            int prefix = style switch
            {
                "subnet" => Math.Clamp(item.PrefixLength, 0, full),
                "class" when v4 => ClassPrefix(address),
                "class" => Math.Clamp(item.PrefixLength, 0, full),
                _ => full,
            };
            string text = Format(new IPNetwork(Mask(address, prefix), prefix));
            if (!networks.Contains(text))
                networks.Add(text);
        }
        return string.Join(' ', networks);
    }

    /// <summary>Postfix's form: IPv4 <c>a.b.c.d/n</c>, IPv6 <c>[x::y]/n</c>.</summary>
    public static string Format(IPNetwork network) =>
        network.BaseAddress.AddressFamily == AddressFamily.InterNetworkV6
            ? $"[{network.BaseAddress}]/{network.PrefixLength}"
            : $"{network.BaseAddress}/{network.PrefixLength}";

    private static int ClassPrefix(IPAddress address)
    {
        byte first = address.GetAddressBytes()[0];
        return first < 128 ? 8 : first < 192 ? 16 : 24;
    }

    /// <summary>The address with every bit after the first <paramref name="prefix"/> cleared.</summary>
    public static IPAddress Mask(IPAddress address, int prefix)
    {
        byte[] bytes = address.GetAddressBytes();
        for (int i = 0; i < bytes.Length; i++)
        {
            int keep = Math.Clamp(prefix - (i * 8), 0, 8);
            bytes[i] &= (byte)(0xFF << (8 - keep));
        }
        return new IPAddress(bytes);
    }
}
