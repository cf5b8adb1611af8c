using MuttSharp.Mta.Config;

namespace MuttSharp.Mta.Smtp;

/// <summary>Reads <c>smtpd_forbid_bare_newline</c> into a <see cref="BareNewline"/> policy.</summary>
public static class BareNewlineSetting
{
    /// <summary>
    /// <c>smtpd_forbid_bare_newline</c>: <c>reject</c> refuses; anything else normalizes. Postfix's
    /// old <c>no</c> (a lone LF may end DATA) is the smuggling hole itself, so it is never honoured.
    /// </summary>
    public static BareNewline BareNewlinePolicy(this MtaSettings settings)
        => settings.SmtpdForbidBareNewline.Equals("reject", StringComparison.OrdinalIgnoreCase) ? BareNewline.Reject : BareNewline.Normalize;
}
