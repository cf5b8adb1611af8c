using System.Net;
using System.Net.Sockets;

namespace MuttSharp.Mta.Config;

/// <summary>
/// The engine's configuration, typed: every parameter it acts on, expanded and converted once.
/// A value that cannot be read (a bad time, number or boolean) is reported in <see cref="Problems"/>
/// and the Postfix default is used instead. Immutable after construction; share it freely.
/// </summary>
public sealed class MtaSettings
{
    private readonly List<ConfigDiagnostic> problems = [];

    /// <summary>Builds typed settings from the parameter namespace (and master.cf's listeners, when there is one).</summary>
    public MtaSettings(MtaParameters parameters, MasterCf? masterCf = null)
    {
        Parameters = parameters;
        MasterCf = masterCf;

        MyHostname = Text("myhostname");
        MyDomain = Text("mydomain");
        MyOrigin = Text("myorigin");
        MyDestination = List("mydestination");
        MyNetworksStyle = Text("mynetworks_style");
        MyNetworks = NetworkList.Parse(List("mynetworks"), m => Report("mynetworks", m));
        InetInterfaces = List("inet_interfaces");
        InetProtocols = List("inet_protocols");
        SmtpdBanner = Text("smtpd_banner");
        MailName = Text("mail_name");
        Relayhost = Text("relayhost");
        RelayDomains = List("relay_domains");
        RecipientDelimiter = Text("recipient_delimiter");
        HomeMailbox = Text("home_mailbox");
        MailSpoolDirectory = Text("mail_spool_directory");
        MailboxSizeLimit = Number("mailbox_size_limit");
        AliasMaps = List("alias_maps");
        AliasDatabase = List("alias_database");
        LocalRecipientMaps = List("local_recipient_maps");
        UnknownLocalRecipientRejectCode = (int)Number("unknown_local_recipient_reject_code");
        VirtualAliasDomains = List("virtual_alias_domains");
        VirtualAliasMaps = List("virtual_alias_maps");
        VirtualMailboxDomains = List("virtual_mailbox_domains");
        VirtualMailboxMaps = List("virtual_mailbox_maps");
        VirtualMailboxBase = Text("virtual_mailbox_base");
        MessageSizeLimit = Number("message_size_limit");
        HeaderSizeLimit = Number("header_size_limit");
        LineLengthLimit = (int)Number("line_length_limit");
        HopcountLimit = (int)Number("hopcount_limit");
        SmtpdRecipientLimit = (int)Number("smtpd_recipient_limit");
        SmtpdTimeout = Time("smtpd_timeout");
        SmtpdClientConnectionCountLimit = (int)Number("smtpd_client_connection_count_limit");
        SmtpdBusyRead = TimeSpan.FromMicroseconds(Math.Clamp(Number("smtpd_busy_read"), 0, int.MaxValue));
        SmtpdSoftErrorLimit = (int)Number("smtpd_soft_error_limit");
        SmtpdHardErrorLimit = (int)Number("smtpd_hard_error_limit");
        SmtpdErrorSleepTime = Time("smtpd_error_sleep_time");
        SmtpdJunkCommandLimit = (int)Number("smtpd_junk_command_limit");
        SmtpdRelayRestrictions = List("smtpd_relay_restrictions");
        SmtpdRecipientRestrictions = List("smtpd_recipient_restrictions");
        SmtpdForbidBareNewline = Text("smtpd_forbid_bare_newline");
        SmtpdForbidUnauthPipelining = Boolean("smtpd_forbid_unauth_pipelining");
        Smtputf8Enable = Boolean("smtputf8_enable");
        DisableVrfyCommand = Boolean("disable_vrfy_command");
        QueueDirectory = Text("queue_directory");
        QueueRunDelay = Time("queue_run_delay");
        MaximalQueueLifetime = Time("maximal_queue_lifetime");
        BounceQueueLifetime = Time("bounce_queue_lifetime");
        MinimalBackoffTime = Time("minimal_backoff_time");
        MaximalBackoffTime = Time("maximal_backoff_time");
        DelayWarningTime = Time("delay_warning_time");
        QueueBlankFileCount = (int)Number("queue_blank_file_count");
        SmtpLineLengthLimit = (int)Number("smtp_line_length_limit");
        MaillogFile = Text("maillog_file");
        SyslogName = Text("syslog_name");
        RelayRecipientMaps = List("relay_recipient_maps");
        AllowUntrustedRouting = Boolean("allow_untrusted_routing");
        AppendAtMyorigin = Boolean("append_at_myorigin");
        AllowMailToCommands = List("allow_mail_to_commands");
        AllowMailToFiles = List("allow_mail_to_files");
        DefaultPrivs = Text("default_privs");
        PropagateUnmatchedExtensions = List("propagate_unmatched_extensions");
        VirtualAliasRecursionLimit = (int)Number("virtual_alias_recursion_limit");
        VirtualAliasExpansionLimit = (int)Number("virtual_alias_expansion_limit");
        SmtpdRejectUnlistedRecipient = Boolean("smtpd_reject_unlisted_recipient");
        SmtpdRejectUnlistedSender = Boolean("smtpd_reject_unlisted_sender");
        ShowUserUnknownTableName = Boolean("show_user_unknown_table_name");
        SoftBounce = Boolean("soft_bounce");
        SmtpdHeloRequired = Boolean("smtpd_helo_required");
        StrictRfc821Envelopes = Boolean("strict_rfc821_envelopes");
        SmtpdSaslAuthEnable = Boolean("smtpd_sasl_auth_enable");
        SmtpdTlsSecurityLevel = Text("smtpd_tls_security_level");
        SmtpdTlsCertFile = Text("smtpd_tls_cert_file");
        SmtpdTlsKeyFile = Text("smtpd_tls_key_file");
        SmtpTlsSecurityLevel = Text("smtp_tls_security_level");
        SmtpConnectTimeout = Time("smtp_connect_timeout");
        SmtpHeloTimeout = Time("smtp_helo_timeout");
        IgnoreMxLookupError = Boolean("ignore_mx_lookup_error");
        DoubleBounceSender = Text("double_bounce_sender");
        BounceNoticeRecipient = Text("bounce_notice_recipient");
        EmptyAddressRecipient = Text("empty_address_recipient");
        ReplyCodes = new ReplyCodes(
            RejectCode: (int)Number("reject_code"),
            DeferCode: (int)Number("defer_code"),
            RelayDomainsRejectCode: (int)Number("relay_domains_reject_code"),
            NonFqdnRejectCode: (int)Number("non_fqdn_reject_code"),
            UnknownAddressRejectCode: (int)Number("unknown_address_reject_code"),
            UnknownLocalRecipientRejectCode: UnknownLocalRecipientRejectCode,
            UnknownVirtualAliasRejectCode: (int)Number("unknown_virtual_alias_reject_code"),
            UnknownVirtualMailboxRejectCode: (int)Number("unknown_virtual_mailbox_reject_code"),
            UnknownRelayRecipientRejectCode: (int)Number("unknown_relay_recipient_reject_code"));
        ListenEndpoints = masterCf is { SmtpdEndpoints.Count: > 0 } ? masterCf.SmtpdEndpoints : [new ListenEndpoint(null, 25)];
        ListenAddresses = ResolveInterfaces();
    }

    /// <summary>Loads main.cf and master.cf from a configuration directory.</summary>
    /// <param name="configDirectory">See <see cref="ConfigDirectory.Resolve"/>.</param>
    /// <param name="host">The machine identity; the running machine's when null.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public static async Task<MtaSettings> LoadAsync(string configDirectory, HostIdentity? host, CancellationToken cancellationToken)
    {
        var mainCf = await MainCf.LoadAsync(ConfigDirectory.MainCfPath(configDirectory), cancellationToken).ConfigureAwait(false);
        var masterCf = await MasterCf.LoadAsync(ConfigDirectory.MasterCfPath(configDirectory), cancellationToken).ConfigureAwait(false);
        return new MtaSettings(new MtaParameters(mainCf, host), masterCf);
    }

    /// <summary>The parameter namespace these settings were read from (for <c>$name</c> lookups and postconf).</summary>
    public MtaParameters Parameters { get; }

    /// <summary>master.cf, when the configuration directory has one.</summary>
    public MasterCf? MasterCf { get; }

    /// <summary>
    /// Everything wrong with the configuration: malformed main.cf/master.cf lines, unused parameters,
    /// bad values (their defaults were used), expansion loops. Postfix would stop on some of these;
    /// the caller decides (the engine logs them as warnings).
    /// </summary>
    public IReadOnlyList<ConfigDiagnostic> Problems =>
        [.. Parameters.MainCf.Diagnostics, .. MasterCf?.Diagnostics ?? [], .. Parameters.UnusedParameters(), .. problems, .. Parameters.Diagnostics];

    /// <summary><c>myhostname</c>: the host's FQDN, used in the banner, HELO, Received and Maildir names.</summary>
    public string MyHostname { get; }

    /// <summary><c>mydomain</c>.</summary>
    public string MyDomain { get; }

    /// <summary><c>myorigin</c>: the domain appended to bare local sender names.</summary>
    public string MyOrigin { get; }

    /// <summary><c>mydestination</c>: the domains delivered locally (lower case compare is the caller's).</summary>
    public IReadOnlyList<string> MyDestination { get; }

    /// <summary><c>mynetworks_style</c>: host, subnet or class (used only when mynetworks is not set).</summary>
    public string MyNetworksStyle { get; }

    /// <summary><c>mynetworks</c>, parsed: the trusted clients.</summary>
    public NetworkList MyNetworks { get; }

    /// <summary><c>inet_interfaces</c> as written: all, loopback-only, localhost, or addresses.</summary>
    public IReadOnlyList<string> InetInterfaces { get; }

    /// <summary><c>inet_protocols</c>: all, ipv4, ipv6, or both.</summary>
    public IReadOnlyList<string> InetProtocols { get; }

    /// <summary><c>smtpd_banner</c>, expanded (without the <c>220 </c>).</summary>
    public string SmtpdBanner { get; }

    /// <summary><c>mail_name</c>: the name in the banner and Received headers.</summary>
    public string MailName { get; }

    /// <summary><c>relayhost</c>: empty for direct MX delivery, else <c>[host]:port</c> or <c>host</c>.</summary>
    public string Relayhost { get; }

    /// <summary><c>relay_domains</c>: domains this host relays to from anywhere.</summary>
    public IReadOnlyList<string> RelayDomains { get; }

    /// <summary><c>recipient_delimiter</c>: the characters that separate <c>user</c> from <c>+ext</c> (empty: none).</summary>
    public string RecipientDelimiter { get; }

    /// <summary><c>home_mailbox</c>: relative to the user's home; a trailing <c>/</c> means Maildir. Empty: mbox in the spool.</summary>
    public string HomeMailbox { get; }

    /// <summary><c>mail_spool_directory</c>: where mailboxes live when home_mailbox is empty.</summary>
    public string MailSpoolDirectory { get; }

    /// <summary><c>mailbox_size_limit</c> in bytes (0 = none); also the largest single Maildir file.</summary>
    public long MailboxSizeLimit { get; }

    /// <summary><c>alias_maps</c>: the alias tables, as <c>type:name</c> items.</summary>
    public IReadOnlyList<string> AliasMaps { get; }

    /// <summary><c>alias_database</c>: the tables newaliases builds.</summary>
    public IReadOnlyList<string> AliasDatabase { get; }

    /// <summary><c>local_recipient_maps</c>: where local users are looked up; empty = accept every local name.</summary>
    public IReadOnlyList<string> LocalRecipientMaps { get; }

    /// <summary><c>unknown_local_recipient_reject_code</c>: 550, or 450 while testing.</summary>
    public int UnknownLocalRecipientRejectCode { get; }

    /// <summary><c>virtual_alias_domains</c>.</summary>
    public IReadOnlyList<string> VirtualAliasDomains { get; }

    /// <summary><c>virtual_alias_maps</c>.</summary>
    public IReadOnlyList<string> VirtualAliasMaps { get; }

    /// <summary><c>virtual_mailbox_domains</c>.</summary>
    public IReadOnlyList<string> VirtualMailboxDomains { get; }

    /// <summary><c>virtual_mailbox_maps</c>.</summary>
    public IReadOnlyList<string> VirtualMailboxMaps { get; }

    /// <summary><c>virtual_mailbox_base</c>: the directory virtual mailbox paths are relative to.</summary>
    public string VirtualMailboxBase { get; }

    /// <summary><c>message_size_limit</c> in bytes (0 = none).</summary>
    public long MessageSizeLimit { get; }

    /// <summary><c>header_size_limit</c> in bytes.</summary>
    public long HeaderSizeLimit { get; }

    /// <summary><c>line_length_limit</c>: longest line read before it is split.</summary>
    public int LineLengthLimit { get; }

    /// <summary><c>hopcount_limit</c>: most Received headers before the message bounces as a loop.</summary>
    public int HopcountLimit { get; }

    /// <summary><c>smtpd_recipient_limit</c>: most recipients per message.</summary>
    public int SmtpdRecipientLimit { get; }

    /// <summary><c>smtpd_timeout</c>.</summary>
    public TimeSpan SmtpdTimeout { get; }

    /// <summary><c>smtpd_client_connection_count_limit</c>: simultaneous connections per client (0 = none).</summary>
    public int SmtpdClientConnectionCountLimit { get; }

    /// <summary>
    /// <c>smtpd_busy_read</c> (microseconds, 0 = never): how long a session that is the server's only
    /// one polls its socket for the client's next bytes before it waits for them asleep.
    /// </summary>
    public TimeSpan SmtpdBusyRead { get; }

    /// <summary><c>smtpd_soft_error_limit</c>: errors after which each reply is delayed.</summary>
    public int SmtpdSoftErrorLimit { get; }

    /// <summary><c>smtpd_hard_error_limit</c>: errors after which the session is closed.</summary>
    public int SmtpdHardErrorLimit { get; }

    /// <summary><c>smtpd_error_sleep_time</c>.</summary>
    public TimeSpan SmtpdErrorSleepTime { get; }

    /// <summary><c>smtpd_junk_command_limit</c>: NOOP/VRFY/RSET/... counted against the error limit beyond this.</summary>
    public int SmtpdJunkCommandLimit { get; }

    /// <summary><c>smtpd_relay_restrictions</c>, as restriction names in order.</summary>
    public IReadOnlyList<string> SmtpdRelayRestrictions { get; }

    /// <summary><c>smtpd_recipient_restrictions</c>, as restriction names in order.</summary>
    public IReadOnlyList<string> SmtpdRecipientRestrictions { get; }

    /// <summary><c>smtpd_forbid_bare_newline</c>: <c>normalize</c> (default), <c>reject</c>, <c>yes</c> (= normalize) or <c>no</c>.</summary>
    public string SmtpdForbidBareNewline { get; }

    /// <summary><c>smtpd_forbid_unauth_pipelining</c>.</summary>
    public bool SmtpdForbidUnauthPipelining { get; }

    /// <summary><c>smtputf8_enable</c>.</summary>
    public bool Smtputf8Enable { get; }

    /// <summary><c>disable_vrfy_command</c>.</summary>
    public bool DisableVrfyCommand { get; }

    /// <summary><c>queue_directory</c>.</summary>
    public string QueueDirectory { get; }

    /// <summary><c>queue_run_delay</c>.</summary>
    public TimeSpan QueueRunDelay { get; }

    /// <summary><c>maximal_queue_lifetime</c>.</summary>
    public TimeSpan MaximalQueueLifetime { get; }

    /// <summary><c>bounce_queue_lifetime</c>.</summary>
    public TimeSpan BounceQueueLifetime { get; }

    /// <summary><c>minimal_backoff_time</c>.</summary>
    public TimeSpan MinimalBackoffTime { get; }

    /// <summary><c>maximal_backoff_time</c>.</summary>
    public TimeSpan MaximalBackoffTime { get; }

    /// <summary><c>delay_warning_time</c> (zero: no warnings).</summary>
    public TimeSpan DelayWarningTime { get; }

    /// <summary>
    /// <c>queue_blank_file_count</c>: how many empty queue files the running engine keeps ready in
    /// active/, so that an SMTP message is committed with one flush (0: none, every commit makes its file).
    /// </summary>
    public int QueueBlankFileCount { get; }

    /// <summary><c>smtp_line_length_limit</c>: outbound lines longer than this are folded.</summary>
    public int SmtpLineLengthLimit { get; }

    /// <summary><c>maillog_file</c>: empty = log to standard error.</summary>
    public string MaillogFile { get; }

    /// <summary><c>syslog_name</c>: the program prefix of log lines (<c>muttsharp/smtpd[pid]</c>).</summary>
    public string SyslogName { get; }

    /// <summary><c>relay_recipient_maps</c>: the valid recipients in <c>relay_domains</c> (empty: all are accepted).</summary>
    public IReadOnlyList<string> RelayRecipientMaps { get; }

    /// <summary><c>allow_untrusted_routing</c>: whether untrusted clients may relay via <c>user%host@us</c>, <c>host!user@us</c> or <c>user@host@us</c>.</summary>
    public bool AllowUntrustedRouting { get; }

    /// <summary><c>append_at_myorigin</c>: a bare name becomes <c>name@$myorigin</c>.</summary>
    public bool AppendAtMyorigin { get; }

    /// <summary><c>allow_mail_to_commands</c>: where <c>|command</c> targets are allowed (alias, forward, include).</summary>
    public IReadOnlyList<string> AllowMailToCommands { get; }

    /// <summary><c>allow_mail_to_files</c>: where <c>/file</c> targets are allowed (alias, forward, include).</summary>
    public IReadOnlyList<string> AllowMailToFiles { get; }

    /// <summary><c>default_privs</c>: the account that alias commands and files run as.</summary>
    public string DefaultPrivs { get; }

    /// <summary><c>propagate_unmatched_extensions</c>: where an unmatched <c>+ext</c> is carried onto the expansion (canonical, virtual, alias, forward, include).</summary>
    public IReadOnlyList<string> PropagateUnmatchedExtensions { get; }

    /// <summary><c>virtual_alias_recursion_limit</c>: deepest nesting of alias expansion (also applied to aliases).</summary>
    public int VirtualAliasRecursionLimit { get; }

    /// <summary><c>virtual_alias_expansion_limit</c>: most addresses one recipient may expand into (also applied to aliases).</summary>
    public int VirtualAliasExpansionLimit { get; }

    /// <summary><c>smtpd_reject_unlisted_recipient</c>: refuse unknown recipients in our domains even without <c>reject_unlisted_recipient</c>.</summary>
    public bool SmtpdRejectUnlistedRecipient { get; }

    /// <summary><c>smtpd_reject_unlisted_sender</c>: refuse senders in our domains that are not known recipients.</summary>
    public bool SmtpdRejectUnlistedSender { get; }

    /// <summary><c>show_user_unknown_table_name</c>: name the table in "User unknown in ... table" replies.</summary>
    public bool ShowUserUnknownTableName { get; }

    /// <summary><c>soft_bounce</c>: turn every permanent delivery failure into a deferral (a safety net while testing).</summary>
    public bool SoftBounce { get; }

    /// <summary><c>smtpd_helo_required</c>: MAIL before HELO/EHLO is refused.</summary>
    public bool SmtpdHeloRequired { get; }

    /// <summary><c>strict_rfc821_envelopes</c>: refuse envelope addresses not in &lt;brackets&gt; or with comments.</summary>
    public bool StrictRfc821Envelopes { get; }

    /// <summary><c>smtpd_sasl_auth_enable</c>: offer AUTH.</summary>
    public bool SmtpdSaslAuthEnable { get; }

    /// <summary><c>smtpd_tls_security_level</c>: empty/none, may (offer STARTTLS) or encrypt.</summary>
    public string SmtpdTlsSecurityLevel { get; }

    /// <summary><c>smtpd_tls_cert_file</c>.</summary>
    public string SmtpdTlsCertFile { get; }

    /// <summary><c>smtpd_tls_key_file</c>.</summary>
    public string SmtpdTlsKeyFile { get; }

    /// <summary><c>smtp_tls_security_level</c> for outbound delivery: none, may, encrypt...</summary>
    public string SmtpTlsSecurityLevel { get; }

    /// <summary><c>smtp_connect_timeout</c>.</summary>
    public TimeSpan SmtpConnectTimeout { get; }

    /// <summary><c>smtp_helo_timeout</c>.</summary>
    public TimeSpan SmtpHeloTimeout { get; }

    /// <summary><c>ignore_mx_lookup_error</c>: on an MX lookup error, try A/AAAA instead of deferring.</summary>
    public bool IgnoreMxLookupError { get; }

    /// <summary><c>double_bounce_sender</c>: the sender of bounces about bounces.</summary>
    public string DoubleBounceSender { get; }

    /// <summary><c>bounce_notice_recipient</c>: who gets postmaster copies of bounces.</summary>
    public string BounceNoticeRecipient { get; }

    /// <summary><c>empty_address_recipient</c>: where mail to the null address goes.</summary>
    public string EmptyAddressRecipient { get; }

    /// <summary>The SMTP reply codes restrictions use (<c>reject_code</c>, <c>relay_domains_reject_code</c>, ...).</summary>
    public ReplyCodes ReplyCodes { get; }

    /// <summary>The smtpd listeners from master.cf; without one, port 25 on every <see cref="ListenAddresses"/> entry.</summary>
    public IReadOnlyList<ListenEndpoint> ListenEndpoints { get; }

    /// <summary>
    /// The local addresses <c>inet_interfaces</c> and <c>inet_protocols</c> select: <c>all</c> gives the
    /// wildcard address of each enabled family, <c>loopback-only</c>/<c>localhost</c> the loopback ones.
    /// </summary>
    public IReadOnlyList<IPAddress> ListenAddresses { get; }

    /// <summary>Whether <paramref name="domain"/> is in <c>mydestination</c> (case-insensitive, trailing dot ignored).</summary>
    public bool IsMyDestination(string domain) => ContainsDomain(MyDestination, domain);

    /// <summary>The endpoints to listen on: each master.cf listener on its host, or on every <see cref="ListenAddresses"/> entry.</summary>
    public IReadOnlyList<IPEndPoint> ResolveListenEndpoints()
    {
        var result = new List<IPEndPoint>();
        foreach (var endpoint in ListenEndpoints)
        {
            if (endpoint.Host is null)
                result.AddRange(ListenAddresses.Select(a => new IPEndPoint(a, endpoint.Port)));
            else if (endpoint.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
                result.AddRange(Loopbacks().Select(a => new IPEndPoint(a, endpoint.Port)));
            else if (IPAddress.TryParse(endpoint.Host, out var address))
                result.Add(new IPEndPoint(address, endpoint.Port));
        }
        return result;
    }

    internal static bool ContainsDomain(IReadOnlyList<string> domains, string domain)
    {
        string wanted = domain.TrimEnd('.');
        foreach (string item in domains)
            if (string.Equals(item.TrimEnd('.'), wanted, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    private bool Ipv4 => InetProtocols.Any(p => p is "all" or "ipv4");

    private bool Ipv6 => InetProtocols.Any(p => p is "all" or "ipv6");

    private IEnumerable<IPAddress> Loopbacks()
    {
        if (Ipv4)
            yield return IPAddress.Loopback;
        if (Ipv6)
            yield return IPAddress.IPv6Loopback;
    }

    private IReadOnlyList<IPAddress> ResolveInterfaces()
    {
        var result = new List<IPAddress>();
        foreach (string item in InetInterfaces)
        {
            string lower = item.ToLowerInvariant();
            if (lower == "all")
            {
                if (Ipv4)
                    result.Add(IPAddress.Any);
                if (Ipv6)
                    result.Add(IPAddress.IPv6Any);
            }
            else if (lower is "loopback-only" or "localhost")
            {
                result.AddRange(Loopbacks());
            }
            else if (IPAddress.TryParse(item.Trim('[', ']'), out var address)
                     && (address.AddressFamily == AddressFamily.InterNetwork ? Ipv4 : Ipv6))
            {
                result.Add(address);
            }
            else
            {
                Report("inet_interfaces", $"cannot use \"{item}\": expected all, loopback-only, localhost or an address of an enabled protocol");
            }
        }
        return result.Distinct().ToArray();
    }

    private void Report(string name, string message) => problems.Add(new ConfigDiagnostic(Parameters.MainCf.Path, 0, $"{name}: {message}"));

    private string Text(string name) => Expanded(name).Trim();

    private IReadOnlyList<string> List(string name) => ParameterValue.SplitList(Expanded(name));

    // Every name read here must be in the table; a typo is a programming error, caught by any test.
    private static ParameterDefinition Definition(string name) =>
        ParameterTable.Find(name) ?? throw new InvalidOperationException($"parameter {name} is missing from {nameof(ParameterTable)}");

    private string Expanded(string name)
    {
        Definition(name);
        return Parameters.Expand(name);
    }

    private long Number(string name)
    {
        if (ParameterValue.TryParseNumber(Expanded(name), out long value, out string error))
            return value;
        Report(name, error);
        ParameterValue.TryParseNumber(Definition(name).Default, out value, out _);
        return value;
    }

    private TimeSpan Time(string name)
    {
        var definition = Definition(name);
        if (ParameterValue.TryParseTime(Parameters.Expand(name), definition.DefaultUnit, out var value, out string error))
            return value;
        Report(name, error);
        ParameterValue.TryParseTime(definition.Default, definition.DefaultUnit, out value, out _);
        return value;
    }

    private bool Boolean(string name)
    {
        if (ParameterValue.TryParseBoolean(Expanded(name), out bool value, out string error))
            return value;
        Report(name, error);
        ParameterValue.TryParseBoolean(Definition(name).Default, out value, out _);
        return value;
    }
}
