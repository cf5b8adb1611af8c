namespace MuttSharp.Cli.Tests.EndToEnd;

/// <summary>break-thread in the real reader in tmux: the thread splits on the screen, and <c>$</c> rewrites the file on disk.</summary>
public sealed class ThreadEditEndToEndTests : IDisposable
{
    private readonly string home = Directory.CreateTempSubdirectory("muttsharp-e2e-thread-").FullName;

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

    private void Deliver(string name, string subject, string id, string? parent)
    {
        string headers = $"From: Sender <sender@example.org>\nTo: me@example.org\nSubject: {subject}\n"
            + $"Date: Mon, 1 Jan 2024 00:00:0{name[^1]} +0000\nMessage-ID: <{id}>\n"
            + (parent is null ? "" : $"In-Reply-To: <{parent}>\nReferences: <{parent}>\n");
        File.WriteAllText(Path.Combine(Folder, "cur", name), headers + $"\nbody of {subject}\n");
    }

    [Fact]
    public async Task Break_thread_then_sync_rewrites_the_reply_with_its_Maildir_flags()
    {
        foreach (string sub in new[] { "cur", "new", "tmp" })
            Directory.CreateDirectory(Path.Combine(Folder, sub));
        Deliver("1700000001.root.e2e:2,S", "the root", "root@example.org", null);
        Deliver("1700000002.reply.e2e:2,FRS", "the answer", "reply@example.org", "root@example.org");
        string rc = Path.Combine(home, "muttrc");
        File.WriteAllText(rc, "set sort=threads strict_threads arrow_cursor quit=yes mark_old=no\n"
            + "set index_format='%4C %s' status_format='STATUS[%r] %m'\n");
        await using var tmux = await TmuxSession.StartAsync(["-n", "-F", rc, "-f", Folder], home);
        await tmux.WaitForTextAsync("STATUS[-] 2");

        await tmux.SendAsync("/");
        await tmux.WaitForTextAsync("Search for:");
        await tmux.SendAsync("~s answer\r");
        await tmux.WaitForAsync(s => s.Split('\n').Any(l => l.StartsWith("->", StringComparison.Ordinal) && l.Contains("the answer")), "the cursor on the reply");
        await tmux.SendAsync("#");
        // A thread of its own: no tree glyph before the subject any more, and the folder is changed.
        string broken = await tmux.WaitForTextAsync("Thread broken");
        Assert.Contains("STATUS[*]", broken);
        Assert.Contains(broken.Split('\n'), l => l.StartsWith("->", StringComparison.Ordinal) && l.EndsWith("2 the answer", StringComparison.Ordinal));

        await tmux.SendAsync("$");
        await tmux.WaitForTextAsync("STATUS[-]");
        await tmux.SendAsync("x");
        await tmux.WaitForTextAsync(TmuxSession.ExitMarker + "0");

        var files = Directory.GetFiles(Path.Combine(Folder, "cur")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, files.Count);
        Assert.Contains("1700000001.root.e2e:2,S", files);
        string reply = Assert.Single(files, f => f != "1700000001.root.e2e:2,S")!;
        // Mutt reads the flags from the name: the rewritten reply keeps F, R and S, and a new unique name.
        Assert.EndsWith(":2,FRS", reply);
        Assert.StartsWith("1700000002.", reply);
        string text = File.ReadAllText(Path.Combine(Folder, "cur", reply));
        Assert.DoesNotContain("In-Reply-To:", text);
        Assert.DoesNotContain("References:", text);
        Assert.EndsWith("Message-ID: <reply@example.org>\n\nbody of the answer\n", text);
        Assert.Empty(Directory.GetFiles(Path.Combine(Folder, "new")));
        Assert.Empty(Directory.GetFiles(Path.Combine(Folder, "tmp")));
    }
}
