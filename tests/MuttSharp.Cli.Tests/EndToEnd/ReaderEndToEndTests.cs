using MuttSharp.Core.Mailboxes;

namespace MuttSharp.Cli.Tests.EndToEnd;

/// <summary>The reader driven as a user drives it: in tmux, with keys, checked on the screen and on disk.</summary>
public sealed class ReaderEndToEndTests : IDisposable
{
    private readonly string home = Directory.CreateTempSubdirectory("muttsharp-e2e-").FullName;

    private string Folder => Path.Combine(home, "Maildir");

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

    private string Prepare(string muttrc)
    {
        SampleMaildir.Generate(Folder, 40, seed: 11);
        // Two messages the test can find by subject, delivered new as the engine delivers them.
        for (int i = 1; i <= 2; i++)
        {
            File.WriteAllText(Path.Combine(Folder, "new", $"17000000{i:00}.needle{i}.e2e"),
                $"From: Needle Sender <needle@example.org>\nTo: me@example.org\nSubject: needle {i}\n" +
                $"Date: Mon, 1 Jan 2024 00:0{i}:00 +0000\nMessage-ID: <needle{i}@example.org>\n\nneedle body {i}\n");
        }
        string rc = Path.Combine(home, "muttrc");
        File.WriteAllText(rc, muttrc);
        return rc;
    }

    private static IEnumerable<string> NeedleFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.needle*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(folder, p));

    [Fact]
    public async Task Limit_flag_delete_sync_and_quit_change_the_files_as_Mutt_names_them()
    {
        string rc = Prepare("set sort=date\nset arrow_cursor\nset quit=yes\nset delete=yes\nset mark_old=no\nset keymap=vim\n");
        await using var tmux = await TmuxSession.StartAsync(["-n", "-F", rc, "-f", Folder], home);
        await tmux.WaitForTextAsync("[Msgs:42");

        await tmux.SendAsync("l");
        await tmux.WaitForTextAsync("Limit to messages matching:");
        await tmux.SendAsync("~s needle\r");
        string limited = await tmux.WaitForAsync(s => s.Contains("[Msgs:2/42", StringComparison.Ordinal) && s.Contains("needle 2", StringComparison.Ordinal), "the limited index");
        Assert.Contains("needle 1", limited);
        Assert.DoesNotContain("kernel", limited);

        // The first needle: flag it. The second: delete it.
        await tmux.SendAsync("gg");
        await tmux.WaitForAsync(s => s.Split('\n').Any(l => l.StartsWith("->", StringComparison.Ordinal) && l.Contains("needle 1")), "the cursor on needle 1");
        await tmux.SendAsync("F");
        await tmux.WaitForTextAsync("Flag:");
        await tmux.SendAsync("j");
        await tmux.WaitForAsync(s => s.Split('\n').Any(l => l.StartsWith("->", StringComparison.Ordinal) && l.Contains("needle 2")), "the cursor on needle 2");
        await tmux.SendAsync("dd");
        await tmux.WaitForTextAsync("Del:1");

        await tmux.SendAsync("$");
        await tmux.WaitForAsync(s => !s.Contains("Del:1", StringComparison.Ordinal) && s.Contains("[Msgs:1/41", StringComparison.Ordinal), "the purge");
        var needles = NeedleFiles(Folder).ToList();
        string kept = Assert.Single(needles);
        // Mutt's Maildir names: a changed message moves to cur/ with its flags after ":2,".
        Assert.StartsWith("cur/", kept.Replace('\\', '/'));
        Assert.EndsWith(":2,F", kept);

        await tmux.SendAsync("q");
        await tmux.WaitForTextAsync(TmuxSession.ExitMarker + "0");
    }

    [Fact]
    public async Task Minus_z_does_not_start_on_a_folder_without_messages_as_Mutt_does()
    {
        string empty = Path.Combine(home, "Empty");
        foreach (string part in new[] { "cur", "new", "tmp" })
            Directory.CreateDirectory(Path.Combine(empty, part));
        File.WriteAllText(Path.Combine(empty, "cur", ".keep"), "");
        await using var tmux = await TmuxSession.StartAsync(["-n", "-F", "/dev/null", "-z", "-f", empty], home);

        string screen = await tmux.WaitForTextAsync(TmuxSession.ExitMarker + "1");

        Assert.Contains("Mailbox is empty.", screen);
    }

    [Fact]
    public async Task Search_moves_to_a_match_and_the_pager_shows_it()
    {
        string rc = Prepare("set sort=date\nset arrow_cursor\nset quit=yes\nset mark_old=no\n");
        await using var tmux = await TmuxSession.StartAsync(["-n", "-F", rc, "-f", Folder], home);
        await tmux.WaitForTextAsync("[Msgs:42");
        await tmux.SendAsync("gg");
        await tmux.SendAsync("/");
        await tmux.WaitForTextAsync("Search for:");
        await tmux.SendAsync("~s \"needle 1\"\r");
        await tmux.WaitForAsync(s => s.Split('\n').Any(l => l.StartsWith("->", StringComparison.Ordinal) && l.Contains("needle 1")), "the cursor on needle 1");
        await tmux.SendAsync("\r");
        await tmux.WaitForTextAsync("needle body 1");
        await tmux.SendAsync("q");
        await tmux.WaitForTextAsync("[Msgs:42");
        await tmux.SendAsync("x");
        await tmux.WaitForTextAsync(TmuxSession.ExitMarker + "0");
        // Reading it marked it read in memory only: exit does not write, so the file is still new.
        Assert.Contains(NeedleFiles(Folder), f => f.Replace('\\', '/').StartsWith("new/", StringComparison.Ordinal) && f.Contains("needle1"));
    }
}
