using System.Collections.Frozen;

namespace MuttSharp.Mta.Config;

/// <summary>
/// Every main.cf parameter MuttSharp knows, with Postfix's name and default. The defaults are those
/// of Postfix at <c>compatibility_level = 3.6</c> (what Debian 12's main.cf sets), with the safer
/// defaults of later releases where they only harden the SMTP server (<c>smtpd_forbid_bare_newline =
/// normalize</c>, <c>smtpd_forbid_unauth_pipelining = yes</c>). Parameters that only Postfix's own
/// programs use (directories, paths of its binaries, TLS files) are known so that a Postfix main.cf
/// loads without "unused parameter" noise; they have no effect here.
/// </summary>
public static class ParameterTable
{
    private const ParameterKind L = ParameterKind.List;
    private const ParameterKind T = ParameterKind.Time;
    private const ParameterKind S = ParameterKind.Size;
    private const ParameterKind I = ParameterKind.Integer;
    private const ParameterKind B = ParameterKind.Boolean;

    /// <summary>All known parameters, in the order <c>postconf</c> prints them (by name).</summary>
    public static IReadOnlyList<ParameterDefinition> All { get; } = Build(
    [
        // Identity and addressing.
        new("myhostname", "", Computed: HostDefaults.MyHostname),
        new("mydomain", "", Computed: HostDefaults.MyDomain),
        new("myorigin", "$myhostname"),
        new("mydestination", "$myhostname, localhost.$mydomain, localhost", L),
        new("mynetworks", "", L, Computed: HostDefaults.MyNetworks),
        new("mynetworks_style", "host"),
        new("inet_interfaces", "all", L),
        new("inet_protocols", "all", L),
        new("proxy_interfaces", "", L),
        new("mail_name", "MuttSharp"),
        new("smtpd_banner", "$myhostname ESMTP $mail_name"),
        new("compatibility_level", "3.6"),
        new("append_dot_mydomain", "no", B),
        new("append_at_myorigin", "yes", B),
        new("recipient_delimiter", ""),
        new("relayhost", ""),
        new("relay_domains", "", L),
        new("relay_recipient_maps", "", L),
        new("allow_untrusted_routing", "no", B),
        new("swap_bangpath", "yes", B),
        new("allow_percent_hack", "yes", B),
        new("resolve_dequoted_address", "yes", B),
        new("biff", "yes", B),

        // Local delivery and aliases.
        new("home_mailbox", ""),
        new("mail_spool_directory", "/var/mail"),
        new("mailbox_command", ""),
        new("mailbox_size_limit", "51200000", S),
        new("alias_maps", "hash:/etc/aliases", L),
        new("alias_database", "hash:/etc/aliases", L),
        new("local_recipient_maps", "proxy:unix:passwd.byname $alias_maps", L),
        new("unknown_local_recipient_reject_code", "550", I),
        new("allow_mail_to_commands", "alias, forward", L),
        new("allow_mail_to_files", "alias, forward", L),
        new("prepend_delivered_header", "command, file, forward", L),
        new("owner_request_special", "yes", B),
        new("expand_owner_alias", "no", B),
        new("propagate_unmatched_extensions", "canonical, virtual", L),
        new("forward_path", "$home/.forward${recipient_delimiter}${extension}, $home/.forward", L),
        new("default_privs", "nobody"),
        new("local_command_shell", ""),

        // Virtual domains.
        new("virtual_maps", "", L),
        new("virtual_alias_maps", "$virtual_maps", L),
        new("virtual_alias_domains", "$virtual_alias_maps", L),
        new("virtual_alias_recursion_limit", "1000", I),
        new("virtual_alias_expansion_limit", "1000", I),
        new("virtual_mailbox_domains", "$virtual_mailbox_maps", L),
        new("virtual_mailbox_maps", "", L),
        new("virtual_mailbox_base", ""),
        new("virtual_mailbox_limit", "51200000", S),
        new("virtual_minimum_uid", "100", I),
        new("virtual_uid_maps", "", L),
        new("virtual_gid_maps", "", L),

        // SMTP server.
        new("message_size_limit", "10240000", S),
        new("header_size_limit", "102400", S),
        new("line_length_limit", "2048", I),
        new("hopcount_limit", "50", I),
        new("smtpd_recipient_limit", "1000", I),
        new("smtpd_timeout", "300s", T),
        new("smtpd_client_connection_count_limit", "50", I),
        // MuttSharp's own: microseconds a lone session polls for the client's next bytes before it sleeps
        // (named after Linux's net.core.busy_read, which does the same for network devices).
        new("smtpd_busy_read", "200", I),
        new("smtpd_client_connection_rate_limit", "0", I),
        new("smtpd_soft_error_limit", "10", I),
        new("smtpd_hard_error_limit", "20", I),
        new("smtpd_error_sleep_time", "1s", T),
        new("smtpd_junk_command_limit", "100", I),
        new("smtpd_relay_restrictions", "permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination", L),
        new("smtpd_recipient_restrictions", "", L),
        new("smtpd_client_restrictions", "", L),
        new("smtpd_helo_restrictions", "", L),
        new("smtpd_sender_restrictions", "", L),
        new("smtpd_data_restrictions", "", L),
        new("smtpd_helo_required", "no", B),
        new("smtpd_delay_reject", "yes", B),
        new("smtpd_reject_unlisted_recipient", "yes", B),
        new("smtpd_reject_unlisted_sender", "no", B),
        new("smtpd_forbid_bare_newline", "normalize"),
        new("smtpd_forbid_bare_newline_exclusions", "$mynetworks", L),
        new("smtpd_forbid_unauth_pipelining", "yes", B),
        new("smtpd_sasl_auth_enable", "no", B),
        new("smtpd_tls_security_level", ""),
        new("smtpd_tls_cert_file", ""),
        new("smtpd_tls_key_file", ""),
        new("smtpd_tls_chain_files", "", L),
        new("smtpd_use_tls", "no", B),
        new("smtputf8_enable", "yes", B),
        new("disable_vrfy_command", "no", B),
        new("strict_rfc821_envelopes", "no", B),
        new("unknown_address_reject_code", "450", I),
        new("unknown_relay_recipient_reject_code", "550", I),
        new("unknown_virtual_alias_reject_code", "550", I),
        new("unknown_virtual_mailbox_reject_code", "550", I),
        new("relay_domains_reject_code", "554", I),
        new("non_fqdn_reject_code", "504", I),
        new("reject_code", "554", I),
        new("defer_code", "450", I),
        new("access_map_reject_code", "554", I),
        new("unverified_recipient_reject_code", "450", I),
        new("show_user_unknown_table_name", "yes", B),
        new("soft_bounce", "no", B),

        // Queue and outbound delivery.
        new("queue_directory", "/var/spool/muttsharp"),
        new("queue_run_delay", "300s", T),
        new("minimal_backoff_time", "300s", T),
        new("maximal_backoff_time", "4000s", T),
        new("maximal_queue_lifetime", "5d", T, 'd'),
        new("bounce_queue_lifetime", "5d", T, 'd'),
        new("delay_warning_time", "0h", T, 'h'),
        // MuttSharp's own (Postfix has no such file): blank queue files kept ready for one-flush commits.
        new("queue_blank_file_count", "32", I),
        new("default_process_limit", "100", I),
        new("smtp_line_length_limit", "998", I),
        new("smtp_tls_security_level", "may"),
        new("smtp_sasl_auth_enable", "no", B),
        new("smtp_sasl_password_maps", "", L),
        new("smtp_connect_timeout", "30s", T),
        new("smtp_helo_timeout", "300s", T),
        new("ignore_mx_lookup_error", "no", B),
        new("cleanup_replace_stray_cr_lf", "yes", B),
        new("default_transport", "smtp"),
        new("local_transport", "local:$myhostname"),
        new("virtual_transport", "virtual"),
        new("relay_transport", "relay"),
        new("transport_maps", "", L),
        new("bounce_notice_recipient", "postmaster"),
        new("notify_classes", "resource, software", L),
        new("double_bounce_sender", "double-bounce"),
        new("empty_address_recipient", "MAILER-DAEMON"),

        // Logging.
        new("maillog_file", ""),
        new("maillog_file_prefixes", "/var, /dev/stdout", L),
        new("syslog_name", "muttsharp"),
        new("syslog_facility", "mail"),

        // Known to Postfix's own programs only; accepted so that a Postfix main.cf loads quietly.
        new("command_directory", "/usr/sbin"),
        new("daemon_directory", "/usr/lib/postfix/sbin"),
        new("data_directory", "/var/lib/postfix"),
        new("meta_directory", "/etc/postfix"),
        new("shlib_directory", "no"),
        new("config_directory", "/etc/muttsharp"),
        new("mail_owner", "postfix"),
        new("setgid_group", "postdrop"),
        new("html_directory", "no"),
        new("manpage_directory", "/usr/share/man"),
        new("sample_directory", "/etc/postfix"),
        new("readme_directory", "no"),
        new("sendmail_path", "/usr/sbin/sendmail"),
        new("newaliases_path", "/usr/bin/newaliases"),
        new("mailq_path", "/usr/bin/mailq"),
        new("debug_peer_level", "2", I),
        new("debug_peer_list", "", L),
        new("debugger_command", ""),
        new("smtpd_tls_session_cache_database", ""),
        new("smtp_tls_session_cache_database", ""),
        new("smtpd_tls_CAfile", ""),
        new("smtpd_tls_CApath", ""),
        new("smtp_tls_CAfile", ""),
        new("smtp_tls_CApath", ""),
        new("smtpd_sasl_type", "cyrus"),
        new("smtpd_sasl_path", "smtpd"),
        new("smtpd_sasl_security_options", "noanonymous", L),
        new("smtpd_sasl_local_domain", ""),
        new("broken_sasl_auth_clients", "no", B),
        new("milter_default_action", "tempfail"),
        new("smtpd_milters", "", L),
        new("non_smtpd_milters", "", L),
        new("milter_protocol", "6"),
        new("mailbox_transport", ""),
        new("fallback_transport", ""),
        new("luser_relay", ""),
        new("canonical_maps", "", L),
        new("sender_canonical_maps", "", L),
        new("recipient_canonical_maps", "", L),
        new("header_checks", "", L),
        new("body_checks", "", L),
        new("masquerade_domains", "", L),
        new("local_header_rewrite_clients", "permit_inet_interfaces", L),
    ]);

    private static readonly FrozenDictionary<string, ParameterDefinition> ByName =
        All.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);

    /// <summary>The definition of <paramref name="name"/>, or null when MuttSharp does not know it.</summary>
    public static ParameterDefinition? Find(string name) => ByName.GetValueOrDefault(name);

    private static IReadOnlyList<ParameterDefinition> Build(ParameterDefinition[] definitions)
    {
        Array.Sort(definitions, (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return definitions;
    }
}
