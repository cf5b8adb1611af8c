using MuttSharp.Mta.Routing;

namespace MuttSharp.Mta.Tests.Support;

/// <summary>A fixed set of Unix accounts whose homes live under a test directory.</summary>
internal sealed class FakeUsers(params SystemUser[] users) : ISystemUsers
{
    public ValueTask<SystemUser?> FindAsync(string name, CancellationToken cancellationToken) =>
        ValueTask.FromResult(users.FirstOrDefault(u => u.Name == name));

    public static FakeUsers Standard(string homeRoot) => new(
        new SystemUser("root", 0, 0, Path.Combine(homeRoot, "root"), "/bin/bash"),
        new SystemUser("microlinux", 1000, 1000, Path.Combine(homeRoot, "microlinux"), "/bin/bash"),
        new SystemUser("alice", 1001, 1001, Path.Combine(homeRoot, "alice"), "/bin/bash"));
}
