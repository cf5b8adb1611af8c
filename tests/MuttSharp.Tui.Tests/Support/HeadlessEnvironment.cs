using System.Runtime.CompilerServices;

namespace MuttSharp.Tui.Tests.Support;

internal static class HeadlessEnvironment
{
    // Before any driver exists: drivers made by tests never touch the developer's real terminal.
    [ModuleInitializer]
    internal static void Init() => Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
}
