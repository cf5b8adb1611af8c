using MuttSharp.Mta.Aliases;
using MuttSharp.Mta.Config;
using MuttSharp.Mta.Delivery;
using MuttSharp.Mta.Routing;
using MuttSharp.Mta.Tables;

namespace MuttSharp.Mta.Engine;

/// <summary>
/// Resolves recipients as Postfix's trivial-rewrite, local(8) and virtual(8) do together: a bare
/// name or a mydestination domain goes through alias_maps (recursively, loop-safe) to system users
/// and their <c>$home/$home_mailbox</c>; virtual_alias_domains through virtual_alias_maps;
/// virtual_mailbox_domains through virtual_mailbox_maps under virtual_mailbox_base; anything else is remote.
/// </summary>
public sealed class MailboxResolver : IRecipientResolver
{
    private const int MaxDepth = 20;
    private readonly MtaSettings settings;
    private readonly AliasMaps aliases;
    private readonly ISystemUsers users;
    private readonly IReadOnlyList<ILookupTable> virtualAliases;
    private readonly IReadOnlyList<ILookupTable> virtualMailboxes;

    /// <summary>A resolver over opened tables.</summary>
    public MailboxResolver(MtaSettings settings, AliasMaps aliases, ISystemUsers users, IReadOnlyList<ILookupTable> virtualAliases, IReadOnlyList<ILookupTable> virtualMailboxes)
    {
        this.settings = settings;
        this.aliases = aliases;
        this.users = users;
        this.virtualAliases = virtualAliases;
        this.virtualMailboxes = virtualMailboxes;
    }

    /// <summary>Opens alias_maps, virtual_alias_maps and virtual_mailbox_maps; table errors are returned, not thrown.</summary>
    public static MailboxResolver Open(MtaSettings settings, ISystemUsers users, ICollection<string> errors)
    {
        var factory = new LookupTableFactory(users, errors.Add);
        var aliasTables = factory.OpenAll(settings.AliasMaps.Where(m => !m.StartsWith("nis:", StringComparison.Ordinal)), "alias_maps", TableSyntax.Aliases, errors);
        return new MailboxResolver(
            settings,
            new AliasMaps(aliasTables, settings.RecipientDelimiter),
            users,
            factory.OpenAll(settings.VirtualAliasMaps, "virtual_alias_maps", TableSyntax.Map, errors),
            factory.OpenAll(settings.VirtualMailboxMaps, "virtual_mailbox_maps", TableSyntax.Map, errors));
    }

    /// <summary>The address class of <paramref name="domain"/> (empty: a bare local name).</summary>
    public RecipientClass Classify(string domain)
    {
        if (domain.Length == 0 || settings.IsMyDestination(domain))
            return RecipientClass.Local;
        if (MtaSettings.ContainsDomain(settings.VirtualMailboxDomains, domain) || MtaSettings.ContainsDomain(settings.VirtualAliasDomains, domain))
            return RecipientClass.VirtualMailbox;
        return RecipientClass.Remote;
    }

    /// <inheritdoc/>
    public async ValueTask<RecipientResolution> ResolveAsync(string address, CancellationToken cancellationToken)
    {
        if (!RecipientAddress.TryParse(address, out var parsed))
            return new RecipientResolution(RecipientClass.Local, [], "local recipient table");
        var targets = new List<DeliveryTarget>();
        string deliveredTo = parsed.Domain.Length == 0 ? $"{parsed.LocalPart}@{settings.MyOrigin}" : parsed.ToString();
        var visited = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? table = await ExpandAsync(parsed, deliveredTo, targets, visited, 0, cancellationToken).ConfigureAwait(false);
        var cls = Classify(parsed.Domain);
        return new RecipientResolution(cls, targets, table ?? "");
    }

    /// <summary>Adds the targets of one address; returns the table name when it named nobody.</summary>
    private async ValueTask<string?> ExpandAsync(RecipientAddress address, string deliveredTo, List<DeliveryTarget> targets, HashSet<string> visited, int depth, CancellationToken cancellationToken)
    {
        if (depth > MaxDepth || !visited.Add(address.ToString()))
            return null; // an alias loop: the copies already found stand
        switch (Classify(address.Domain))
        {
            case RecipientClass.Remote:
                targets.Add(new DeliveryTarget(DeliveryKind.Remote, address.ToString(), deliveredTo));
                return null;
            case RecipientClass.VirtualMailbox:
                return await ExpandVirtualAsync(address, deliveredTo, targets, visited, depth, cancellationToken).ConfigureAwait(false);
        }
        string local = address.LocalPart.ToLowerInvariant();
        var alias = await aliases.FindAsync(local, cancellationToken).ConfigureAwait(false);
        if (alias is { Error: null } && visited.Add("alias:" + alias.Name))
        {
            await AddAliasTargetsAsync(alias.Name, alias.Targets, deliveredTo, targets, visited, depth, cancellationToken).ConfigureAwait(false);
            return null;
        }
        string user = RecipientAddress.StripExtension(local, settings.RecipientDelimiter) ?? local;
        var account = await users.FindAsync(user, cancellationToken).ConfigureAwait(false);
        if (account is null)
            return "local recipient table";
        targets.Add(MailboxOf(account, deliveredTo));
        return null;
    }

    private async ValueTask AddAliasTargetsAsync(string name, IReadOnlyList<AliasTarget> items, string deliveredTo, List<DeliveryTarget> targets, HashSet<string> visited, int depth, CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            switch (item.Kind)
            {
                case AliasTargetKind.Command:
                    targets.Add(new DeliveryTarget(DeliveryKind.Pipe, item.Value, deliveredTo, CommandLine.Split(item.Value)));
                    break;
                case AliasTargetKind.File:
                    targets.Add(new DeliveryTarget(DeliveryKind.File, item.Value, deliveredTo));
                    break;
                case AliasTargetKind.Include:
                    var (included, error) = await AliasMaps.ReadIncludeAsync(item.Value, cancellationToken).ConfigureAwait(false);
                    if (error is null && depth < MaxDepth)
                        await AddAliasTargetsAsync(name, included, deliveredTo, targets, visited, depth + 1, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    if (!RecipientAddress.TryParse(item.Value, out var next))
                        break;
                    // "root: root, /var/log/root.mail": the alias naming itself means the user, not the alias again.
                    if (next.Domain.Length == 0 && next.LocalPart.Equals(name, StringComparison.OrdinalIgnoreCase))
                    {
                        var account = await users.FindAsync(next.LocalPart, cancellationToken).ConfigureAwait(false);
                        if (account is not null)
                            targets.Add(MailboxOf(account, deliveredTo));
                        break;
                    }
                    await ExpandAsync(next, deliveredTo, targets, visited, depth + 1, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    private async ValueTask<string?> ExpandVirtualAsync(RecipientAddress address, string deliveredTo, List<DeliveryTarget> targets, HashSet<string> visited, int depth, CancellationToken cancellationToken)
    {
        foreach (string key in address.VirtualKeys(settings.RecipientDelimiter))
        {
            if (await LookupAsync(virtualAliases, key, cancellationToken).ConfigureAwait(false) is { } forwarded)
            {
                foreach (string item in forwarded.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
                    if (RecipientAddress.TryParse(item, out var next))
                        await ExpandAsync(next, deliveredTo, targets, visited, depth + 1, cancellationToken).ConfigureAwait(false);
                return null;
            }
        }
        if (MtaSettings.ContainsDomain(settings.VirtualMailboxDomains, address.Domain))
        {
            foreach (string key in address.VirtualKeys(settings.RecipientDelimiter))
            {
                if (await LookupAsync(virtualMailboxes, key, cancellationToken).ConfigureAwait(false) is not { } mailbox)
                    continue;
                string path = Path.Combine(settings.VirtualMailboxBase, mailbox.Trim().TrimStart('/'));
                // A trailing slash selects Maildir, as virtual(8) reads it; otherwise an mbox file.
                targets.Add(mailbox.TrimEnd().EndsWith('/')
                    ? new DeliveryTarget(DeliveryKind.Maildir, path, deliveredTo)
                    : new DeliveryTarget(DeliveryKind.File, path, deliveredTo));
                return null;
            }
            return "virtual mailbox table";
        }
        return "virtual alias table";
    }

    private DeliveryTarget MailboxOf(SystemUser account, string deliveredTo)
    {
        if (settings.HomeMailbox.EndsWith('/'))
            return new DeliveryTarget(DeliveryKind.Maildir, Path.Combine(account.Home, settings.HomeMailbox), deliveredTo);
        string mbox = settings.HomeMailbox.Length > 0 ? Path.Combine(account.Home, settings.HomeMailbox) : Path.Combine(settings.MailSpoolDirectory, account.Name);
        return new DeliveryTarget(DeliveryKind.File, mbox, deliveredTo);
    }

    private static async ValueTask<string?> LookupAsync(IReadOnlyList<ILookupTable> tables, string key, CancellationToken cancellationToken)
    {
        foreach (var table in tables)
            if (await table.LookupAsync(key, cancellationToken).ConfigureAwait(false) is { } value)
                return value;
        return null;
    }
}
