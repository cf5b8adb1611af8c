namespace MuttSharp.Mta.Config;

/// <summary>Where the engine's configuration lives: <c>-c DIR</c>, else <c>$MAIL_CONFIG</c>, else /etc/muttsharp.</summary>
public static class ConfigDirectory
{
    /// <summary>The directory used when neither <c>-c</c> nor <c>MAIL_CONFIG</c> says otherwise.</summary>
    public const string Default = "/etc/muttsharp";

    /// <summary>The environment variable Postfix's programs read the configuration directory from.</summary>
    public const string EnvironmentVariable = "MAIL_CONFIG";

    /// <summary>Chooses the directory.</summary>
    /// <param name="option">The <c>-c</c> argument, or null when not given.</param>
    /// <param name="environment">Looks up environment variables.</param>
    public static string Resolve(string? option, Func<string, string?> environment)
    {
        if (!string.IsNullOrEmpty(option))
            return option;
        string? fromEnvironment = environment(EnvironmentVariable);
        return string.IsNullOrEmpty(fromEnvironment) ? Default : fromEnvironment;
    }

    /// <summary>main.cf in <paramref name="directory"/>.</summary>
    public static string MainCfPath(string directory) => Path.Combine(directory, "main.cf");

    /// <summary>master.cf in <paramref name="directory"/>.</summary>
    public static string MasterCfPath(string directory) => Path.Combine(directory, "master.cf");
}
