using System.Diagnostics;

namespace MuttSharp.Cli.Tests.Config;

/// <summary>Runs Debian's <c>mutt</c> and MuttSharp side by side in the same controlled environment.</summary>
internal sealed class MuttOracle : IDisposable
{
    public const string MuttPath = "/usr/bin/mutt";

    /// <summary>Variables MuttSharp prints with -D that Debian's build of Mutt leaves out, and MuttSharp's own.</summary>
    public static readonly string[] NotInDebiansMutt =
    [
        "autocrypt", "autocrypt_acct_format", "autocrypt_dir", "autocrypt_reply", "entropy_file", "header_cache_pagesize",
        "ssl_use_sslv2", "ssl_usesystemcerts", "ssl_verify_partial_chains", "theme", "keymap", "key_timeout",
    ];

    public MuttOracle()
    {
        Home = Path.Combine(Path.GetTempPath(), "oracle-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Home);
        Environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["HOME"] = Home,
            ["LANG"] = "C.UTF-8",
            ["MAIL"] = "/var/mail/oracle",
            ["SHELL"] = "/bin/sh",
            ["TMPDIR"] = "/tmp",
            ["EDITOR"] = "vi",
            ["PATH"] = "/usr/bin:/bin",
        };
    }

    public string Home { get; }

    public Dictionary<string, string> Environment { get; }

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Muttrc", name);

    /// <summary>The repository's root, found from the test binary's directory.</summary>
    public static string RepositoryFile(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MuttSharp.sln")))
                return Path.Combine(directory.FullName, name);
        }
        throw new FileNotFoundException("repository root not found above " + AppContext.BaseDirectory);
    }

    public async Task<(int Code, string Out, string Error)> RunMuttAsync(params string[] args)
    {
        var start = new ProcessStartInfo(MuttPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Directory.GetCurrentDirectory(),
        };
        start.Environment.Clear();
        foreach (var (name, value) in Environment)
            start.Environment[name] = value;
        foreach (string arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    public async Task<(int Code, string Out, string Error)> RunMuttSharpAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(TextReader.Null, output, error, name => Environment.GetValueOrDefault(name));
        int code = await Dispatcher.RunAsync("muttsharp", args, console, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

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
