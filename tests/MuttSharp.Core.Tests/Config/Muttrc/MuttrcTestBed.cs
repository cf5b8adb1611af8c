using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Muttrc;

namespace MuttSharp.Core.Tests.Config.Muttrc;

/// <summary>A throw-away home directory with muttrc files in it, and a configuration read in a fixed environment.</summary>
internal sealed class MuttrcTestBed : IDisposable
{
    private readonly Dictionary<string, string> _variables;

    public MuttrcTestBed(Dictionary<string, string>? variables = null)
    {
        Home = Path.Combine(Path.GetTempPath(), "muttrc-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Home);
        _variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["HOME"] = Home,
            ["USER"] = "alice",
            ["LANG"] = "en_US.UTF-8",
        };
        foreach (var (name, value) in variables ?? [])
            _variables[name] = value;
    }

    public string Home { get; }

    public MuttEnvironment Environment() => new(name => _variables.GetValueOrDefault(name), Home, "mailhost", "alice", "Alice Liddell", "/bin/sh");

    public MuttConfig NewConfig(MuttrcCommandRegistry? commands = null) => new(Environment(), commands);

    /// <summary>Writes <paramref name="text"/> to a file under the home directory and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        string path = Path.Combine(Home, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Reads <paramref name="text"/> as a muttrc named <c>muttrc</c> in the home directory.</summary>
    public async Task<MuttConfig> LoadAsync(string text, MuttrcCommandRegistry? commands = null)
    {
        var config = NewConfig(commands);
        await config.SourceAsync(Write("muttrc", text));
        return config;
    }

    /// <summary>The errors as Mutt prints them, with the home directory shown as <c>~</c>.</summary>
    public static string[] ErrorLines(MuttConfig config, string home) =>
        [.. config.Errors.Select(error => error.ToString().Replace(home, "~", StringComparison.Ordinal))];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Home, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
