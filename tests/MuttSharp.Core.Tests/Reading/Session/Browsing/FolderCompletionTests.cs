using MuttSharp.Core.Maildir;
using MuttSharp.Core.Reading.Session.Browsing;

namespace MuttSharp.Core.Tests.Reading.Session.Browsing;

public sealed class FolderCompletionTests : IDisposable
{
    private readonly SessionFolder folder = new();

    public FolderCompletionTests()
    {
        MaildirWriter.EnsureMaildir(Path.Combine(folder.Mail, "lists"));
        MaildirWriter.EnsureMaildir(Path.Combine(folder.Mail, "linux"));
        Directory.CreateDirectory(Path.Combine(folder.Mail, "archive", "2023"));
    }

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("+lis", "+lists")]
    [InlineData("=ar", "=archive/")]
    [InlineData("=archive/2", "=archive/2023/")]
    [InlineData("~/Mail/lis", "~/Mail/lists")]
    [InlineData("=zzz", "=zzz")]
    public async Task CompletesAUniqueNameKeepingTheShorthand(string typed, string completed)
    {
        await folder.Set($"set folder={folder.Mail}");

        var completion = FolderCompletion.Complete(folder.Config, typed);

        Assert.Equal(completed, completion.Text);
        Assert.Empty(completion.Candidates);
    }

    [Fact]
    public async Task SeveralMatchesCompleteTheCommonPartAndAreListed()
    {
        await folder.Set($"set folder={folder.Mail}");

        var completion = FolderCompletion.Complete(folder.Config, "=l");

        Assert.Equal("=li", completion.Text);
        Assert.Equal(["=linux", "=lists"], completion.Candidates);
    }
}
