using System.Collections.Immutable;
using MuttSharp.Mta.Aliases;
using MuttSharp.Mta.Config;
using MuttSharp.Mta.Policy;

namespace MuttSharp.Mta.Routing;

/// <summary>
/// Resolves a recipient the way Postfix's cleanup, trivial-rewrite, local(8) and virtual(8) do
/// together: a bare name gets <c>@$myorigin</c>; <c>virtual_alias_maps</c> rewrite any address
/// (<c>user+ext@domain</c>, <c>user@domain</c>, <c>@domain</c>); then by domain class: local names go
/// through <c>alias_maps</c> (extensions fall back to the bare name; <c>owner-name</c> becomes the
/// envelope sender; <c>:include:</c> files are read; commands and files only where
/// <c>allow_mail_to_commands</c>/<c>_files</c> allow) and end at a Unix user's <c>home_mailbox</c>;
/// virtual mailbox addresses end at <c>virtual_mailbox_base</c> + the map's path; others are remote.
/// An address met again on its own expansion path is not expanded again (so <c>root: root, backup</c>
/// delivers to root's mailbox and alias loops end), and the nesting and size limits of
/// <c>virtual_alias_recursion_limit</c> and <c>virtual_alias_expansion_limit</c> apply.
/// </summary>
public sealed class RecipientResolver : IRecipientResolver
{
    private readonly RecipientDirectory directory;
    private readonly MtaSettings settings;

    /// <param name="directory">Our domains, tables and users.</param>
    public RecipientResolver(RecipientDirectory directory)
    {
        this.directory = directory;
        settings = directory.Settings;
    }

    /// <inheritdoc />
    public async ValueTask<RecipientResolution> ResolveAsync(string recipient, CancellationToken cancellationToken)
    {
        string original = recipient.Trim().TrimStart('<').TrimEnd('>');
        var expansion = new Expansion(original, cancellationToken);
        if (!RecipientAddress.TryParse(original, out var address))
            expansion.Fail(original, "5.1.3", "bad address syntax");
        else
            await ResolveAddressAsync(expansion, Qualify(address), 0, [], null, null).ConfigureAwait(false);
        return new RecipientResolution(expansion.Targets, expansion.Failures);
    }

    private async Task ResolveAddressAsync(Expansion expansion, RecipientAddress address, int depth, ImmutableHashSet<string> path, string? owner, string? deliveredTo)
    {
        if (!expansion.Count(address, settings.VirtualAliasExpansionLimit) || !CheckDepth(expansion, address, depth))
            return;
        string key = "address:" + address.ToString().ToLowerInvariant();
        if (!path.Contains(key))
        {
            var keys = address.VirtualKeys(settings.RecipientDelimiter).ToArray();
            foreach (string lookupKey in keys)
            {
                string? value = await RecipientDirectory.FindFirstAsync(directory.VirtualAliasMaps, [lookupKey], expansion.CancellationToken).ConfigureAwait(false);
                if (value is null)
                    continue;
                string? extension = lookupKey == keys[0] ? null : Extension(address);
                foreach (string item in ParameterValue.SplitList(value))
                {
                    if (!RecipientAddress.TryParse(item, out var rewritten))
                    {
                        expansion.Fail(address.ToString(), "5.3.5", $"bad virtual alias \"{item}\" for {lookupKey}");
                        continue;
                    }
                    rewritten = Qualify(WithExtension(rewritten, extension, "virtual"));
                    await ResolveAddressAsync(expansion, rewritten, depth + 1, path.Add(key), owner, deliveredTo).ConfigureAwait(false);
                }
                return;
            }
        }
        switch (await directory.ClassifyAsync(address.Domain, expansion.CancellationToken).ConfigureAwait(false))
        {
            case DomainClass.Local:
                await ResolveLocalAsync(expansion, address, depth, path, owner, deliveredTo ?? address.ToString()).ConfigureAwait(false);
                break;
            case DomainClass.VirtualMailbox:
                await ResolveVirtualMailboxAsync(expansion, address, owner).ConfigureAwait(false);
                break;
            case DomainClass.VirtualAlias:
                expansion.Fail(address.ToString(), "5.1.1", $"User unknown in virtual alias table");
                break;
            default:
                expansion.Add(new DeliveryTarget(DeliveryTargetKind.Remote, expansion.Original, deliveredTo, RemoteAddress: address.ToString(), EnvelopeSender: owner));
                break;
        }
    }

    private async Task ResolveLocalAsync(Expansion expansion, RecipientAddress address, int depth, ImmutableHashSet<string> path, string? owner, string deliveredTo)
    {
        var token = expansion.CancellationToken;
        string local = address.LocalPart.ToLowerInvariant();
        var match = await directory.Aliases.FindAsync(local, token).ConfigureAwait(false);
        if (match is not null && !path.Contains("alias:" + match.Name))
        {
            if (match.Error is not null)
            {
                expansion.Fail(address.ToString(), "4.3.0", $"alias database error: {match.Error}");
                return;
            }
            string? aliasOwner = await directory.Aliases.HasOwnerAsync(match.Name, token).ConfigureAwait(false)
                ? $"owner-{match.Name}@{settings.MyOrigin}"
                : owner;
            await ExpandTargetsAsync(expansion, match.Targets, "alias", depth + 1, path.Add("alias:" + match.Name), aliasOwner, deliveredTo).ConfigureAwait(false);
            return;
        }
        string name = RecipientAddress.StripExtension(local, settings.RecipientDelimiter) ?? local;
        var user = await directory.Users.FindAsync(name, token).ConfigureAwait(false);
        if (user is null)
        {
            expansion.Fail(address.ToString(), "5.1.1", $"unknown user: \"{local}\"");
            return;
        }
        string mailbox = settings.HomeMailbox;
        var target = mailbox.Length == 0
            ? new DeliveryTarget(DeliveryTargetKind.Mbox, expansion.Original, deliveredTo, Path.Combine(settings.MailSpoolDirectory, user.Name))
            : new DeliveryTarget(mailbox.EndsWith('/') ? DeliveryTargetKind.Maildir : DeliveryTargetKind.Mbox, expansion.Original, deliveredTo, Path.Combine(user.Home, mailbox));
        expansion.Add(target with { RunAs = user, EnvelopeSender = owner });
    }

    private async Task ExpandTargetsAsync(Expansion expansion, IReadOnlyList<AliasTarget> targets, string origin, int depth, ImmutableHashSet<string> path, string? owner, string deliveredTo)
    {
        var token = expansion.CancellationToken;
        foreach (var target in targets)
        {
            switch (target.Kind)
            {
                case AliasTargetKind.Address when RecipientAddress.TryParse(target.Value, out var next):
                    await ResolveAddressAsync(expansion, Qualify(next), depth, path, owner, deliveredTo).ConfigureAwait(false);
                    break;
                case AliasTargetKind.Address:
                    expansion.Fail(deliveredTo, "5.1.3", $"bad address \"{target.Value}\" in {origin}");
                    break;
                case AliasTargetKind.Command when !settings.AllowMailToCommands.Contains(origin):
                    expansion.Fail(deliveredTo, "5.7.1", "mail to command is restricted");
                    break;
                case AliasTargetKind.Command:
                    expansion.Add(new DeliveryTarget(DeliveryTargetKind.Command, expansion.Original, deliveredTo,
                        Command: CommandLine.ToArgv(target.Value), RunAs: await DefaultPrivsAsync(token).ConfigureAwait(false), EnvelopeSender: owner));
                    break;
                case AliasTargetKind.File when !settings.AllowMailToFiles.Contains(origin):
                    expansion.Fail(deliveredTo, "5.7.1", "mail to file is restricted");
                    break;
                case AliasTargetKind.File:
                    expansion.Add(new DeliveryTarget(target.Value.EndsWith('/') ? DeliveryTargetKind.Maildir : DeliveryTargetKind.Mbox,
                        expansion.Original, deliveredTo, target.Value, RunAs: await DefaultPrivsAsync(token).ConfigureAwait(false), EnvelopeSender: owner));
                    break;
                case AliasTargetKind.Include when path.Contains("include:" + target.Value):
                    break;
                case AliasTargetKind.Include:
                    if (!CheckDepth(expansion, new RecipientAddress(deliveredTo, ""), depth))
                        break;
                    var (included, error) = await AliasMaps.ReadIncludeAsync(target.Value, token).ConfigureAwait(false);
                    if (error is not null)
                        expansion.Fail(deliveredTo, "4.3.0", error);
                    else
                        await ExpandTargetsAsync(expansion, included, "include", depth + 1, path.Add("include:" + target.Value), owner, deliveredTo).ConfigureAwait(false);
                    break;
            }
        }
    }

    private async Task ResolveVirtualMailboxAsync(Expansion expansion, RecipientAddress address, string? owner)
    {
        string? mailbox = await RecipientDirectory.FindFirstAsync(directory.VirtualMailboxMaps, address.VirtualKeys(settings.RecipientDelimiter), expansion.CancellationToken).ConfigureAwait(false);
        if (mailbox is null)
        {
            expansion.Fail(address.ToString(), "5.1.1", "User unknown in virtual mailbox table");
            return;
        }
        string relative = mailbox.Trim().TrimStart('/');
        if (relative.Length == 0 || relative.Split('/').Contains(".."))
        {
            expansion.Fail(address.ToString(), "5.3.5", $"bad virtual mailbox path \"{mailbox}\" for {address}");
            return;
        }
        var kind = relative.EndsWith('/') ? DeliveryTargetKind.Maildir : DeliveryTargetKind.Mbox;
        expansion.Add(new DeliveryTarget(kind, expansion.Original, address.ToString(), Path.Combine(settings.VirtualMailboxBase, relative), EnvelopeSender: owner));
    }

    private bool CheckDepth(Expansion expansion, RecipientAddress address, int depth)
    {
        if (depth <= settings.VirtualAliasRecursionLimit)
            return true;
        expansion.Fail(address.ToString(), "5.4.6", $"recursion limit ({settings.VirtualAliasRecursionLimit}) exceeded while expanding aliases");
        return false;
    }

    private async ValueTask<SystemUser?> DefaultPrivsAsync(CancellationToken cancellationToken) =>
        await directory.Users.FindAsync(settings.DefaultPrivs, cancellationToken).ConfigureAwait(false);

    private RecipientAddress Qualify(RecipientAddress address) =>
        address.Domain.Length == 0 && settings.AppendAtMyorigin ? address with { Domain = settings.MyOrigin.ToLowerInvariant() } : address;

    private string? Extension(RecipientAddress address)
    {
        string local = address.LocalPart;
        string? bare = RecipientAddress.StripExtension(local, settings.RecipientDelimiter);
        return bare is null ? null : local[bare.Length..];
    }

    // propagate_unmatched_extensions: an extension the table did not match is carried onto the result.
    private RecipientAddress WithExtension(RecipientAddress address, string? extension, string where) =>
        extension is null || !settings.PropagateUnmatchedExtensions.Contains(where) || RecipientAddress.StripExtension(address.LocalPart, settings.RecipientDelimiter) is not null
            ? address
            : address with { LocalPart = address.LocalPart + extension };

    /// <summary>The targets and failures gathered for one recipient, without duplicates.</summary>
    private sealed class Expansion(string original, CancellationToken cancellationToken)
    {
        private readonly HashSet<string> seen = new(StringComparer.Ordinal);
        private int addresses;
        private bool limitReported;

        public string Original { get; } = original;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public List<DeliveryTarget> Targets { get; } = [];

        public List<DeliveryFailure> Failures { get; } = [];

        public void Add(DeliveryTarget target)
        {
            string key = $"{target.Kind}|{target.Path}|{string.Join('\0', target.Command ?? [])}|{target.RemoteAddress?.ToLowerInvariant()}";
            if (seen.Add(key))
                Targets.Add(target);
        }

        public void Fail(string address, string status, string reason) => Failures.Add(new DeliveryFailure(Original, address, status, reason));

        public bool Count(RecipientAddress address, int limit)
        {
            if (++addresses <= limit)
                return true;
            if (!limitReported)
                Fail(address.ToString(), "5.3.0", $"expansion limit ({limit} addresses) exceeded");
            limitReported = true;
            return false;
        }
    }
}
