using System.Text;
using MuttSharp.Core.Mailboxes;

namespace MuttSharp.Core.Tests.Mailboxes;

public sealed class MessageFileTests
{
    private static async Task<string> ReadAll(Stream stream)
    {
        await using (stream)
        using (var reader = new StreamReader(stream, Encoding.UTF8))
            return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task AMaildirMessageIsItsFileEvenAfterAnotherProgramRenamedIt()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");
        var mailbox = await new MailboxLoader().OpenAsync(inbox.Path);
        var third = mailbox.Messages[2];
        string expected = await File.ReadAllTextAsync(third.Path);
        string moved = Path.Combine(inbox.Path, "cur", Path.GetFileName(third.Path) + ":2,S");
        File.Move(third.Path, moved);

        string text = await ReadAll(MessageFile.OpenRead(mailbox, third));

        Assert.Equal(expected, text);
        Assert.Equal(moved, third.Path);
    }

    [Fact]
    public async Task AVanishedMessageIsFileNotFound()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");
        var mailbox = await new MailboxLoader().OpenAsync(inbox.Path);
        File.Delete(mailbox.Messages[0].Path);

        Assert.Throws<FileNotFoundException>(() => MessageFile.OpenRead(mailbox, mailbox.Messages[0]));
    }

    [Fact]
    public async Task AnMboxMessageIsItsSliceFromHeadersToTheNextFromLine()
    {
        using var mbox = new GoldenFolder("Mbox", "old.mbox");
        var mailbox = await new MailboxLoader().OpenAsync(mbox.Path);

        string second = await ReadAll(MessageFile.OpenRead(mailbox, mailbox.Messages[1]));

        Assert.StartsWith("From: Alice <alice@example.org>\n", second);
        Assert.Contains("Subject: Old unread flagged\n", second);
        Assert.Contains(">From the body, escaped.\n", second);
        Assert.DoesNotContain("carol", second);
    }
}
