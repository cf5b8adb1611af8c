using MuttSharp.Core.Config;
using MuttSharp.Core.Sending;

namespace MuttSharp.Core.Tests.Sending;

/// <summary>The Postponed Messages menu's list: <c>$index_format</c> lines in date order, and purging what was marked.</summary>
public sealed class PostponedListTests : IDisposable
{
    private readonly string home = Directory.CreateTempSubdirectory("muttsharp-postponed-list").FullName;
    private readonly MuttConfig config;

    public PostponedListTests()
    {
        var environment = new MuttEnvironment(name => name == "HOME" ? home : null, home, "host.example", "me", "Me", "/bin/sh");
        config = new MuttConfig(environment);
    }

    private string Folder => Path.Combine(home, "postponed");

    [Fact]
    public async Task DraftsAreListedOldestFirstThroughIndexFormat()
    {
        await Set("set postponed=~/postponed", "set sort=date", "set index_format=\"%Z %-12.12s to %t\"");
        Draft("b", "Later draft", "Tue, 02 Jan 2024 10:00:00 +0000", "bob@example.org");
        Draft("a", "Earlier draft", "Mon, 01 Jan 2024 10:00:00 +0000", "alice@example.org");

        var list = await PostponedList.OpenAsync(config, 80);

        Assert.Equal(2, list.Count);
        Assert.Equal(["Earlier draft", "Later draft"], [list[0].Summary.Subject, list[1].Summary.Subject]);
        Assert.StartsWith("    Earlier draf to ", list.Line(0));
        Assert.EndsWith("alice@example.org", list.Line(0));
    }

    [Fact]
    public async Task PurgeRemovesOnlyTheDraftsMarkedDeleted()
    {
        await Set("set postponed=~/postponed");
        string kept = Draft("a", "Keep me", "Mon, 01 Jan 2024 10:00:00 +0000", "alice@example.org");
        string dropped = Draft("b", "Drop me", "Tue, 02 Jan 2024 10:00:00 +0000", "bob@example.org");
        var list = await PostponedList.OpenAsync(config, 80);

        list[1].Deleted = true;
        Assert.Contains("D", list.Line(1));
        Assert.Empty(await list.PurgeAsync());

        Assert.True(File.Exists(kept));
        Assert.False(File.Exists(dropped));
    }

    [Fact]
    public async Task NoFolderMeansNoDrafts()
    {
        await Set("set postponed=~/nowhere");

        Assert.Equal(0, (await PostponedList.OpenAsync(config, 80)).Count);
    }

    [Fact]
    public async Task AnMboxPostponedFileIsListedAndItsDeletedDraftsPurgedFromIt()
    {
        await Set("set postponed=~/postponed-mbox", "set sort=date", "set index_format=\"%s\"");
        const string Keep = "From me Mon Jan  1 10:00:00 2024\nDate: Mon, 01 Jan 2024 10:00:00 +0000\nSubject: Keep\n\nx\n\n";
        const string Drop = "From me Tue Jan  2 10:00:00 2024\nDate: Tue, 02 Jan 2024 10:00:00 +0000\nSubject: Drop\n\ny\n\n";
        string mbox = Path.Combine(home, "postponed-mbox");
        File.WriteAllText(mbox, Keep + Drop);
        var list = await PostponedList.OpenAsync(config, 80);
        Assert.Equal(["Keep", "Drop"], [list.Line(0).Trim(), list.Line(1).Trim()]);

        list[1].Deleted = true;
        Assert.Empty(await list.PurgeAsync());

        Assert.Equal(Keep, File.ReadAllText(mbox));
    }

    [Fact]
    public async Task AFileThatIsNoMailboxIsNamed()
    {
        await Set("set postponed=~/notes.txt");
        File.WriteAllText(Path.Combine(home, "notes.txt"), "just some notes\n");

        var e = await Assert.ThrowsAsync<IOException>(() => PostponedList.OpenAsync(config, 80));
        Assert.Contains("~/notes.txt", e.Message);
    }

    private string Draft(string unique, string subject, string date, string to)
    {
        string cur = Path.Combine(Folder, "cur");
        Directory.CreateDirectory(cur);
        Directory.CreateDirectory(Path.Combine(Folder, "new"));
        Directory.CreateDirectory(Path.Combine(Folder, "tmp"));
        string path = Path.Combine(cur, $"{unique}.draft:2,DS");
        File.WriteAllText(path, $"Date: {date}\nFrom: me@host.example\nTo: {to}\nSubject: {subject}\n\nText.\n");
        return path;
    }

    private async Task Set(params string[] lines)
    {
        foreach (string line in lines)
            Assert.True(await config.ExecuteAsync(line), string.Join("; ", config.Errors));
    }

    public void Dispose() => Directory.Delete(home, recursive: true);
}
