using MuttSharp.Cli;

namespace MuttSharp.Cli.Tests.Mta;

/// <summary>Runs a command in-process inside a scratch configuration directory (also given as MAIL_CONFIG).</summary>
internal sealed class MtaCli : IDisposable
{
    public MtaCli() => Directory = System.IO.Directory.CreateTempSubdirectory("muttsharp-cli").FullName;

    public string Directory { get; }

    public string MainCf => Path.Combine(Directory, "main.cf");

    public string Write(string name, string text)
    {
        string path = Path.Combine(Directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Mta", name);

    /// <summary>Runs <c>muttsharp args...</c> (or the program named <paramref name="programName"/>) and captures its output.</summary>
    public async Task<(int Code, string Out, string Error)> RunAsync(string[] args, string programName = "muttsharp")
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(TextReader.Null, output, error, name => name == "MAIL_CONFIG" ? Directory : null);
        int code = await Dispatcher.RunAsync(programName, args, console, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
