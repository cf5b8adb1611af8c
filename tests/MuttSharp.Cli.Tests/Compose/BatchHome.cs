using System.Text;

namespace MuttSharp.Cli.Tests.Compose;

/// <summary>A scratch home for batch sends: a muttrc, $record and $postponed under it, and the engine's configuration when one is wanted.</summary>
internal sealed class BatchHome : IDisposable
{
    public BatchHome()
    {
        Root = Directory.CreateTempSubdirectory("muttsharp-batch").FullName;
        Muttrc = Path.Combine(Root, "muttrc");
    }

    public string Root { get; }

    public string Muttrc { get; }

    public string? MailConfig { get; set; }

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Compose", name);

    /// <summary>The variables the process sees: HOME here, USER me, the engine's configuration directory when set.</summary>
    public string? Environment(string name) => name switch
    {
        "HOME" => Root,
        "USER" => "me",
        "MAIL_CONFIG" => MailConfig,
        _ => null,
    };

    public void WriteMuttrc(string text) => File.WriteAllText(Muttrc, text.Replace("%DIR%", Root, StringComparison.Ordinal));

    /// <summary>Runs <c>muttsharp args</c> in-process with <paramref name="stdin"/> as the body.</summary>
    public async Task<(int Code, string Out, string Error)> RunAsync(string stdin, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(new StringReader(stdin), output, error, Environment)
        {
            InputStream = new MemoryStream(Encoding.UTF8.GetBytes(stdin)),
        };
        int code = await Dispatcher.RunAsync("muttsharp", args, console, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
