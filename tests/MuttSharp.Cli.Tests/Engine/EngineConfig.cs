using System.Text;

namespace MuttSharp.Cli.Tests.Engine;

/// <summary>A configuration directory in a temp folder: example.com is a virtual mailbox domain with alice and bob.</summary>
internal sealed class EngineConfig : IDisposable
{
    public EngineConfig()
    {
        Root = Directory.CreateTempSubdirectory("muttsharp-cli-engine").FullName;
        Directory.CreateDirectory(Path.Combine(Root, "conf"));
        File.WriteAllText(Path.Combine(Root, "conf", "aliases"), "postmaster: alice@example.com\n");
        File.WriteAllText(Path.Combine(Root, "conf", "vmailbox"), "alice@example.com alice/\nbob@example.com bob/\ncarol@example.com carol/\n");
        File.WriteAllText(Path.Combine(Root, "conf", "main.cf"), $"""
            myhostname = mail.example.com
            mydestination = $myhostname, localhost
            mynetworks = 127.0.0.0/8
            queue_directory = {Path.Combine(Root, "queue")}
            alias_maps = texthash:{Path.Combine(Root, "conf", "aliases")}
            virtual_mailbox_domains = example.com
            virtual_mailbox_base = {Path.Combine(Root, "vmail")}
            virtual_mailbox_maps = texthash:{Path.Combine(Root, "conf", "vmailbox")}
            maillog_file = {Path.Combine(Root, "maillog")}
            """);
    }

    public string Root { get; }

    public string ConfigDirectory => Path.Combine(Root, "conf");

    public string[] Delivered(string user)
    {
        string dir = Path.Combine(Root, "vmail", user, "new");
        return Directory.Exists(dir) ? Directory.GetFiles(dir).Select(File.ReadAllText).ToArray() : [];
    }

    public static CliConsole Console(string input, StringWriter output, StringWriter error) =>
        new(new StringReader(input), output, error, name => name == "USER" ? "microlinux" : null)
        {
            InputStream = new MemoryStream(Encoding.UTF8.GetBytes(input)),
        };

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
