using System.Net;
using DnsClient;
using DnsClient.Protocol;

namespace MuttSharp.Mta.Outbound;

/// <summary>MX, A and AAAA lookups with DnsClient, the system's resolvers, its cache and TCP fallback.</summary>
public sealed class DnsMxResolver : IMxResolver
{
    private readonly LookupClient client = new(new LookupClientOptions { UseCache = true, Timeout = TimeSpan.FromSeconds(10), Retries = 2 });

    /// <inheritdoc/>
    public async Task<MxLookup> ResolveAsync(string domain, bool useMx, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(domain.Trim('[', ']'), out var literal))
            return new MxLookup([new MxHost(literal.ToString(), [literal])]);
        try
        {
            if (useMx)
            {
                var mx = await client.QueryAsync(domain, QueryType.MX, cancellationToken: cancellationToken).ConfigureAwait(false);
                if (mx.HasError && mx.Header.ResponseCode == DnsHeaderResponseCode.NotExistentDomain)
                    return new MxLookup([], $"Host or domain name not found. Name service error for name={domain} type=MX: Host not found", Permanent: true);
                if (mx.HasError)
                    return new MxLookup([], $"Host or domain name not found. Name service error for name={domain} type=MX: Host not found, try again");
                var records = mx.Answers.MxRecords().OrderBy(r => r.Preference).ToArray();
                if (records.Length > 0)
                {
                    var hosts = new List<MxHost>();
                    foreach (var record in records)
                    {
                        string name = record.Exchange.Value.TrimEnd('.');
                        hosts.Add(new MxHost(name, await AddressesAsync(name, cancellationToken).ConfigureAwait(false)));
                    }
                    return new MxLookup(hosts);
                }
            }
            var addresses = await AddressesAsync(domain, cancellationToken).ConfigureAwait(false);
            return addresses.Count > 0
                ? new MxLookup([new MxHost(domain, addresses)])
                : new MxLookup([], $"Host or domain name not found. Name service error for name={domain} type=A: Host not found", Permanent: true);
        }
        catch (DnsResponseException e)
        {
            return new MxLookup([], $"Host or domain name not found. Name service error for name={domain}: {e.Message}");
        }
    }

    private async Task<IReadOnlyList<IPAddress>> AddressesAsync(string name, CancellationToken cancellationToken)
    {
        var result = new List<IPAddress>();
        foreach (var type in (QueryType[])[QueryType.A, QueryType.AAAA])
        {
            var response = await client.QueryAsync(name, type, cancellationToken: cancellationToken).ConfigureAwait(false);
            result.AddRange(response.Answers.OfType<AddressRecord>().Select(a => a.Address));
        }
        return result;
    }
}
