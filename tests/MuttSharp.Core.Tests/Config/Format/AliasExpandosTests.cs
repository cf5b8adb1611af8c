using MuttSharp.Core.Config.Format;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Tests.Config.Format;

public sealed class AliasExpandosTests
{
    [Fact]
    public void Mutts_default_alias_line()
    {
        var entry = new AliasEntry(1, "nico", [new MailAddress("Nicolas Kovacs", "info@microlinux.fr")]) { Deleted = true, Tagged = true };

        Assert.Equal("   1  D * nico         Nicolas Kovacs <info@microlinux.fr>",
            FormatString.Get("%4n %2f %t %-10a   %r").Render(AliasExpandos.Create(), entry));
    }

    [Fact]
    public void Group_aliases_list_every_address()
    {
        var entry = new AliasEntry(2, "team", [new MailAddress("", "a@x.org"), new MailAddress("B, C", "b@x.org")]);

        Assert.Equal("team: a@x.org, \"B, C\" <b@x.org> [ ][ ]", FormatString.Get("%a: %r [%f][%t]").Render(AliasExpandos.Create(), entry));
    }
}
