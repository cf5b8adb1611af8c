using System.Diagnostics.CodeAnalysis;

namespace MuttSharp.Core.Config;

/// <summary>
/// Defaults Mutt computes at start-up from the environment instead of taking from its table:
/// one rule per variable, each the same source Mutt uses.
/// </summary>
internal static class RuntimeDefaults
{
    private const string MailcapDefault = "~/.mailcap:/usr/share/mutt/mailcap:/etc/mailcap:/etc/mailcap:/usr/etc/mailcap:/usr/local/etc/mailcap";

    private static readonly Dictionary<string, Func<MuttConfig, string?>> Rules = new(StringComparer.Ordinal)
    {
        ["hostname"] = config => config.Environment.HostName,
        ["realname"] = config => config.Environment.RealName,
        ["shell"] = config => config.Environment.Get("SHELL") ?? config.Environment.LoginShell,
        ["spoolfile"] = config => config.Environment.Get("MAIL") ?? config.Environment.Get("MAILDIR") ?? $"/var/mail/{config.Environment.UserName}",
        ["editor"] = config => config.Environment.Get("VISUAL") ?? config.Environment.Get("EDITOR") ?? SystemEditor,
        ["visual"] = config => config.Environment.Get("VISUAL") ?? config.Environment.Get("EDITOR") ?? SystemEditor,
        ["tmpdir"] = config => config.Environment.Get("TMPDIR") ?? "/var/tmp",
        ["charset"] = config => Charset(config.Environment),
        ["mailcap_path"] = config => config.Environment.Get("MAILCAPS") ?? MailcapDefault,
        ["from"] = config => config.Environment.Get("EMAIL"),
    };

    /// <summary>Debian's alternatives link when there is one (as Debian's Mutt uses), else vi.</summary>
    private static string SystemEditor => File.Exists("/usr/bin/editor") ? "/usr/bin/editor" : "vi";

    public static bool TryGet(string name, MuttConfig config, [NotNullWhen(true)] out string? value)
    {
        value = Rules.TryGetValue(name, out var rule) ? rule(config) : null;
        return value is not null;
    }

    /// <summary>The character set of the locale (<c>LC_ALL</c>, <c>LC_CTYPE</c>, <c>LANG</c>), lower-cased; UTF-8 when none names one.</summary>
    private static string Charset(MuttEnvironment environment)
    {
        string? locale = environment.Get("LC_ALL") is { Length: > 0 } all ? all
            : environment.Get("LC_CTYPE") is { Length: > 0 } ctype ? ctype
            : environment.Get("LANG");
        if (locale is null)
            return "utf-8";
        int dot = locale.IndexOf('.');
        if (dot < 0)
            return locale is "C" or "POSIX" ? "us-ascii" : "utf-8";
        string charset = locale[(dot + 1)..];
        int at = charset.IndexOf('@');
        charset = (at < 0 ? charset : charset[..at]).ToLowerInvariant();
        return charset == "utf8" ? "utf-8" : charset;
    }
}
