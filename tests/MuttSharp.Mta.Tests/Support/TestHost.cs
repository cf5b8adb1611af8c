using System.Net;
using MuttSharp.Mta.Config;

namespace MuttSharp.Mta.Tests.Support;

/// <summary>Fixed machine identities and configuration builders, so tests never depend on the machine they run on.</summary>
internal static class TestHost
{
    /// <summary>A host named "vm" (not a FQDN) with loopback and one LAN address.</summary>
    public static HostIdentity Vm { get; } = new("vm",
    [
        new InterfaceAddress(IPAddress.Loopback, 8),
        new InterfaceAddress(IPAddress.Parse("192.168.1.20"), 24),
        new InterfaceAddress(IPAddress.IPv6Loopback, 128),
    ]);

    public static MtaParameters Parameters(string mainCf, HostIdentity? host = null) =>
        new(MainCf.Parse(mainCf, "/etc/muttsharp/main.cf"), host ?? Vm);

    public static MtaSettings Settings(string mainCf, HostIdentity? host = null) => new(Parameters(mainCf, host));

    public static string TestData(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);
}
