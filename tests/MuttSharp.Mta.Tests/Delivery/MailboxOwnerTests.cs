using System.Diagnostics;
using System.Text;
using MuttSharp.Mta.Delivery;
using MuttSharp.Mta.Queue;
using MuttSharp.Mta.Routing;
using MuttSharp.Mta.Tests.Support;

namespace MuttSharp.Mta.Tests.Delivery;

/// <summary>Local delivery by an engine running as root: everything is done as the mailbox's owner (here nobody).</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class MailboxOwnerTests : IDisposable
{
    private static readonly SystemUser Nobody = new("nobody", 65534, 65534, "/nonexistent", "/usr/sbin/nologin");
    private readonly TempDirectory directory = new();
    private readonly LocalDelivery delivery = new("mail.example.com", 0, TimeProvider.System);

    public MailboxOwnerTests()
    {
        // The scratch directory is root's and 0700: let nobody reach the home made for it inside.
        File.SetUnixFileMode(directory.Path, (UnixFileMode)0b111_101_101);
        Home = Path.Combine(directory.Path, "home");
        Directory.CreateDirectory(Home);
        Run("chown", "65534:65534", Home);
    }

    private string Home { get; }

    private static QueuedMessage Message()
    {
        var envelope = new Envelope { Sender = "s@example.net", ArrivalTime = DateTimeOffset.UtcNow };
        envelope.Recipients.Add(new EnvelopeRecipient("nobody@mail.example.com"));
        return new QueuedMessage("ABCDEF123456", "", envelope, Encoding.UTF8.GetBytes("Subject: hi\n\nbody\n"));
    }

    private Task<DeliveryResult> DeliverAsync(DeliveryTarget target) => delivery.DeliverAsync(Message(), target, false, false, default);

    [RootFact]
    public async Task AMaildirIsCreated0700AndItsMessage0600BothOwnedByTheUser()
    {
        string maildir = Path.Combine(Home, "Maildir") + "/";

        var result = await DeliverAsync(new DeliveryTarget(DeliveryTargetKind.Maildir, "nobody", "nobody@mail.example.com", maildir, RunAs: Nobody));

        Assert.Equal(DeliveryStatus.Sent, result.Status);
        foreach (string dir in (string[])["", "cur", "new", "tmp"])
            Assert.Equal("65534 65534 700", Stat(Path.Combine(maildir, dir)));
        string file = Assert.Single(Directory.GetFiles(Path.Combine(maildir, "new")));
        Assert.Equal("65534 65534 600", Stat(file));
    }

    [RootFact]
    public async Task ALinkInTheUsersMaildirCannotMakeRootWriteWhereTheUserMayNot()
    {
        string maildir = Path.Combine(Home, "Maildir");
        string rootOnly = Path.Combine(directory.Path, "root-only");
        Directory.CreateDirectory(rootOnly, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.CreateDirectory(maildir);
        Directory.CreateDirectory(Path.Combine(maildir, "cur"));
        Directory.CreateDirectory(Path.Combine(maildir, "new"));
        File.CreateSymbolicLink(Path.Combine(maildir, "tmp"), rootOnly);
        Run("chown", "-R", "-h", "65534:65534", maildir);

        var result = await DeliverAsync(new DeliveryTarget(DeliveryTargetKind.Maildir, "nobody", "nobody@mail.example.com", maildir + "/", RunAs: Nobody));

        Assert.Equal(DeliveryStatus.Deferred, result.Status);
        Assert.Empty(Directory.GetFiles(rootOnly));
    }

    [RootFact]
    public async Task AFileTargetIsCreatedAndWrittenAsTheUser()
    {
        string mbox = Path.Combine(Home, "archive");

        var result = await DeliverAsync(new DeliveryTarget(DeliveryTargetKind.Mbox, "nobody", "nobody@mail.example.com", mbox, RunAs: Nobody));

        Assert.Equal(DeliveryStatus.Sent, result.Status);
        Assert.Equal("65534 65534 600", Stat(mbox));
        Assert.Contains("Subject: hi\n", File.ReadAllText(mbox));
    }

    [RootFact]
    public async Task ACommandRunsWithTheUsersIdsAndHome()
    {
        string output = Path.Combine(Home, "who");
        string[] argv = ["/bin/sh", "-c", $"echo $(id -u) $(id -g) $(id -G) $HOME > {output}"];

        var result = await DeliverAsync(new DeliveryTarget(DeliveryTargetKind.Command, "nobody", "nobody@mail.example.com", Command: argv, RunAs: Nobody));

        Assert.Equal(DeliveryStatus.Sent, result.Status);
        Assert.Equal("65534 65534 65534 /nonexistent\n", File.ReadAllText(output));
        Assert.Equal("65534 65534 644", Stat(output));
    }

    private static string Stat(string path) => Run("stat", "-c", "%u %g %a", path).Trim();

    private static string Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }

    [RootFact]
    public void ACommandDoesNotInheritTheSocketSettingTheEngineMadeForItself()
    {
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(MuttSharp.Mta.Smtp.SmtpServer).TypeHandle);
        Assert.Equal("1", Environment.GetEnvironmentVariable("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS"));

        var start = MailboxOwner.CommandStart(["/bin/true"], Nobody);

        Assert.False(start.Environment.ContainsKey("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS"));
    }

    public void Dispose() => directory.Dispose();
}
