using System.Globalization;
using MimeKit;
using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Format;
using MuttSharp.Core.Config.Variables;
using MuttSharp.Core.Reading;
using MuttSharp.Core.Search;

namespace MuttSharp.Core.Compose;

/// <summary>
/// The muttrc settings that shape an outgoing message, read once from a <see cref="MuttConfig"/>
/// (after send-hooks and reply-hooks ran) so that building and writing a message never looks up a
/// variable by name again.
/// </summary>
public sealed record ComposeSettings
{
    /// <summary><c>$hostname</c>: the right-hand side of Message-IDs and of unqualified addresses.</summary>
    public string Hostname { get; init; } = "localhost";

    /// <summary>The login name, for the default From (<c>user@$hostname</c>).</summary>
    public string UserName { get; init; } = "user";

    /// <summary><c>$from</c> (parsed), or null when unset.</summary>
    public MailboxAddress? From { get; init; }

    /// <summary><c>$realname</c>: the name put on a From that has none.</summary>
    public string RealName { get; init; } = "";

    /// <summary><c>$use_from</c>.</summary>
    public bool UseFrom { get; init; } = true;

    /// <summary><c>$use_domain</c>: qualify bare names with <see cref="Hostname"/>.</summary>
    public bool UseDomain { get; init; } = true;

    /// <summary><c>$reverse_name</c>: reply from the address the original was sent to.</summary>
    public bool ReverseName { get; init; }

    /// <summary><c>$reverse_realname</c>: keep that address's real name.</summary>
    public bool ReverseRealName { get; init; } = true;

    /// <summary><c>$reply_to</c>.</summary>
    public QuadOption ReplyTo { get; init; } = QuadOption.AskYes;

    /// <summary><c>$reply_self</c>.</summary>
    public bool ReplySelf { get; init; }

    /// <summary><c>$metoo</c>.</summary>
    public bool MeToo { get; init; }

    /// <summary><c>$ignore_list_reply_to</c>.</summary>
    public bool IgnoreListReplyTo { get; init; }

    /// <summary><c>$followup_to</c>: write Mail-Followup-To on messages to known lists.</summary>
    public bool FollowupTo { get; init; } = true;

    /// <summary><c>$honor_followup_to</c>.</summary>
    public QuadOption HonorFollowupTo { get; init; } = QuadOption.Yes;

    /// <summary><c>$include</c>.</summary>
    public QuadOption Include { get; init; } = QuadOption.AskYes;

    /// <summary><c>$include_onlyfirst</c>: quote only the first text part rather than every inline one.</summary>
    public bool IncludeOnlyFirst { get; init; }

    /// <summary><c>$attribution</c>.</summary>
    public string Attribution { get; init; } = "On %d, %n wrote:";

    /// <summary>The culture <c>$attribution_locale</c> names (the C locale when unset or unknown).</summary>
    public CultureInfo AttributionCulture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary><c>$indent_string</c> (a message format).</summary>
    public string IndentString { get; init; } = "> ";

    /// <summary><c>$post_indent_string</c> (a message format).</summary>
    public string PostIndentString { get; init; } = "";

    /// <summary><c>$forward_format</c>.</summary>
    public string ForwardFormat { get; init; } = "[%a: %s]";

    /// <summary><c>$forward_attribution_intro</c>.</summary>
    public string ForwardIntro { get; init; } = "----- Forwarded message from %f -----";

    /// <summary><c>$forward_attribution_trailer</c>.</summary>
    public string ForwardTrailer { get; init; } = "----- End forwarded message -----";

    /// <summary><c>$forward_quote</c>.</summary>
    public bool ForwardQuote { get; init; }

    /// <summary><c>$mime_forward</c>.</summary>
    public QuadOption MimeForward { get; init; } = QuadOption.No;

    /// <summary><c>$forward_attachments</c>: an inline forward attaches the parts it cannot show as text.</summary>
    public QuadOption ForwardAttachments { get; init; } = QuadOption.AskYes;

    /// <summary><c>$signature</c>, expanded; a trailing <c>|</c> makes it a command.</summary>
    public string Signature { get; init; } = "";

    /// <summary><c>$sig_dashes</c>.</summary>
    public bool SigDashes { get; init; } = true;

    /// <summary><c>$sig_on_top</c>.</summary>
    public bool SigOnTop { get; init; }

    /// <summary><c>$send_charset</c>, split at colons.</summary>
    public IReadOnlyList<string> SendCharsets { get; init; } = ["us-ascii", "iso-8859-1", "utf-8"];

    /// <summary><c>$allow_8bit</c>.</summary>
    public bool Allow8Bit { get; init; } = true;

    /// <summary><c>$text_flowed</c>.</summary>
    public bool TextFlowed { get; init; }

    /// <summary><c>$user_agent</c>.</summary>
    public bool UserAgent { get; init; }

    /// <summary><c>my_hdr</c> lines, as written (<c>Name: value</c>).</summary>
    public IReadOnlyList<string> UserHeaders { get; init; } = [];

    /// <summary><c>$weed</c>: a resent message keeps only the headers <c>ignore</c>/<c>unignore</c> show.</summary>
    public bool Weed { get; init; } = true;

    /// <summary><c>ignore</c> prefixes, for the headers shown in an inline forward.</summary>
    public IReadOnlyList<string> IgnoredHeaders { get; init; } = [];

    /// <summary><c>unignore</c> prefixes.</summary>
    public IReadOnlyList<string> UnignoredHeaders { get; init; } = [];

    /// <summary><c>$reply_regexp</c>.</summary>
    public string ReplyRegexp { get; init; } = Threading.ThreadOptions.DefaultReplyRegexp;

    /// <summary>Mutt's <c>mutt_addr_is_user</c>: <c>$from</c>, <c>user@$hostname</c>, <c>alternates</c>.</summary>
    public Func<string, bool> IsMine { get; init; } = static _ => false;

    /// <summary>Addresses of known mailing lists (<c>lists</c> and <c>subscribe</c>).</summary>
    public Func<string, bool> IsList { get; init; } = static _ => false;

    /// <summary>Addresses of subscribed lists (<c>subscribe</c>).</summary>
    public Func<string, bool> IsSubscribedList { get; init; } = static _ => false;

    /// <summary>The <c>$date_format</c> and address predicates the message expandos need.</summary>
    public IndexFormatSettings Format { get; init; } = IndexFormatSettings.Default;

    /// <summary>The version written into User-Agent.</summary>
    public string Version { get; init; } = typeof(ComposeSettings).Assembly.GetName().Version?.ToString(3) ?? "0";

    /// <summary>Reads every compose setting from <paramref name="config"/>.</summary>
    public static ComposeSettings FromConfig(MuttConfig config)
    {
        var reader = new ReaderSettings(config);
        IAddressMatcher me = reader.Me(), lists = reader.KnownLists(), subscribed = reader.SubscribedLists();
        string hostname = config.GetString("hostname") is { Length: > 0 } h ? h : config.Environment.HostName;
        string user = config.Environment.UserName;
        bool IsMine(string address) =>
            me.Matches(address)
            || string.Equals(address, user, StringComparison.OrdinalIgnoreCase)
            || string.Equals(address, $"{user}@{hostname}", StringComparison.OrdinalIgnoreCase);
        MailboxAddress.TryParse(config.GetString("from"), out var from);
        string locale = config.GetString("attribution_locale");
        // Unset, Mutt formats the attribution in the locale it runs in.
        var culture = locale.Length == 0 ? PosixLocale.FromEnvironment() : PosixLocale.TryGetCulture(locale, out var named) ? named : CultureInfo.InvariantCulture;
        return new ComposeSettings
        {
            Hostname = hostname,
            UserName = user,
            From = from,
            RealName = config.GetString("realname"),
            UseFrom = config.GetBool("use_from"),
            UseDomain = config.GetBool("use_domain"),
            ReverseName = config.GetBool("reverse_name"),
            ReverseRealName = config.GetBool("reverse_realname"),
            ReplyTo = config.GetQuad("reply_to"),
            ReplySelf = config.GetBool("reply_self"),
            MeToo = config.GetBool("metoo"),
            IgnoreListReplyTo = config.GetBool("ignore_list_reply_to"),
            FollowupTo = config.GetBool("followup_to"),
            HonorFollowupTo = config.GetQuad("honor_followup_to"),
            Include = config.GetQuad("include"),
            IncludeOnlyFirst = config.GetBool("include_onlyfirst"),
            ForwardAttachments = config.GetQuad("forward_attachments"),
            Attribution = config.GetString("attribution"),
            AttributionCulture = culture,
            IndentString = config.GetString("indent_string"),
            PostIndentString = config.GetString("post_indent_string"),
            ForwardFormat = config.GetString("forward_format"),
            ForwardIntro = config.GetString("forward_attribution_intro"),
            ForwardTrailer = config.GetString("forward_attribution_trailer"),
            ForwardQuote = config.GetBool("forward_quote"),
            MimeForward = config.GetQuad("mime_forward"),
            Signature = config.GetPath("signature"),
            SigDashes = config.GetBool("sig_dashes"),
            SigOnTop = config.GetBool("sig_on_top"),
            SendCharsets = config.GetString("send_charset").Split(':', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Allow8Bit = config.GetBool("allow_8bit"),
            TextFlowed = config.GetBool("text_flowed"),
            UserAgent = config.GetBool("user_agent"),
            UserHeaders = config.UserHeaders.ToArray(),
            Weed = config.GetBool("weed"),
            IgnoredHeaders = config.IgnoredHeaders.ToArray(),
            UnignoredHeaders = config.UnignoredHeaders.ToArray(),
            ReplyRegexp = config.GetString("reply_regexp"),
            IsMine = IsMine,
            IsList = lists.Matches,
            IsSubscribedList = subscribed.Matches,
            Format = IndexFormatSettings.Default with
            {
                DateFormat = config.GetString("date_format"),
                IsMine = a => IsMine(a.Address),
                IsSubscribedList = a => subscribed.Matches(a.Address),
            },
        };
    }
}
