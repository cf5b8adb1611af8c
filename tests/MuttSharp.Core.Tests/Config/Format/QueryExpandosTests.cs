using MuttSharp.Core.Config.Format;

namespace MuttSharp.Core.Tests.Config.Format;

public sealed class QueryExpandosTests
{
    private const string MuttDefault = "%4c %t %-25.25a %-25.25n %?e?(%e)?";

    [Fact]
    public void Mutts_default_query_line()
    {
        var entry = new QueryEntry(1, "info@microlinux.fr", "Nicolas Kovacs", "Microlinux") { Tagged = true };

        Assert.Equal("   1 * info@microlinux.fr        Nicolas Kovacs            (Microlinux)",
            FormatString.Get(MuttDefault).Render(QueryExpandos.Create(), entry));
    }

    [Fact]
    public void Extra_information_is_optional()
    {
        var entry = new QueryEntry(12, "a@x.org", "Ann", "");

        Assert.Equal("  12   a@x.org                   Ann                       ",
            FormatString.Get(MuttDefault).Render(QueryExpandos.Create(), entry));
    }
}
