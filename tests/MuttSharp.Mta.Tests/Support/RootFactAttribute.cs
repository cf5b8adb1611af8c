namespace MuttSharp.Mta.Tests.Support;

/// <summary>A test of what the engine does as root (taking a mailbox owner's identity); skipped, with the reason, otherwise.</summary>
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || !Environment.IsPrivilegedProcess)
            Skip = "needs root on Linux: delivery takes the mailbox owner's identity only when the engine runs as root";
    }
}
