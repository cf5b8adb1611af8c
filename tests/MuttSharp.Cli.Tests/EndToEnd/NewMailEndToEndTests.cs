using System.Text;
using MuttSharp.Core.Mailboxes;
using MuttSharp.Core.Maildir;

namespace MuttSharp.Cli.Tests.EndToEnd;

/// <summary>The running reader in tmux noticing deliveries: in the open folder, and in another folder of the sidebar.</summary>
public sealed class NewMailEndToEndTests : IDisposable
{
    private readonly string home = Directory.CreateTempSubdirectory("muttsharp-e2e-").FullName;

    private string Folder => Path.Combine(home, "Maildir");

    private string Other => Path.Combine(home, "other");

    public void Dispose()
    {
        try
        {
            Directory.Delete(home, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static Task Deliver(string maildir, string subject) =>
        new MaildirWriter("e2e").WriteAsync(maildir, Encoding.UTF8.GetBytes(
            $"From: Courier <courier@example.org>\nTo: me@example.org\nSubject: {subject}\n" +
            $"Date: Tue, 2 Jan 2024 00:00:00 +0000\nMessage-ID: <{Guid.NewGuid():N}@example.org>\n\nbody\n"));

    [Fact]
    public async Task Deliveries_show_up_in_the_index_and_the_sidebar_while_the_reader_runs()
    {
        SampleMaildir.Generate(Folder, 20, seed: 5);
        MaildirWriter.EnsureMaildir(Other);
        string rc = Path.Combine(home, "muttrc");
        File.WriteAllText(rc, "set folder=~\nset sort=date\nset quit=yes\nset mark_old=no\n" +
            "set sidebar_visible\nset sidebar_width=18\nset sidebar_format=\"%B%* %S\"\nmailboxes ~/Maildir ~/other\n");
        await using var tmux = await TmuxSession.StartAsync(["-n", "-F", rc, "-f", Folder], home);
        await tmux.WaitForTextAsync("[Msgs:20");
        await tmux.WaitForAsync(s => s.Contains("other", StringComparison.Ordinal), "the sidebar");

        await Deliver(Folder, "fresh delivery");
        string screen = await tmux.WaitForAsync(s => s.Contains("New mail in this mailbox.", StringComparison.Ordinal) && s.Contains("[Msgs:21", StringComparison.Ordinal), "the new mail");
        Assert.Contains("fresh delivery", screen);

        await Deliver(Other, "elsewhere");
        await tmux.WaitForAsync(s => s.Split('\n').Any(l => l.StartsWith("other", StringComparison.Ordinal) && l.Contains(" 1|", StringComparison.Ordinal)), "the other folder's count");

        await tmux.SendAsync("q");
        await tmux.WaitForTextAsync(TmuxSession.ExitMarker + "0");
    }
}
