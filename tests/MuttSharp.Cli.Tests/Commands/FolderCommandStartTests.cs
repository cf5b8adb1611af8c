using MuttSharp.Cli.Commands;
using MuttSharp.Core.Reading;

namespace MuttSharp.Cli.Tests.Commands;

public sealed class FolderCommandStartTests : IDisposable
{
    private readonly string home = Directory.CreateTempSubdirectory("muttsharp-start-").FullName;
    private readonly StringWriter error = new();

    public void Dispose() => Directory.Delete(home, recursive: true);

    private CliConsole Console() => new(TextReader.Null, new StringWriter(), error, name => name == "HOME" ? home : null);

    [Fact]
    public async Task TheMuttrcIsReadWithTheCommandsAfterItAndItsErrorsArePrinted()
    {
        string rc = Path.Combine(home, "muttrc");
        await File.WriteAllTextAsync(rc, "set sort=subject\nfrobnicate now\n");

        var config = await FolderCommandStart.LoadConfigAsync([rc], skipSystemFiles: true, ["set sort_aux=size"], Console(), CancellationToken.None);

        Assert.Equal("subject", config.GetSort("sort").ToString());
        Assert.Equal("size", config.GetSort("sort_aux").ToString());
        Assert.Contains("frobnicate", error.ToString());
    }

    [Fact]
    public async Task AFolderThatCannotBeOpenedIsNullAndSaysWhyUnderTheCommandName()
    {
        var config = await FolderCommandStart.LoadConfigAsync([], skipSystemFiles: true, [], Console(), CancellationToken.None);
        string missing = Path.Combine(home, "Nowhere");

        var mailbox = await FolderCommandStart.OpenFolderAsync("index", new ReaderSettings(config), missing, Console(), CancellationToken.None);

        Assert.Null(mailbox);
        Assert.StartsWith($"muttsharp index: {missing}: ", error.ToString());
    }

    [Fact]
    public async Task AFolderIsOpenedReadOnly()
    {
        var config = await FolderCommandStart.LoadConfigAsync([], skipSystemFiles: true, [], Console(), CancellationToken.None);
        string folder = Path.Combine(home, "Maildir");
        Core.Mailboxes.SampleMaildir.Generate(folder, 3, seed: 1);

        var mailbox = await FolderCommandStart.OpenFolderAsync("show", new ReaderSettings(config), folder, Console(), CancellationToken.None);

        Assert.NotNull(mailbox);
        Assert.Equal(3, mailbox.Messages.Count);
        Assert.True(mailbox.ReadOnly);
    }
}
