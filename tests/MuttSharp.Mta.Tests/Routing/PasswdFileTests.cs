using MuttSharp.Mta.Routing;
using MuttSharp.Mta.Tests.Support;

namespace MuttSharp.Mta.Tests.Routing;

public sealed class PasswdFileTests
{
    [Fact]
    public async Task Users_are_read_from_passwd_lines_and_malformed_lines_skipped()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("passwd", "root:x:0:0:root:/root:/bin/bash\nbroken line\nalice:x:1001:1001:Alice,,,:/home/alice:/bin/sh\nbad:x:uid:1:::\n");
        var users = new PasswdFile(path);

        Assert.Equal(new SystemUser("alice", 1001, 1001, "/home/alice", "/bin/sh"), await users.FindAsync("alice", CancellationToken.None));
        Assert.NotNull(await users.FindAsync("root", CancellationToken.None));
        Assert.Null(await users.FindAsync("bad", CancellationToken.None));
        Assert.Null(await users.FindAsync("Alice", CancellationToken.None));
    }

    [Fact]
    public async Task A_changed_file_is_read_again()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("passwd", "root:x:0:0:root:/root:/bin/bash\n");
        TempDirectory.Touch(path, DateTime.UtcNow.AddMinutes(-1));
        var users = new PasswdFile(path);
        Assert.Null(await users.FindAsync("bob", CancellationToken.None));

        await File.AppendAllTextAsync(path, "bob:x:1002:1002::/home/bob:/bin/sh\n");

        Assert.NotNull(await users.FindAsync("bob", CancellationToken.None));
    }
}
