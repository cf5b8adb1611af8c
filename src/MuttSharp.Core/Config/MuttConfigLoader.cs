using MuttSharp.Core.Config.Toml;

namespace MuttSharp.Core.Config;

/// <summary>
/// Reads the configuration the way the reader starts: the system files (unless <c>-n</c>), then the
/// <c>-F</c> files or the first user muttrc found, then <c>~/.config/muttsharp/config.toml</c> (unless
/// <c>-F</c>), then the <c>-e</c> commands. Errors are collected in <see cref="MuttConfig.Errors"/>; reading
/// never stops at one.
/// </summary>
public static class MuttConfigLoader
{
    /// <summary>The user muttrc locations, searched in this order; the first that exists is read.</summary>
    public static IReadOnlyList<string> UserFileCandidates(MuttEnvironment environment)
    {
        string home = environment.Home;
        string xdg = environment.Get("XDG_CONFIG_HOME") is { Length: > 0 } configHome ? configHome : Path.Combine(home, ".config");
        return
        [
            Path.Combine(home, ".muttrc"),
            Path.Combine(home, ".mutt", "muttrc"),
            Path.Combine(xdg, "mutt", "muttrc"),
            Path.Combine(xdg, "muttsharp", "muttrc"),
        ];
    }

    /// <summary>Where config.toml is looked for: <c>$XDG_CONFIG_HOME/muttsharp/config.toml</c> (default <c>~/.config</c>).</summary>
    public static string TomlPath(MuttEnvironment environment)
    {
        string xdg = environment.Get("XDG_CONFIG_HOME") is { Length: > 0 } configHome ? configHome : Path.Combine(environment.Home, ".config");
        return Path.Combine(xdg, "muttsharp", "config.toml");
    }

    /// <summary>Builds the configuration from the files and commands <paramref name="options"/> name.</summary>
    public static async Task<MuttConfig> LoadAsync(MuttConfigLoadOptions options, CancellationToken cancellationToken = default)
    {
        var environment = options.Environment ?? MuttEnvironment.FromProcess();
        var config = new MuttConfig(environment, options.Registry);

        if (!options.SkipSystemFiles)
        {
            foreach (string file in options.SystemFiles)
            {
                if (File.Exists(file))
                    await config.SourceAsync(file, cancellationToken).ConfigureAwait(false);
            }
        }

        if (options.Files.Count > 0)
        {
            config.UseMuttrcAsAliasFile(config.ExpandPath(options.Files[0]));
            foreach (string file in options.Files)
                await config.SourceAsync(config.ExpandPath(file), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            if (UserFileCandidates(environment).FirstOrDefault(File.Exists) is { } userFile)
            {
                config.UseMuttrcAsAliasFile(userFile);
                await config.SourceAsync(userFile, cancellationToken).ConfigureAwait(false);
            }
            string toml = TomlPath(environment);
            if (File.Exists(toml))
                await TomlConfigReader.ApplyFileAsync(config, toml, cancellationToken).ConfigureAwait(false);
        }

        foreach (string command in options.Commands)
            await config.ExecuteAsync(command, cancellationToken: cancellationToken).ConfigureAwait(false);
        return config;
    }
}
