using System.Runtime.InteropServices;
using MuttSharp.Mta.Config;

namespace MuttSharp.Cli.Commands;

/// <summary>What the engine's commands share: the configuration directory rule, settings, the user.</summary>
internal static class EngineEnvironment
{
    [DllImport("libc", EntryPoint = "getuid")]
    private static extern uint GetUid();

    /// <summary>The invoking user's id (0 where there is no getuid).</summary>
    public static long UserId => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() ? GetUid() : 0;

    /// <summary>The invoking user's login name.</summary>
    public static string UserName(CliConsole console) => console.Environment("USER") is { Length: > 0 } user ? user : Environment.UserName;

    /// <summary>Loads main.cf (and master.cf) from <c>-c</c>, else MAIL_CONFIG, else /etc/muttsharp.</summary>
    public static Task<MtaSettings> LoadAsync(string? configOption, CliConsole console, CancellationToken cancellationToken)
        => MtaSettings.LoadAsync(ConfigDirectory.Resolve(configOption, console.Environment), null, cancellationToken);
}
