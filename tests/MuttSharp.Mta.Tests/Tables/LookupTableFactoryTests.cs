using MuttSharp.Mta.Routing;
using MuttSharp.Mta.Tables;
using MuttSharp.Mta.Tests.Support;

namespace MuttSharp.Mta.Tests.Tables;

public sealed class LookupTableFactoryTests
{
    private static LookupTableFactory Factory() => new(FakeUsers.Standard("/home"), _ => { });

    [Theory]
    [InlineData("hash:/etc/aliases", typeof(FileTable))]
    [InlineData("texthash:/etc/muttsharp/virtual", typeof(FileTable))]
    [InlineData("inline:{ a=b }", typeof(InlineTable))]
    [InlineData("static:vmail", typeof(StaticTable))]
    [InlineData("regexp:/etc/muttsharp/virtual.regexp", typeof(RegexpTable))]
    [InlineData("proxy:unix:passwd.byname", typeof(PasswdTable))]
    public void Each_supported_type_opens_its_table(string spec, Type expected)
    {
        Assert.True(Factory().TryOpen(spec, "alias_maps", TableSyntax.Map, out var table, out _));
        Assert.IsType(expected, table);
    }

    [Fact]
    public void An_unsupported_type_is_a_configuration_error_naming_the_parameter()
    {
        Assert.False(Factory().TryOpen("nis:mail.aliases", "alias_maps", TableSyntax.Aliases, out _, out string error));
        Assert.Equal("parameter alias_maps: unsupported dictionary type: nis (in \"nis:mail.aliases\"; supported: hash, texthash, inline, static, regexp, unix)", error);
    }

    [Theory]
    [InlineData("/etc/aliases", "parameter alias_maps: bad table \"/etc/aliases\": expected type:name")]
    [InlineData("unix:group.byname", "parameter alias_maps: unsupported unix table \"unix:group.byname\": expected unix:passwd.byname")]
    public void Malformed_names_are_errors(string spec, string expected)
    {
        Assert.False(Factory().TryOpen(spec, "alias_maps", TableSyntax.Map, out _, out string error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void The_same_file_named_twice_is_one_table()
    {
        var factory = Factory();
        factory.TryOpen("hash:/etc/aliases", "alias_maps", TableSyntax.Aliases, out var first, out _);
        factory.TryOpen("proxy:hash:/etc/aliases", "local_recipient_maps", TableSyntax.Aliases, out var second, out _);

        Assert.Same(first, second);
    }

    [Fact]
    public void Open_all_keeps_the_good_tables_and_collects_errors()
    {
        var errors = new List<string>();

        var tables = Factory().OpenAll(["static:a", "nis:x", "inline:{ b=c }"], "virtual_alias_maps", TableSyntax.Map, errors);

        Assert.Equal(2, tables.Count);
        Assert.Single(errors);
    }

    [Fact]
    public async Task Passwd_table_finds_system_users_case_sensitively()
    {
        var table = new PasswdTable(new FakeUsers(new SystemUser("alice", 1001, 100, "/home/alice", "/bin/sh")));

        Assert.Equal("alice:*:1001:100::/home/alice:/bin/sh", await table.LookupAsync("alice", CancellationToken.None));
        Assert.Null(await table.LookupAsync("Alice", CancellationToken.None));
    }
}
