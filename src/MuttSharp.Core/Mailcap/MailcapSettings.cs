using MuttSharp.Core.Config;

namespace MuttSharp.Core.Mailcap;

/// <summary>Where mailcap files are looked for and the bounds on the commands they name.</summary>
public sealed record MailcapSettings
{
    /// <summary>RFC 1524's search path when neither <c>$mailcap_path</c> nor <c>$MAILCAPS</c> says otherwise.</summary>
    public const string DefaultPath = "~/.mailcap:/etc/mailcap:/usr/etc/mailcap:/usr/local/etc/mailcap";

    /// <summary>The mailcap files, in search order (already expanded).</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>Postfix's <c>command_time_limit</c> (1000 s): a mailcap command running longer is killed.</summary>
    public TimeSpan CommandTimeLimit { get; init; } = TimeSpan.FromSeconds(1000);

    /// <summary>Postfix's <c>message_size_limit</c> (10240000): output beyond this many characters is dropped.</summary>
    public int OutputLimit { get; init; } = 10240000;

    /// <summary><c>$mailcap_path</c>, else <c>$MAILCAPS</c>, else <see cref="DefaultPath"/>, each entry expanded.</summary>
    public static MailcapSettings FromConfig(MuttConfig config)
    {
        string path = config.GetString("mailcap_path");
        if (path.Length == 0)
            path = config.Environment.Get("MAILCAPS") is { Length: > 0 } env ? env : DefaultPath;
        return new MailcapSettings
        {
            Files = [.. path.Split(':', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(config.ExpandPath)],
        };
    }
}
