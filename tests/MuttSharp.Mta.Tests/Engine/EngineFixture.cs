using System.Net;
using MuttSharp.Mta.Config;
using MuttSharp.Mta.Delivery;
using MuttSharp.Mta.Logging;
using MuttSharp.Mta.Outbound;
using MuttSharp.Mta.Queue;
using MuttSharp.Mta.Routing;
using MuttSharp.Mta.Tests.Support;

namespace MuttSharp.Mta.Tests.Engine;

/// <summary>
/// A whole engine configuration in a temp directory: local domain mail.example.com (user carol,
/// aliases root/postmaster/team/pipe), virtual mailbox domain example.com (alice, bob), queue,
/// mynetworks 127.0.0.1/32, and a maillog captured in memory.
/// </summary>
internal sealed class EngineFixture : IDisposable
{
    private readonly TempDirectory directory = new();

    public EngineFixture(Dictionary<string, string>? extra = null, string extraAliases = "")
    {
        Directory.CreateDirectory(Path.Combine(directory.Path, "home", "carol"));
        File.WriteAllText(Path.Combine(directory.Path, "aliases"), $"postmaster: root\nroot: carol\nteam: alice@example.com, carol\n{extraAliases}");
        File.WriteAllText(Path.Combine(directory.Path, "vmailbox"), "alice@example.com alice/\nbob@example.com bob/\n");
        var values = new Dictionary<string, string>
        {
            ["mydestination"] = "$myhostname, localhost",
            ["mynetworks"] = "127.0.0.1/32",
            ["home_mailbox"] = "Maildir/",
            ["alias_maps"] = "texthash:" + Path.Combine(directory.Path, "aliases"),
            ["virtual_mailbox_domains"] = "example.com",
            ["virtual_mailbox_base"] = Path.Combine(directory.Path, "vmail"),
            ["virtual_mailbox_maps"] = "texthash:" + Path.Combine(directory.Path, "vmailbox"),
            ["queue_directory"] = Path.Combine(directory.Path, "queue"),
        };
        foreach (var (k, v) in extra ?? [])
            values[k] = v;
        Settings = TestSettings.Create(values);
        // carol is the account the tests run as, so that delivering to her needs no change of identity.
        int id = Environment.IsPrivilegedProcess ? 0 : 1000;
        Users = new UsersStub(new SystemUser("carol", id, id, Path.Combine(directory.Path, "home", "carol"), "/bin/sh"));
        LogText = new StringWriter();
        Log = new MailLog(TextWriter.Synchronized(LogText), "mail.example.com");
    }

    public MtaSettings Settings { get; }

    public ISystemUsers Users { get; }

    public StringWriter LogText { get; }

    public MailLog Log { get; }

    public string Root => directory.Path;

    public string AliceMaildir => Path.Combine(directory.Path, "vmail", "alice");

    public string CarolMaildir => Path.Combine(directory.Path, "home", "carol", "Maildir");

    /// <summary>
    /// The queue manager alone, on a given clock, for tests that step time by hand;
    /// <paramref name="syncFile"/> replaces the fsync of each Maildir copy.
    /// </summary>
    public (QueueStore Store, QueueManager Manager) CreateManager(TimeProvider time, IOutboundTransport? outbound = null, Func<FileStream, CancellationToken, Task>? syncFile = null)
    {
        var errors = new List<string>();
        var resolver = new RecipientResolver(new MuttSharp.Mta.Policy.RecipientDirectory(Settings, Users, errors.Add));
        Assert.Empty(errors);
        var store = new QueueStore(Settings.QueueDirectory, time);
        var manager = new QueueManager(store, Settings, resolver, new LocalDelivery(Settings.MyHostname, Settings.MailboxSizeLimit, time, syncFile: syncFile), outbound, Log, time);
        return (store, manager);
    }

    /// <summary>The files delivered into a Maildir's new/.</summary>
    public static string[] Delivered(string maildir)
    {
        string dir = Path.Combine(maildir, "new");
        return Directory.Exists(dir) ? Directory.GetFiles(dir).Select(File.ReadAllText).ToArray() : [];
    }

    public void Dispose() => directory.Dispose();

    private sealed class UsersStub(params SystemUser[] users) : ISystemUsers
    {
        public ValueTask<SystemUser?> FindAsync(string name, CancellationToken cancellationToken)
            => ValueTask.FromResult(users.FirstOrDefault(u => u.Name == name));
    }
}
