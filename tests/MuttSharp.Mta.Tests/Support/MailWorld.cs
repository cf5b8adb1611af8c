using MuttSharp.Mta.Config;
using MuttSharp.Mta.Policy;
using MuttSharp.Mta.Routing;

namespace MuttSharp.Mta.Tests.Support;

/// <summary>
/// A small mail host for policy and routing tests: example.com is local, virt.example is a virtual
/// alias domain, vmail.example a virtual mailbox domain; users root, microlinux and alice; all files
/// live in a temporary directory.
/// </summary>
internal sealed class MailWorld : IDisposable
{
    private readonly TempDirectory dir = new();

    public MailWorld(string extraMainCf = "", string? aliases = null)
    {
        Aliases = dir.Write("aliases", aliases ?? """
            postmaster: root
            root: microlinux
            team: alice, "|/usr/local/bin/archive --list team", /var/log/team.mbox, bob@example.org
            owner-team: alice
            members: :include:INCLUDE
            selfish: selfish, carol@example.org
            """.Replace("INCLUDE", Path.Combine(dir.Path, "members.list"), StringComparison.Ordinal));
        dir.Write("members.list", "# list members\nalice, dave@example.org\n\"|/bin/cat\"\n");
        dir.Write("virtual", "virt.example anything\ninfo@virt.example alice@example.com\n@virt.example bob@example.org\n");
        dir.Write("vmailbox", "carol@vmail.example vmail.example/carol/\nevil@vmail.example ../../etc/\nmbox@vmail.example vmail.example/mbox\n");
        string mainCf = $"""
            myhostname = mail.example.com
            mydestination = $myhostname, localhost, example.com
            mynetworks = 127.0.0.0/8
            home_mailbox = Maildir/
            alias_maps = texthash:{Aliases}
            alias_database = hash:{Aliases}
            recipient_delimiter = +
            virtual_alias_domains = virt.example
            virtual_alias_maps = texthash:{Path.Combine(dir.Path, "virtual")}
            virtual_mailbox_domains = vmail.example
            virtual_mailbox_maps = texthash:{Path.Combine(dir.Path, "vmailbox")}
            virtual_mailbox_base = {Path.Combine(dir.Path, "vmail")}
            {extraMainCf}
            """;
        Settings = TestHost.Settings(mainCf);
        Users = FakeUsers.Standard(Path.Combine(dir.Path, "home"));
        Directory = new RecipientDirectory(Settings, Users, Warnings.Add);
    }

    public string Aliases { get; }

    public string Root => dir.Path;

    public MtaSettings Settings { get; }

    public FakeUsers Users { get; }

    public RecipientDirectory Directory { get; }

    public List<string> Warnings { get; } = [];

    public string Home(string user) => Path.Combine(dir.Path, "home", user);

    public void Dispose() => dir.Dispose();
}
