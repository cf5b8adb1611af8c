using System.Text;
using MuttSharp.Core.Maildir;

namespace MuttSharp.Cli.Tests.EndToEnd;

/// <summary>edit-type driven in tmux: a mislabelled charset corrected by hand and the message shown again.</summary>
public sealed class EditTypeEndToEndTests : IDisposable
{
    private readonly string home = Directory.CreateTempSubdirectory("muttsharp-e2e-").FullName;

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

    [Fact]
    public async Task Edit_type_with_a_new_charset_shows_a_Latin1_message_mislabelled_as_UTF8_right_and_leaves_its_file_alone()
    {
        string folder = Path.Combine(home, "Maildir");
        MaildirWriter.EnsureMaildir(folder);
        // "½ kg de café" in Latin-1 declared UTF-8: not UTF-8, so the reader falls back to $assumed_charset, where ½ is œ.
        byte[] mislabelled = [.. Encoding.ASCII.GetBytes("From: Shop <shop@example.org>\nTo: me@example.org\nSubject: order\n"
            + "Date: Mon, 1 Jan 2024 00:00:00 +0000\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"),
            0xbd, .. Encoding.ASCII.GetBytes(" kg de caf"), 0xe9, (byte)'\n'];
        string file = Path.Combine(folder, "cur", "1700000000.order.e2e:2,S");
        File.WriteAllBytes(file, mislabelled);
        string rc = Path.Combine(home, "muttrc");
        File.WriteAllText(rc, "set keymap=mutt\nset assumed_charset=iso-8859-15\nset quit=yes\n");
        await using var tmux = await TmuxSession.StartAsync(["-n", "-F", rc, "-f", folder], home);
        await tmux.WaitForTextAsync("[Msgs:1");

        await tmux.SendAsync("\r");
        await tmux.WaitForTextAsync("œ kg de café");
        await tmux.SendAsync("C-e", literal: false);
        await tmux.WaitForTextAsync("Content-Type: text/plain; charset=utf-8");
        await tmux.SendAsync("C-u", literal: false);
        await tmux.SendAsync("text/plain; charset=iso-8859-1\r");

        string shown = await tmux.WaitForTextAsync("½ kg de café");
        Assert.Contains("Character set changed to iso-8859-1; converting.", shown);
        Assert.DoesNotContain("œ", shown);
        // Back in the index and into the message again: the change holds while the folder is open.
        await tmux.SendAsync("q");
        await tmux.WaitForAsync(s => s.Contains("[Msgs:1", StringComparison.Ordinal) && !s.Contains("kg de caf", StringComparison.Ordinal), "the index");
        await tmux.SendAsync("\r");
        await tmux.WaitForTextAsync("½ kg de café");
        await tmux.SendAsync("qq");
        await tmux.WaitForTextAsync(TmuxSession.ExitMarker + "0");

        Assert.Equal(mislabelled, File.ReadAllBytes(file));
    }
}
