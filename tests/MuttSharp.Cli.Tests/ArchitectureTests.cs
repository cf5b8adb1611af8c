using System.Reflection;

namespace MuttSharp.Cli.Tests;

/// <summary>Keeps the dependency direction of ARCHITECTURE.md: Cli -> {Tui, Mta} -> Core.</summary>
public sealed class ArchitectureTests
{
    private static string[] References(string assembly) =>
        Assembly.Load(assembly).GetReferencedAssemblies().Select(a => a.Name ?? "").ToArray();

    [Fact]
    public void CoreHasNoUiAndNoNetworking()
    {
        var references = References("MuttSharp.Core");
        Assert.DoesNotContain("Terminal.Gui", references);
        Assert.DoesNotContain("MailKit", references);
        Assert.DoesNotContain("MuttSharp.Mta", references);
        Assert.DoesNotContain("MuttSharp.Tui", references);
        Assert.DoesNotContain("System.Net.Sockets", references);
    }

    [Fact]
    public void TheEngineNeverReferencesTheUi()
    {
        var references = References("MuttSharp.Mta");
        Assert.DoesNotContain("Terminal.Gui", references);
        Assert.DoesNotContain("MuttSharp.Tui", references);
    }

    [Fact]
    public void TheUiNeverReferencesTheEngine()
    {
        Assert.DoesNotContain("MuttSharp.Mta", References("MuttSharp.Tui"));
    }
}
