using MimeKit;
using MuttSharp.Core.Compose;
using MuttSharp.Core.Config;
using MuttSharp.Core.Model;
using MuttSharp.Core.Reading.Session;
using MuttSharp.Core.Sending;

namespace MuttSharp.Core.Tests.Sending;

/// <summary>%p follows $postponed as drafts come and go, with no restart.</summary>
public sealed class PostponedCountTests : IDisposable
{
    private static readonly ComposeSettings Compose = new() { Hostname = "example.org", UserName = "me", From = new MailboxAddress("Me", "me@example.org") };
    private readonly string home = Directory.CreateTempSubdirectory("muttsharp-postponed-count").FullName;

    private static Draft Draft(string subject)
    {
        var draft = new Draft { Subject = subject, Body = "Text.\n" };
        draft.To.Add(new MailboxAddress("", "you@example.org"));
        return draft;
    }

    [Theory]
    [InlineData(MailboxFormat.Maildir)]
    [InlineData(MailboxFormat.Mbox)]
    public async Task TheCountFollowsPostponeRecallAndSend(MailboxFormat format)
    {
        string folder = Path.Combine(home, format.ToString());
        if (format == MailboxFormat.Mbox)
            File.WriteAllText(folder, "");
        var sender = new MessageSender(new RecordingSubmitter(), new DraftWriter(Compose), new SendSettings { Postponed = folder, NewFolderFormat = format, Hostname = "example.org" });
        Assert.Equal(0, PostponedCount.Of(folder));

        await sender.Postponed.PostponeAsync(Draft("One"));
        await sender.Postponed.PostponeAsync(Draft("Two"));
        Assert.Equal(2, PostponedCount.Of(folder));

        var list = await PostponedList.OpenAsync(await ConfigAsync($"set postponed={folder}"), 80);
        var (recalled, error) = await sender.Postponed.RecallAsync(list[0]);
        Assert.Equal("", error);
        Assert.True((await sender.SendAsync(recalled!)).Sent);

        Assert.Equal(1, PostponedCount.Of(folder));
    }

    [Fact]
    public async Task TheStatusLinesPercentPIsCountedAtEachDrawNotAtOpen()
    {
        string inbox = Path.Combine(home, "inbox");
        foreach (string sub in new[] { "cur", "new", "tmp" })
            Directory.CreateDirectory(Path.Combine(inbox, sub));
        var config = await ConfigAsync($"set postponed=~/drafts", "set status_format=\"post=%p\"");
        var session = await ReaderSession.OpenAsync(config, inbox);
        Assert.Equal("post=0", session.StatusLine().TrimEnd());

        var sender = new MessageSender(new RecordingSubmitter(), new DraftWriter(Compose), SendSettings.FromConfig(config));
        await sender.Postponed.PostponeAsync(Draft("Later"));

        Assert.Equal("post=1", session.StatusLine().TrimEnd());
    }

    private async Task<MuttConfig> ConfigAsync(params string[] lines)
    {
        string rc = Path.Combine(home, "muttrc");
        File.WriteAllLines(rc, lines);
        var environment = new MuttEnvironment(name => name == "HOME" ? home : null, home, "example.org", "me", "Me", "/bin/sh");
        var config = await MuttConfigLoader.LoadAsync(new MuttConfigLoadOptions { Files = [rc], SkipSystemFiles = true, Environment = environment });
        Assert.Empty(config.Errors);
        return config;
    }

    public void Dispose() => Directory.Delete(home, recursive: true);
}
