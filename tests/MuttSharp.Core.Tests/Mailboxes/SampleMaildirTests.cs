using System.Security.Cryptography;
using MuttSharp.Core.Mailboxes;

namespace MuttSharp.Core.Tests.Mailboxes;

public sealed class SampleMaildirTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("muttsharp-sample-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static string Fingerprint(string maildir)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (string file in Directory.GetFiles(maildir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(maildir, file)));
            hash.AppendData(File.ReadAllBytes(file));
            hash.AppendData(BitConverter.GetBytes(File.GetLastWriteTimeUtc(file).Ticks));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    [Fact]
    public void TheSameSeedGivesTheSameMaildirAndAnotherSeedAnotherOne()
    {
        SampleMaildir.Generate(Path.Combine(root, "a"), 60, seed: 5);
        SampleMaildir.Generate(Path.Combine(root, "b"), 60, seed: 5);
        SampleMaildir.Generate(Path.Combine(root, "c"), 60, seed: 6);

        Assert.Equal(Fingerprint(Path.Combine(root, "a")), Fingerprint(Path.Combine(root, "b")));
        Assert.NotEqual(Fingerprint(Path.Combine(root, "a")), Fingerprint(Path.Combine(root, "c")));
    }

    [Fact]
    public async Task GeneratesThreadsCharsetsAttachmentsAndASpreadOfFlags()
    {
        string maildir = Path.Combine(root, "m");
        SampleMaildir.Generate(maildir, 400, seed: 1);

        var mailbox = await new MailboxLoader().OpenAsync(maildir);
        var messages = mailbox.Messages;

        Assert.Equal(400, messages.Count);
        Assert.Empty(mailbox.Errors);
        Assert.Contains(messages, m => m.IsNew);
        Assert.Contains(messages, m => m.IsOld);
        Assert.Contains(messages, m => m.IsRead);
        Assert.Contains(messages, m => m.Deleted);
        Assert.True(messages.Count(m => m.Summary.InReplyTo is not null) > 100);
        Assert.All(messages.Where(m => m.Summary.InReplyTo is not null), m => Assert.Equal(m.Summary.InReplyTo, m.Summary.References[^1]));
        Assert.True(messages.Count(m => m.Summary.HasAttachments) > 40);
        Assert.Contains(messages, m => m.Summary.From[0].Name == "Привет, мир");
        Assert.Contains(messages, m => m.Summary.From[0].Name == "こんにちは世界");
        Assert.Contains(messages, m => m.Summary.ListId is not null);
        double average = messages.Average(m => m.Summary.Size);
        Assert.InRange(average, 10_000, 20_000);
    }
}
