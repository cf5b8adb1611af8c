using System.Net;
using MuttSharp.Mta.Routing;
using MuttSharp.Mta.Tables;

namespace MuttSharp.Mta.Policy;

/// <summary>
/// Postfix's RCPT-time decision: <c>smtpd_relay_restrictions</c>, then <c>smtpd_recipient_restrictions</c>
/// (each evaluated in order: the first PERMIT ends that list, the first refusal ends the check), then the
/// unlisted-recipient check of <c>smtpd_reject_unlisted_recipient</c>. The restrictions are a table from
/// Postfix's name to an evaluator; a name not in it, or a configuration that could relay for anyone,
/// refuses every recipient with <c>451 4.3.5 Server configuration error</c>, as Postfix does.
/// </summary>
public sealed class RecipientPolicy : IRecipientPolicy
{
    private static readonly PolicyVerdict ConfigurationError = new(451, "4.3.5", "Server configuration error");

    /// <summary>Restrictions that stop relaying for anyone; at least one must be configured (Postfix's safety rule).</summary>
    private static readonly HashSet<string> RelayGuards = new(StringComparer.Ordinal)
    {
        "reject_unauth_destination", "defer_unauth_destination", "reject", "defer", "defer_if_permit",
    };

    private readonly RecipientDirectory directory;
    private readonly Func<string, CancellationToken, ValueTask<DomainStatus>>? resolveDomain;
    private readonly Dictionary<string, Func<Request, ValueTask<PolicyVerdict?>>> restrictions;
    private readonly Dictionary<string, Func<string, Func<Request, ValueTask<PolicyVerdict?>>>> tableRestrictions;
    private readonly List<string> problems = [];
    private readonly List<string> warnings = [];
    private readonly IReadOnlyList<Func<Request, ValueTask<PolicyVerdict?>>> relayList;
    private readonly IReadOnlyList<Func<Request, ValueTask<PolicyVerdict?>>> recipientList;
    private readonly LookupTableFactory factory;
    private readonly bool explicitUnlistedCheck;

    /// <param name="directory">Our domains and recipients.</param>
    /// <param name="resolveDomain">DNS for <c>reject_unknown_recipient_domain</c> (MX, else A/AAAA); null when DNS is not available, which makes that restriction a no-op with a problem reported.</param>
    /// <param name="warn">Receives warnings from access tables.</param>
    public RecipientPolicy(RecipientDirectory directory, Func<string, CancellationToken, ValueTask<DomainStatus>>? resolveDomain, Action<string> warn)
    {
        this.directory = directory;
        this.resolveDomain = resolveDomain;
        factory = new LookupTableFactory(directory.Users, warn);
        var settings = directory.Settings;
        var codes = settings.ReplyCodes;
        restrictions = new(StringComparer.Ordinal)
        {
            ["permit"] = _ => Permit(),
            ["reject"] = r => Refuse(PolicyVerdict.Refuse(codes.RejectCode, "7.1", $"<{r.RecipientText}>: Recipient address rejected: Access denied")),
            ["defer"] = r => Refuse(PolicyVerdict.Refuse(codes.DeferCode, "7.1", $"<{r.RecipientText}>: Recipient address rejected: Try again later")),
            ["permit_mynetworks"] = r => settings.MyNetworks.Contains(r.Client) ? Permit() : Dunno(),
            ["permit_sasl_authenticated"] = r => string.IsNullOrEmpty(r.SaslUser) ? Dunno() : Permit(),
            ["reject_unauth_destination"] = r => UnauthDestinationAsync(r, codes.RelayDomainsRejectCode),
            ["defer_unauth_destination"] = r => UnauthDestinationAsync(r, 454),
            ["reject_non_fqdn_recipient"] = r => IsFqdn(r.RecipientText) ? Dunno()
                : Refuse(PolicyVerdict.Refuse(codes.NonFqdnRejectCode, "5.2", $"<{r.RecipientText}>: Recipient address rejected: need fully-qualified address")),
            ["reject_non_fqdn_sender"] = r => r.SenderText.Length == 0 || IsFqdn(r.SenderText) ? Dunno()
                : Refuse(PolicyVerdict.Refuse(codes.NonFqdnRejectCode, "5.2", $"<{r.SenderText}>: Sender address rejected: need fully-qualified address")),
            ["reject_unknown_recipient_domain"] = UnknownRecipientDomainAsync,
            ["reject_unlisted_recipient"] = r => UnlistedAsync(r, r.Recipient, r.RecipientText, "Recipient"),
            ["reject_unlisted_sender"] = r => r.Sender is null ? Dunno() : UnlistedAsync(r, r.Sender, r.SenderText, "Sender"),
        };
        tableRestrictions = new(StringComparer.Ordinal)
        {
            ["check_recipient_access"] = spec => AccessCheck(spec, "check_recipient_access", r => AddressKeys(r.Recipient), r => $"<{r.RecipientText}>: Recipient address rejected"),
            ["check_sender_access"] = spec => AccessCheck(spec, "check_sender_access", r => r.Sender is null ? ["<>"] : AddressKeys(r.Sender), r => $"<{r.SenderText}>: Sender address rejected"),
            ["check_client_access"] = spec => AccessCheck(spec, "check_client_access", r => ClientKeys(r.Client), r => $"<unknown[{r.Client}]>: Client host rejected"),
        };
        relayList = Compile(settings.SmtpdRelayRestrictions, "smtpd_relay_restrictions");
        recipientList = Compile(settings.SmtpdRecipientRestrictions, "smtpd_recipient_restrictions");
        explicitUnlistedCheck = settings.SmtpdRelayRestrictions.Concat(settings.SmtpdRecipientRestrictions).Contains("reject_unlisted_recipient");
        if (resolveDomain is null && settings.SmtpdRelayRestrictions.Concat(settings.SmtpdRecipientRestrictions).Contains("reject_unknown_recipient_domain"))
            warnings.Add("reject_unknown_recipient_domain is configured but no DNS resolver was given; the restriction is skipped");
        if (!settings.SmtpdRelayRestrictions.Concat(settings.SmtpdRecipientRestrictions).Any(RelayGuards.Contains))
            problems.Add("in parameter smtpd_relay_restrictions or smtpd_recipient_restrictions, specify at least one working instance of: reject_unauth_destination, defer_unauth_destination, reject, defer or defer_if_permit");
    }

    /// <summary>Configuration errors found while compiling the restriction lists; while there are any, every recipient gets 451 4.3.5.</summary>
    public IReadOnlyList<string> Problems => problems;

    /// <summary>Things that work but not as configured (a restriction that needs DNS without a resolver).</summary>
    public IReadOnlyList<string> Warnings => warnings;

    /// <inheritdoc />
    public async ValueTask<PolicyVerdict> CheckAsync(IPAddress client, string? saslUser, string sender, string recipient, CancellationToken cancellationToken)
    {
        if (problems.Count > 0)
            return ConfigurationError;
        string recipientText = Unbracket(recipient);
        string senderText = Unbracket(sender);
        if (!RecipientAddress.TryParse(recipientText, out var parsedRecipient))
            return new PolicyVerdict(501, "5.1.3", $"<{recipientText}>: Recipient address rejected: bad address syntax");
        RecipientAddress.TryParse(senderText, out var parsedSender);
        var request = new Request(client, saslUser, Qualify(parsedRecipient), recipientText,
            senderText.Length == 0 ? null : Qualify(parsedSender), senderText, cancellationToken);

        foreach (var list in (IReadOnlyList<Func<Request, ValueTask<PolicyVerdict?>>>[])[relayList, recipientList])
        {
            foreach (var restriction in list)
            {
                var verdict = await restriction(request).ConfigureAwait(false);
                if (verdict is null)
                    continue;
                if (!verdict.Accepted)
                    return verdict;
                break;
            }
        }
        if (directory.Settings.SmtpdRejectUnlistedRecipient && !explicitUnlistedCheck
            && await UnlistedAsync(request, request.Recipient, recipientText, "Recipient").ConfigureAwait(false) is { } unlisted)
            return unlisted;
        if (directory.Settings.SmtpdRejectUnlistedSender && request.Sender is not null
            && await UnlistedAsync(request, request.Sender, senderText, "Sender").ConfigureAwait(false) is { } unlistedSender)
            return unlistedSender;
        return PolicyVerdict.Accept;
    }

    private IReadOnlyList<Func<Request, ValueTask<PolicyVerdict?>>> Compile(IReadOnlyList<string> items, string parameter)
    {
        var compiled = new List<Func<Request, ValueTask<PolicyVerdict?>>>();
        for (int i = 0; i < items.Count; i++)
        {
            string name = items[i];
            if (restrictions.TryGetValue(name, out var evaluate))
            {
                compiled.Add(evaluate);
            }
            else if (tableRestrictions.TryGetValue(name, out var build))
            {
                if (i + 1 >= items.Count)
                    problems.Add($"parameter {parameter}: restriction {name} requires a type:table argument");
                else
                    compiled.Add(build(items[++i]));
            }
            else
            {
                problems.Add($"parameter {parameter}: unknown smtpd restriction: \"{name}\" (supported: {string.Join(", ", restrictions.Keys.Concat(tableRestrictions.Keys))})");
            }
        }
        return compiled;
    }

    private async ValueTask<PolicyVerdict?> UnauthDestinationAsync(Request request, int code)
    {
        var domainClass = await directory.ClassifyAsync(request.Recipient.Domain, request.CancellationToken).ConfigureAwait(false);
        bool routed = !directory.Settings.AllowUntrustedRouting && request.Recipient.LocalPart.AsSpan().IndexOfAny("@!%") >= 0;
        if (domainClass != DomainClass.Remote && !routed)
            return null;
        return PolicyVerdict.Refuse(code, "7.1", $"<{request.RecipientText}>: Relay access denied");
    }

    private async ValueTask<PolicyVerdict?> UnknownRecipientDomainAsync(Request request)
    {
        var domainClass = await directory.ClassifyAsync(request.Recipient.Domain, request.CancellationToken).ConfigureAwait(false);
        if (domainClass is not (DomainClass.Remote or DomainClass.Relay))
            return null;
        if (resolveDomain is null)
            return null;
        var status = await resolveDomain(request.Recipient.Domain, request.CancellationToken).ConfigureAwait(false);
        int code = directory.Settings.ReplyCodes.UnknownAddressRejectCode;
        return status switch
        {
            DomainStatus.NotFound => PolicyVerdict.Refuse(code, "1.2", $"<{request.RecipientText}>: Recipient address rejected: Domain not found"),
            DomainStatus.TemporaryFailure => new PolicyVerdict(450, "4.1.2", $"<{request.RecipientText}>: Recipient address rejected: Domain not found"),
            _ => null,
        };
    }

    private async ValueTask<PolicyVerdict?> UnlistedAsync(Request request, RecipientAddress address, string shown, string role)
    {
        var lookup = await directory.LookupRecipientAsync(address, request.CancellationToken).ConfigureAwait(false);
        return lookup.Known
            ? null
            : PolicyVerdict.Refuse(lookup.RejectCode, "1.1", $"<{shown}>: {role} address rejected: User unknown in {lookup.TableDescription}");
    }

    private Func<Request, ValueTask<PolicyVerdict?>> AccessCheck(string spec, string name, Func<Request, IEnumerable<string>> keys, Func<Request, string> subject)
    {
        if (!factory.TryOpen(spec, name, TableSyntax.Map, out var table, out string error))
        {
            problems.Add(error);
            return _ => Dunno();
        }
        return async request =>
        {
            string? action = await RecipientDirectory.FindFirstAsync([table], keys(request), request.CancellationToken).ConfigureAwait(false);
            return action is null ? null : AccessAction.Evaluate(action, subject(request), directory.Settings.ReplyCodes);
        };
    }

    // access(5) keys for an address: user+ext@domain, user@domain, domain, parent domains, user+ext@, user@.
    private IEnumerable<string> AddressKeys(RecipientAddress address)
    {
        string delimiter = directory.Settings.RecipientDelimiter;
        foreach (string key in address.VirtualKeys(delimiter, withDomainCatchAll: false))
            yield return key;
        for (string domain = address.Domain; domain.Length > 0;)
        {
            yield return domain;
            int dot = domain.IndexOf('.');
            domain = dot < 0 ? "" : domain[(dot + 1)..];
        }
        string local = address.LocalPart.ToLowerInvariant();
        yield return local + "@";
        if (RecipientAddress.StripExtension(local, delimiter) is { } bare)
            yield return bare + "@";
    }

    // access(5) keys for a client: the address, then shorter IPv4 prefixes (1.2.3.4, 1.2.3, 1.2, 1).
    private static IEnumerable<string> ClientKeys(IPAddress client)
    {
        string text = (client.IsIPv4MappedToIPv6 ? client.MapToIPv4() : client).ToString();
        yield return text;
        if (!text.Contains(':'))
            for (int dot = text.LastIndexOf('.'); dot > 0; dot = text.LastIndexOf('.', dot - 1))
                yield return text[..dot];
    }

    private RecipientAddress Qualify(RecipientAddress address) =>
        address.Domain.Length == 0 && directory.Settings.AppendAtMyorigin
            ? address with { Domain = directory.Settings.MyOrigin.ToLowerInvariant() }
            : address;

    private static bool IsFqdn(string address)
    {
        int at = address.LastIndexOf('@');
        return at >= 0 && address.AsSpan(at + 1).TrimEnd('.').Contains('.');
    }

    private static string Unbracket(string address)
    {
        string trimmed = address.Trim();
        return trimmed.StartsWith('<') && trimmed.EndsWith('>') ? trimmed[1..^1] : trimmed;
    }

    private static ValueTask<PolicyVerdict?> Permit() => ValueTask.FromResult<PolicyVerdict?>(PolicyVerdict.Accept);

    private static ValueTask<PolicyVerdict?> Dunno() => ValueTask.FromResult<PolicyVerdict?>(null);

    private static ValueTask<PolicyVerdict?> Refuse(PolicyVerdict verdict) => ValueTask.FromResult<PolicyVerdict?>(verdict);

    /// <summary>One RCPT being checked.</summary>
    private sealed record Request(
        IPAddress Client,
        string? SaslUser,
        RecipientAddress Recipient,
        string RecipientText,
        RecipientAddress? Sender,
        string SenderText,
        CancellationToken CancellationToken);
}
