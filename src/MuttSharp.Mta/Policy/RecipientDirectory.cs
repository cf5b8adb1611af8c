using MuttSharp.Mta.Aliases;
using MuttSharp.Mta.Config;
using MuttSharp.Mta.Routing;
using MuttSharp.Mta.Tables;

namespace MuttSharp.Mta.Policy;

/// <summary>
/// Which domains are ours and who exists in them: the domain lists and recipient tables of main.cf,
/// opened once. Shared by the RCPT-time checks (<see cref="RecipientPolicy"/>) and the resolver
/// (<see cref="RecipientResolver"/>). Tables that cannot be opened are listed in <see cref="Problems"/>.
/// </summary>
public sealed class RecipientDirectory
{
    private readonly List<string> problems = [];
    private readonly DomainList myDestination;
    private readonly DomainList virtualAliasDomains;
    private readonly DomainList virtualMailboxDomains;
    private readonly DomainList relayDomains;
    private readonly IReadOnlyList<ILookupTable> localRecipientMaps;
    private readonly IReadOnlyList<ILookupTable> relayRecipientMaps;

    /// <summary>Opens every table the settings name.</summary>
    /// <param name="settings">The engine's settings.</param>
    /// <param name="users">The Unix accounts (for <c>unix:passwd.byname</c> and local delivery).</param>
    /// <param name="warn">Receives table warnings (stale index, bad lines) as they happen.</param>
    public RecipientDirectory(MtaSettings settings, ISystemUsers users, Action<string> warn)
    {
        Settings = settings;
        Users = users;
        var factory = new LookupTableFactory(users, warn);
        myDestination = new DomainList(settings.MyDestination, "mydestination", factory, problems);
        virtualAliasDomains = new DomainList(settings.VirtualAliasDomains, "virtual_alias_domains", factory, problems);
        virtualMailboxDomains = new DomainList(settings.VirtualMailboxDomains, "virtual_mailbox_domains", factory, problems);
        relayDomains = new DomainList(settings.RelayDomains, "relay_domains", factory, problems);
        Aliases = new AliasMaps(factory.OpenAll(settings.AliasMaps, "alias_maps", TableSyntax.Aliases, problems), settings.RecipientDelimiter);
        // local_recipient_maps usually names the alias tables again (maybe behind proxy:); those are read with alias syntax.
        localRecipientMaps = settings.LocalRecipientMaps
            .Select(spec => OpenRecipientMap(factory, spec, settings.AliasMaps.Contains(Unproxied(spec)) ? TableSyntax.Aliases : TableSyntax.Map))
            .OfType<ILookupTable>()
            .ToArray();
        VirtualAliasMaps = factory.OpenAll(settings.VirtualAliasMaps, "virtual_alias_maps", TableSyntax.Map, problems);
        VirtualMailboxMaps = factory.OpenAll(settings.VirtualMailboxMaps, "virtual_mailbox_maps", TableSyntax.Map, problems);
        relayRecipientMaps = factory.OpenAll(settings.RelayRecipientMaps, "relay_recipient_maps", TableSyntax.Map, problems);
    }

    /// <summary>The settings the tables came from.</summary>
    public MtaSettings Settings { get; }

    /// <summary>The Unix accounts.</summary>
    public ISystemUsers Users { get; }

    /// <summary>The alias tables (<c>alias_maps</c>).</summary>
    public AliasMaps Aliases { get; }

    /// <summary>The <c>virtual_alias_maps</c> tables.</summary>
    public IReadOnlyList<ILookupTable> VirtualAliasMaps { get; }

    /// <summary>The <c>virtual_mailbox_maps</c> tables.</summary>
    public IReadOnlyList<ILookupTable> VirtualMailboxMaps { get; }

    /// <summary>Tables that could not be opened (unsupported types), each naming its parameter.</summary>
    public IReadOnlyList<string> Problems => problems;

    /// <summary>
    /// The class of <paramref name="domain"/>, checked in Postfix's order: mydestination, virtual alias
    /// domains, virtual mailbox domains, relay domains, else remote. An empty domain is local.
    /// </summary>
    public async ValueTask<DomainClass> ClassifyAsync(string domain, CancellationToken cancellationToken)
    {
        if (domain.Length == 0 || await myDestination.ContainsAsync(domain, cancellationToken).ConfigureAwait(false))
            return DomainClass.Local;
        if (await virtualAliasDomains.ContainsAsync(domain, cancellationToken).ConfigureAwait(false))
            return DomainClass.VirtualAlias;
        if (await virtualMailboxDomains.ContainsAsync(domain, cancellationToken).ConfigureAwait(false))
            return DomainClass.VirtualMailbox;
        if (await relayDomains.ContainsAsync(domain, cancellationToken).ConfigureAwait(false))
            return DomainClass.Relay;
        return DomainClass.Remote;
    }

    /// <summary>
    /// Whether <paramref name="address"/> is a known recipient, as smtpd's unlisted-recipient check
    /// decides: virtual aliases count everywhere; then local_recipient_maps (empty: everyone),
    /// virtual_mailbox_maps, or relay_recipient_maps (empty: everyone) by domain class.
    /// </summary>
    public async ValueTask<RecipientLookup> LookupRecipientAsync(RecipientAddress address, CancellationToken cancellationToken)
    {
        var codes = Settings.ReplyCodes;
        var domainClass = await ClassifyAsync(address.Domain, cancellationToken).ConfigureAwait(false);
        if (domainClass == DomainClass.Remote)
            return new RecipientLookup(domainClass, true);
        string delimiter = Settings.RecipientDelimiter;
        if (await FindAnyAsync(VirtualAliasMaps, address.VirtualKeys(delimiter), cancellationToken).ConfigureAwait(false))
            return new RecipientLookup(domainClass, true);
        return domainClass switch
        {
            DomainClass.Local when localRecipientMaps.Count == 0 || await IsLocalRecipientAsync(address, cancellationToken).ConfigureAwait(false)
                => new RecipientLookup(domainClass, true),
            DomainClass.Local => new RecipientLookup(domainClass, false, "local recipient table", codes.UnknownLocalRecipientRejectCode),
            DomainClass.VirtualAlias => new RecipientLookup(domainClass, false, "virtual alias table", codes.UnknownVirtualAliasRejectCode),
            DomainClass.VirtualMailbox when await FindAnyAsync(VirtualMailboxMaps, address.VirtualKeys(delimiter), cancellationToken).ConfigureAwait(false)
                => new RecipientLookup(domainClass, true),
            DomainClass.VirtualMailbox => new RecipientLookup(domainClass, false, "virtual mailbox table", codes.UnknownVirtualMailboxRejectCode),
            _ when relayRecipientMaps.Count == 0 || await FindAnyAsync(relayRecipientMaps, address.VirtualKeys(delimiter), cancellationToken).ConfigureAwait(false)
                => new RecipientLookup(domainClass, true),
            _ => new RecipientLookup(domainClass, false, "relay recipient table", codes.UnknownRelayRecipientRejectCode),
        };
    }

    /// <summary>The first value any of <paramref name="tables"/> has for any of <paramref name="keys"/>, key by key.</summary>
    public static async ValueTask<string?> FindFirstAsync(IReadOnlyList<ILookupTable> tables, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        foreach (string key in keys)
            foreach (var table in tables)
                if (await table.LookupAsync(key, cancellationToken).ConfigureAwait(false) is { } value)
                    return value;
        return null;
    }

    // Local names are looked up as user@domain and as the bare name, each with and without extension.
    private ValueTask<bool> IsLocalRecipientAsync(RecipientAddress address, CancellationToken cancellationToken)
    {
        string local = address.LocalPart.ToLowerInvariant();
        var keys = address.VirtualKeys(Settings.RecipientDelimiter, withDomainCatchAll: false).Concat(Aliases.Keys(local));
        return FindAnyAsync(localRecipientMaps, keys, cancellationToken);
    }

    private static async ValueTask<bool> FindAnyAsync(IReadOnlyList<ILookupTable> tables, IEnumerable<string> keys, CancellationToken cancellationToken) =>
        await FindFirstAsync(tables, keys, cancellationToken).ConfigureAwait(false) is not null;

    private static string Unproxied(string spec) => spec.StartsWith("proxy:", StringComparison.Ordinal) ? spec["proxy:".Length..] : spec;

    private ILookupTable? OpenRecipientMap(LookupTableFactory factory, string spec, TableSyntax syntax)
    {
        if (factory.TryOpen(spec, "local_recipient_maps", syntax, out var table, out string error))
            return table;
        problems.Add(error);
        return null;
    }
}
