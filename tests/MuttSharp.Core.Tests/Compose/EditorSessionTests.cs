using MimeKit;
using MuttSharp.Core.Compose;

namespace MuttSharp.Core.Tests.Compose;

public sealed class EditorSessionTests
{
    [Fact]
    public async Task AScriptedEditorChangesTheBodyAndTheSubjectThroughEditHeaders()
    {
        var draft = new Draft { Subject = "Hello", Body = "Hello world\n" };
        draft.To.Add(new MailboxAddress("", "alice@example.com"));
        using var session = await EditorSession.CreateAsync(draft, Path.GetTempPath(), editHeaders: true);

        int status = await session.RunAsync("sed -i -e 's/^Subject: Hello/Subject: Bonjour/' -e 's/^Hello world/Bonjour le monde/'");

        Assert.Equal(0, status);
        Assert.True(session.TryApply(draft, out bool modified, out string error), error);
        Assert.True(modified);
        Assert.Equal("Bonjour", draft.Subject);
        Assert.Equal("Bonjour le monde\n", draft.Body);
        Assert.Equal("alice@example.com", Assert.Single(draft.To.Mailboxes).Address);
    }

    [Fact]
    public async Task AnEditorThatChangesNothingLeavesTheDraftUnmodified()
    {
        var draft = new Draft { Body = "text\n" };
        using var session = await EditorSession.CreateAsync(draft, Path.GetTempPath(), editHeaders: false);

        await session.RunAsync("true");

        Assert.True(session.TryApply(draft, out bool modified, out _));
        Assert.False(modified);
        Assert.Equal("text\n", draft.Body);
    }

    [Fact]
    public async Task PercentSStandsForTheQuotedFileAndTheFileIsPrivateAndRemovedAfterwards()
    {
        using var session = await EditorSession.CreateAsync(new Draft(), Path.GetTempPath(), editHeaders: false);

        Assert.Equal($"vim -c 'set tw=72' '{session.FilePath}'", session.CommandLine("vim -c 'set tw=72' %s"));
        Assert.Equal($"nano '{session.FilePath}'", session.CommandLine("nano"));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(session.FilePath));
        session.Dispose();
        Assert.False(File.Exists(session.FilePath));
    }
}
