using System.Globalization;
using System.Net;

namespace MuttSharp.Mta.Engine;

/// <summary>
/// The main.cf parameters the engine acts on, under Postfix's names and with Postfix's defaults.
/// Built from any name-to-value lookup (main.cf once parsed, or a test's dictionary) by
/// <see cref="FromParameters"/>; values keep Postfix's syntax (<c>300s</c>, <c>5d</c>, comma lists).
/// </summary>
public sealed class EngineSettings
{
    /// <summary>Every parameter this type reads, with Postfix's default and where the parsed value goes.</summary>
    private static readonly (string Name, string Default, Action<EngineSettings, string> Apply)[] Table =
    [
        ("myhostname", "", (s, v) => s.MyHostname = v),
        ("mydomain", "", (s, v) => s.MyDomain = v),
        ("myorigin", "$myhostname", (s, v) => s.MyOrigin = v),
        ("mydestination", "$myhostname, localhost.$mydomain, localhost", (s, v) => s.MyDestination = List(v)),
        ("mynetworks", "127.0.0.0/8 [::1]/128", (s, v) => s.MyNetworks = List(v).Select(NetworkRange.Parse).ToArray()),
        ("smtpd_banner", "$myhostname ESMTP $mail_name", (s, v) => s.SmtpdBanner = v),
        ("mail_name", "MuttSharp", (s, v) => s.MailName = v),
        ("syslog_name", "muttsharp", (s, v) => s.SyslogName = v),
        ("relayhost", "", (s, v) => s.RelayHost = v),
        ("home_mailbox", "Maildir/", (s, v) => s.HomeMailbox = v),
        ("virtual_mailbox_domains", "", (s, v) => s.VirtualMailboxDomains = List(v)),
        ("virtual_mailbox_base", "", (s, v) => s.VirtualMailboxBase = v),
        ("virtual_alias_domains", "", (s, v) => s.VirtualAliasDomains = List(v)),
        ("relay_domains", "", (s, v) => s.RelayDomains = List(v)),
        ("unknown_local_recipient_reject_code", "550", (s, v) => s.UnknownLocalRecipientRejectCode = s.Int(v, 550)),
        ("message_size_limit", "10240000", (s, v) => s.MessageSizeLimit = s.Long(v, 10240000)),
        ("mailbox_size_limit", "51200000", (s, v) => s.MailboxSizeLimit = s.Long(v, 51200000)),
        ("header_size_limit", "102400", (s, v) => s.HeaderSizeLimit = s.Int(v, 102400)),
        ("line_length_limit", "2048", (s, v) => s.LineLengthLimit = s.Int(v, 2048)),
        ("hopcount_limit", "50", (s, v) => s.HopcountLimit = s.Int(v, 50)),
        ("smtpd_recipient_limit", "1000", (s, v) => s.SmtpdRecipientLimit = s.Int(v, 1000)),
        ("smtpd_timeout", "300s", (s, v) => s.SmtpdTimeout = s.Time(v, 300)),
        ("smtpd_client_connection_count_limit", "50", (s, v) => s.SmtpdClientConnectionCountLimit = s.Int(v, 50)),
        ("smtpd_soft_error_limit", "10", (s, v) => s.SmtpdSoftErrorLimit = s.Int(v, 10)),
        ("smtpd_hard_error_limit", "20", (s, v) => s.SmtpdHardErrorLimit = s.Int(v, 20)),
        ("smtpd_error_sleep_time", "1s", (s, v) => s.SmtpdErrorSleepTime = s.Time(v, 1)),
        ("smtpd_junk_command_limit", "100", (s, v) => s.SmtpdJunkCommandLimit = s.Int(v, 100)),
        ("smtpd_forbid_bare_newline", "normalize", (s, v) => s.SmtpdForbidBareNewline = s.BareNewlinePolicy(v)),
        ("disable_vrfy_command", "yes", (s, v) => s.DisableVrfyCommand = s.Bool(v, true)),
        ("smtputf8_enable", "yes", (s, v) => s.SmtpUtf8Enable = s.Bool(v, true)),
        ("smtpd_discard_ehlo_keywords", "", (s, v) => s.DiscardEhloKeywords = List(v)),
        ("allow_untrusted_routing", "no", (s, v) => s.AllowUntrustedRouting = s.Bool(v, false)),
        ("recipient_delimiter", "", (s, v) => s.RecipientDelimiter = v),
        ("queue_directory", "/var/spool/muttsharp", (s, v) => s.QueueDirectory = v),
        ("queue_run_delay", "300s", (s, v) => s.QueueRunDelay = s.Time(v, 300)),
        ("minimal_backoff_time", "300s", (s, v) => s.MinimalBackoffTime = s.Time(v, 300)),
        ("maximal_backoff_time", "4000s", (s, v) => s.MaximalBackoffTime = s.Time(v, 4000)),
        ("maximal_queue_lifetime", "5d", (s, v) => s.MaximalQueueLifetime = s.Time(v, 5 * 86400, 'd')),
        ("bounce_queue_lifetime", "5d", (s, v) => s.BounceQueueLifetime = s.Time(v, 5 * 86400, 'd')),
        ("maillog_file", "", (s, v) => s.MaillogFile = v),
        ("smtp_connect_timeout", "30s", (s, v) => s.SmtpConnectTimeout = s.Time(v, 30)),
        ("default_destination_concurrency_limit", "20", (s, v) => s.DestinationConcurrencyLimit = s.Int(v, 20)),
    ];

    /// <summary>The names of every parameter read here.</summary>
    public static IEnumerable<string> ParameterNames => Table.Select(t => t.Name);

    public string MyHostname { get; private set; } = "";
    public string MyDomain { get; private set; } = "";
    public string MyOrigin { get; private set; } = "";
    public IReadOnlyList<string> MyDestination { get; private set; } = [];
    public IReadOnlyList<NetworkRange> MyNetworks { get; private set; } = [];
    public string SmtpdBanner { get; private set; } = "";
    public string MailName { get; private set; } = "";
    public string SyslogName { get; private set; } = "";
    public string RelayHost { get; private set; } = "";
    public string HomeMailbox { get; private set; } = "";
    public IReadOnlyList<string> VirtualMailboxDomains { get; private set; } = [];
    public string VirtualMailboxBase { get; private set; } = "";
    public IReadOnlyList<string> VirtualAliasDomains { get; private set; } = [];
    public IReadOnlyList<string> RelayDomains { get; private set; } = [];
    public int UnknownLocalRecipientRejectCode { get; private set; }
    public long MessageSizeLimit { get; private set; }
    public long MailboxSizeLimit { get; private set; }
    public int HeaderSizeLimit { get; private set; }
    public int LineLengthLimit { get; private set; }
    public int HopcountLimit { get; private set; }
    public int SmtpdRecipientLimit { get; private set; }
    public TimeSpan SmtpdTimeout { get; private set; }
    public int SmtpdClientConnectionCountLimit { get; private set; }
    public int SmtpdSoftErrorLimit { get; private set; }
    public int SmtpdHardErrorLimit { get; private set; }
    public TimeSpan SmtpdErrorSleepTime { get; private set; }
    public int SmtpdJunkCommandLimit { get; private set; }
    public BareNewline SmtpdForbidBareNewline { get; private set; }
    public bool DisableVrfyCommand { get; private set; }
    public bool SmtpUtf8Enable { get; private set; }
    public IReadOnlyList<string> DiscardEhloKeywords { get; private set; } = [];
    public bool AllowUntrustedRouting { get; private set; }
    public string RecipientDelimiter { get; private set; } = "";
    public string QueueDirectory { get; private set; } = "";
    public TimeSpan QueueRunDelay { get; private set; }
    public TimeSpan MinimalBackoffTime { get; private set; }
    public TimeSpan MaximalBackoffTime { get; private set; }
    public TimeSpan MaximalQueueLifetime { get; private set; }
    public TimeSpan BounceQueueLifetime { get; private set; }
    public string MaillogFile { get; private set; } = "";
    public TimeSpan SmtpConnectTimeout { get; private set; }
    public int DestinationConcurrencyLimit { get; private set; }

    /// <summary>Problems met while reading values (a bad number, an unknown policy), one line each.</summary>
    public IReadOnlyList<string> Warnings => warnings;

    private readonly List<string> warnings = [];

    /// <summary>
    /// Reads every parameter through <paramref name="lookup"/> (null = not set, take the default) and
    /// expands <c>$name</c> / <c>${name}</c> against the same lookup and the defaults.
    /// </summary>
    public static EngineSettings FromParameters(Func<string, string?> lookup)
    {
        var settings = new EngineSettings();
        string? Raw(string name)
        {
            string? value = lookup(name);
            if (value is not null)
                return value;
            if (name == "myhostname")
                return DefaultHostName();
            if (name == "mydomain")
            {
                string host = Raw("myhostname") ?? "";
                int dot = host.IndexOf('.');
                return dot > 0 ? host[(dot + 1)..] : "localdomain";
            }
            foreach (var row in Table)
                if (row.Name == name)
                    return row.Default;
            return null;
        }
        foreach (var (name, _, apply) in Table)
            apply(settings, Expand(Raw(name) ?? "", Raw, 0).Trim());
        return settings;
    }

    /// <summary>Settings from a dictionary of main.cf values; everything else takes Postfix's default.</summary>
    public static EngineSettings FromDictionary(IReadOnlyDictionary<string, string> values)
        => FromParameters(name => values.TryGetValue(name, out string? v) ? v : null);

    /// <summary>True when <paramref name="address"/> is inside one of the <c>mynetworks</c> ranges.</summary>
    public bool IsInMyNetworks(IPAddress address)
    {
        foreach (var range in MyNetworks)
            if (range.Contains(address))
                return true;
        return false;
    }

    private static string DefaultHostName()
    {
        try
        {
            string name = Dns.GetHostName();
            return string.IsNullOrEmpty(name) ? "localhost" : name;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return "localhost";
        }
    }

    // $name, ${name}, ${name?value}, ${name:value}; depth-bounded against self-reference.
    private static string Expand(string value, Func<string, string?> raw, int depth)
    {
        if (depth > 20 || value.IndexOf('$') < 0)
            return value;
        var result = new System.Text.StringBuilder();
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c != '$' || i + 1 >= value.Length)
            {
                result.Append(c);
                continue;
            }
            if (value[i + 1] == '$')
            {
                result.Append('$');
                i++;
                continue;
            }
            string name;
            string? conditional = null;
            char op = '\0';
            if (value[i + 1] == '{')
            {
                int close = value.IndexOf('}', i + 2);
                if (close < 0)
                {
                    result.Append(value, i, value.Length - i);
                    break;
                }
                string inner = value[(i + 2)..close];
                int opAt = inner.IndexOfAny(['?', ':']);
                if (opAt >= 0)
                {
                    op = inner[opAt];
                    conditional = inner[(opAt + 1)..];
                    inner = inner[..opAt];
                }
                name = inner;
                i = close;
            }
            else
            {
                int end = i + 1;
                while (end < value.Length && (char.IsAsciiLetterOrDigit(value[end]) || value[end] == '_'))
                    end++;
                name = value[(i + 1)..end];
                i = end - 1;
            }
            string expanded = Expand(raw(name) ?? "", raw, depth + 1);
            result.Append(op switch
            {
                '?' => expanded.Length > 0 ? Expand(conditional!, raw, depth + 1) : "",
                ':' => expanded.Length > 0 ? "" : Expand(conditional!, raw, depth + 1),
                _ => expanded,
            });
        }
        return result.ToString();
    }

    private static string[] List(string value)
        => value.Split([',', ' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private int Int(string value, int fallback)
        => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) ? n : Bad(value, fallback);

    private long Long(string value, long fallback)
        => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out long n) ? n : Bad(value, fallback);

    private bool Bool(string value, bool fallback) => value.ToLowerInvariant() switch
    {
        "yes" or "true" or "1" => true,
        "no" or "false" or "0" => false,
        _ => Bad(value, fallback),
    };

    private BareNewline BareNewlinePolicy(string value) => value.ToLowerInvariant() switch
    {
        "normalize" or "yes" or "no" => BareNewline.Normalize,
        "reject" => BareNewline.Reject,
        _ => Bad(value, BareNewline.Normalize),
    };

    /// <summary>A Postfix time value: a number with an optional unit s, m, h, d, w (default unit given).</summary>
    private TimeSpan Time(string value, long fallbackSeconds, char defaultUnit = 's')
    {
        if (TryParseTime(value, defaultUnit, out var time))
            return time;
        return Bad(value, TimeSpan.FromSeconds(fallbackSeconds));
    }

    /// <summary>Parses <c>300s</c>, <c>5d</c>, <c>10m</c>, or a bare number in <paramref name="defaultUnit"/>.</summary>
    public static bool TryParseTime(string value, char defaultUnit, out TimeSpan time)
    {
        time = default;
        if (value.Length == 0)
            return false;
        char unit = char.IsAsciiLetter(value[^1]) ? char.ToLowerInvariant(value[^1]) : defaultUnit;
        string digits = char.IsAsciiLetter(value[^1]) ? value[..^1] : value;
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long n))
            return false;
        long seconds = unit switch { 's' => 1, 'm' => 60, 'h' => 3600, 'd' => 86400, 'w' => 604800, _ => -1 };
        if (seconds < 0 || n > long.MaxValue / seconds / TimeSpan.TicksPerSecond)
            return false;
        time = TimeSpan.FromSeconds(n * seconds);
        return true;
    }

    private T Bad<T>(string value, T fallback)
    {
        warnings.Add($"invalid value \"{value}\", using {fallback}");
        return fallback;
    }
}
