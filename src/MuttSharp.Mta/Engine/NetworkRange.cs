using System.Net;
using System.Net.Sockets;

namespace MuttSharp.Mta.Engine;

/// <summary>One <c>mynetworks</c> entry: <c>127.0.0.0/8</c>, <c>[::1]/128</c>, or a single address.</summary>
public sealed class NetworkRange
{
    private readonly byte[] prefix;
    private readonly int bits;

    private NetworkRange(IPAddress network, int bits)
    {
        prefix = network.GetAddressBytes();
        this.bits = bits;
        Text = $"{(network.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{network}]" : network.ToString())}/{bits}";
    }

    /// <summary>The range as written back, e.g. <c>127.0.0.0/8</c>.</summary>
    public string Text { get; }

    /// <summary>Parses an entry; one that is not an address or a CIDR range matches nothing.</summary>
    public static NetworkRange Parse(string text)
    {
        string t = text.Trim();
        int slash = t.LastIndexOf('/');
        string addressPart = slash < 0 ? t : t[..slash];
        addressPart = addressPart.Trim('[', ']');
        if (!IPAddress.TryParse(addressPart, out var address))
            return new NetworkRange(IPAddress.IPv6None, 129);
        int max = address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        int bits = max;
        if (slash >= 0 && (!int.TryParse(t[(slash + 1)..], out bits) || bits < 0 || bits > max))
            return new NetworkRange(IPAddress.IPv6None, 129);
        return new NetworkRange(address, bits);
    }

    /// <summary>True when <paramref name="address"/> lies in this range (IPv4-mapped IPv6 counts as IPv4).</summary>
    public bool Contains(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        byte[] candidate = address.GetAddressBytes();
        if (bits > candidate.Length * 8 || candidate.Length != prefix.Length)
            return false;
        int full = bits / 8, rest = bits % 8;
        for (int i = 0; i < full; i++)
            if (candidate[i] != prefix[i])
                return false;
        if (rest == 0)
            return true;
        int mask = 0xFF << (8 - rest) & 0xFF;
        return (candidate[full] & mask) == (prefix[full] & mask);
    }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
