using MuttSharp.Core.Config.Format;

namespace MuttSharp.Core.Tests.Config.Format;

public sealed class ComposeExpandosTests
{
    [Fact]
    public void Mutts_default_compose_line()
    {
        string line = FormatString.Get("-- Mutt: Compose  [Approx. msg size: %l   Atts: %a]%>-")
            .Render(ComposeExpandos.Create(), new ComposeInfo(1, 2345, "host", "MuttSharp 0.1.0"), new FormatOptions { Columns = 60 });

        Assert.Equal("-- Mutt: Compose  [Approx. msg size: 2.3K   Atts: 1]--------", line);
    }

    [Fact]
    public void Host_and_version()
    {
        Assert.Equal("host MuttSharp 0.1.0 0K",
            FormatString.Get("%h %v %l").Render(ComposeExpandos.Create(), new ComposeInfo(0, 0, "host", "MuttSharp 0.1.0")));
    }
}
