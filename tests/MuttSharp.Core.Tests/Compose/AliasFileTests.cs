using MimeKit;
using MuttSharp.Core.Compose;
using MuttSharp.Core.Config;

namespace MuttSharp.Core.Tests.Compose;

public sealed class AliasFileTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("aliasfile").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void TheDefaultNameIsTheSendersLocalPart() =>
        Assert.Equal("jane.doe", AliasFile.DefaultName(new MailboxAddress("Jane", "jane.doe@example.org")));

    [Fact]
    public void CharactersMuttRefusesInANameBecomeUnderscores() =>
        Assert.Equal("jane_doe_x", AliasFile.FixName("jane doe`x"));

    [Fact]
    public void ANameWithACommaIsQuotedAndShellCharactersAreEscaped()
    {
        var addresses = InternetAddressList.Parse("\"Doe, Jane $HOME\" <jane@example.org>");
        Assert.Equal("alias jane \\\"Doe, Jane \\$HOME\\\" <jane@example.org>", AliasFile.FormatLine("jane", addresses));
    }

    [Fact]
    public async Task AppendingWritesTheLineOnItsOwnLineAndMakesTheAliasLive()
    {
        string path = Path.Combine(dir, "aliases");
        File.WriteAllText(path, "alias bob bob@example.org");
        var config = new MuttConfig();

        await AliasFile.AppendAsync(config, path, "jane", InternetAddressList.Parse("\"Doe, Jane\" <jane@example.org>"));

        Assert.Equal("alias bob bob@example.org\nalias jane \\\"Doe, Jane\\\" <jane@example.org>\n", File.ReadAllText(path));
        var alias = config.FindAlias("jane");
        Assert.NotNull(alias);
        Assert.Equal("\"Doe, Jane\" <jane@example.org>", alias.Addresses);
    }

    [Fact]
    public async Task ReadingTakesOnlyTheAliasLines()
    {
        string marker = Path.Combine(dir, "ran");
        string path = Path.Combine(dir, "muttrc");
        File.WriteAllText(path, $"set editor=`touch {marker}`\nalias bob Bob <bob@example.org>\n  alias amy amy@example.org\n");

        var aliases = await AliasFile.ReadAsync(path);

        Assert.Equal(["bob", "amy"], aliases.Select(a => a.Name));
        Assert.Equal("Bob <bob@example.org>", aliases[0].Addresses);
        Assert.False(File.Exists(marker));
    }
}
