using System.Text;
using MuttSharp.Core.Maildir;

namespace MuttSharp.Core.Tests.Maildir;

public sealed class MaildirNameSetTests
{
    private static MaildirNameSet Of(params (bool InNew, string Name)[] names)
    {
        var set = new MaildirNameSet();
        foreach (var (inNew, name) in names)
            set = set.Add(inNew, Encoding.UTF8.GetBytes(name));
        return set;
    }

    [Fact]
    public void TheOrderOfTheNamesDoesNotMatter()
        => Assert.Equal(Of((false, "1.a:2,S"), (true, "2.b"), (false, "3.c:2,")), Of((true, "2.b"), (false, "3.c:2,"), (false, "1.a:2,S")));

    [Theory]
    [InlineData(true, "1.a:2,S")] // the same name in new/
    [InlineData(false, "1.a:2,FS")] // another flag
    [InlineData(false, "1.b:2,S")] // another file
    public void AnotherDirectoryNameOrFlagIsAnotherSet(bool inNew, string name)
        => Assert.NotEqual(Of((false, "1.a:2,S"), (true, "2.b")), Of((inNew, name), (true, "2.b")));

    [Fact]
    public void AMissingOrAnExtraNameChangesTheCount()
    {
        Assert.NotEqual(Of((false, "1.a:2,S")), Of((false, "1.a:2,S"), (true, "2.b")));
        Assert.Equal(2, Of((false, "1.a:2,S"), (true, "2.b")).Count);
    }

    [Fact]
    public void TheDirectoriesOfAMaildirAreListedAsTheSetOfTheirNames()
    {
        string root = Directory.CreateTempSubdirectory("namesets").FullName;
        try
        {
            foreach (string sub in (string[])["cur", "new", "tmp"])
                Directory.CreateDirectory(Path.Combine(root, sub));
            File.WriteAllText(Path.Combine(root, "cur", "1.a:2,S"), "");
            File.WriteAllText(Path.Combine(root, "new", "2.b"), "");
            File.WriteAllText(Path.Combine(root, "tmp", "3.c"), "");
            File.WriteAllText(Path.Combine(root, "cur", ".hidden"), "");
            Directory.CreateDirectory(Path.Combine(root, "cur", "sub"));

            Assert.Equal(Of((false, "1.a:2,S"), (true, "2.b")), MaildirScanner.TryListNames(root));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void ALinkInTheFolderNeedsAScan()
    {
        string root = Directory.CreateTempSubdirectory("namesets").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "cur"));
            Directory.CreateDirectory(Path.Combine(root, "new"));
            File.CreateSymbolicLink(Path.Combine(root, "cur", "1.a:2,S"), "/nowhere");

            Assert.Null(MaildirScanner.TryListNames(root));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
