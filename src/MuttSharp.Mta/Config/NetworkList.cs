using System.Net;

namespace MuttSharp.Mta.Config;

/// <summary>
/// A parsed <c>mynetworks</c>-style list: CIDR blocks (<c>127.0.0.0/8</c>, <c>[::1]/128</c>), bare
/// addresses, <c>!</c> negations, and <c>/file</c> names whose lines hold more of the same. The first
/// matching rule decides, as in Postfix's address lists.
/// </summary>
public sealed class NetworkList
{
    private readonly (IPNetwork Network, bool Negated)[] rules;

    private NetworkList((IPNetwork, bool)[] rules) => this.rules = rules;

    /// <summary>The networks, in order (negated ones included).</summary>
    public IReadOnlyList<IPNetwork> Networks => rules.Select(r => r.Network).ToArray();

    /// <summary>An empty list that matches nothing.</summary>
    public static NetworkList Empty { get; } = new([]);

    /// <summary>Whether <paramref name="address"/> (an IPv4-mapped IPv6 address counts as IPv4) is in the list.</summary>
    public bool Contains(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        foreach (var (network, negated) in rules)
            if (network.Contains(address))
                return !negated;
        return false;
    }

    /// <summary>Parses list items; items that are not networks are skipped and reported, as Postfix warns and skips them.</summary>
    /// <param name="items">The split list (see <see cref="ParameterValue.SplitList"/>).</param>
    /// <param name="report">Receives one message per bad item.</param>
    public static NetworkList Parse(IEnumerable<string> items, Action<string> report)
    {
        var rules = new List<(IPNetwork, bool)>();
        foreach (string item in items)
            Add(item, rules, report, depth: 0);
        return new NetworkList(rules.ToArray());
    }

    private static void Add(string item, List<(IPNetwork, bool)> rules, Action<string> report, int depth)
    {
        bool negated = item.StartsWith('!');
        string pattern = negated ? item[1..] : item;
        if (pattern.StartsWith('/') && depth == 0)
        {
            string[] lines;
            try
            {
                lines = File.ReadAllLines(pattern);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                report($"cannot read network list file {pattern}: {e.Message}");
                return;
            }
            foreach (string line in lines)
                foreach (string inner in ParameterValue.SplitList(line.TrimStart().StartsWith('#') ? "" : line))
                    Add(negated ? "!" + inner : inner, rules, report, depth + 1);
            return;
        }
        if (TryParseNetwork(pattern, out var network, out string? error))
            rules.Add((network, negated));
        else
            report(error!);
    }

    /// <summary>One network in Postfix's notation: <c>a.b.c.d/n</c>, <c>[x::y]/n</c>, <c>x::y/n</c> or a bare address.</summary>
    public static bool TryParseNetwork(string text, out IPNetwork network, out string? error)
    {
        network = default;
        string address = text, prefix = "";
        int slash = text.LastIndexOf('/');
        if (slash >= 0)
        {
            address = text[..slash];
            prefix = text[(slash + 1)..];
        }
        if (address.StartsWith('[') && address.EndsWith(']'))
            address = address[1..^1];
        if (!IPAddress.TryParse(address, out var ip) || address.Contains('%'))
        {
            error = $"bad network pattern \"{text}\": expected an address or address/prefix (host names and lookup tables are not supported here)";
            return false;
        }
        if (ip.IsIPv4MappedToIPv6)
            ip = ip.MapToIPv4();
        int max = ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128;
        int length = max;
        if (slash >= 0 && (!int.TryParse(prefix, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out length) || length > max))
        {
            error = $"bad network pattern \"{text}\": expected a prefix length from 0 to {max}";
            return false;
        }
        network = new IPNetwork(HostDefaults.Mask(ip, length), length);
        if (!network.BaseAddress.Equals(ip))
        {
            error = $"non-null host address bits in \"{text}\", skipping this rule";
            return false;
        }
        error = null;
        return true;
    }
}
