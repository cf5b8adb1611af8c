namespace MuttSharp.Mta.Routing;

/// <summary>Where local users and their homes come from (/etc/passwd in production; a fixture in tests).</summary>
public interface ISystemUsers
{
    /// <summary>The account named <paramref name="name"/> (exact, case-sensitive as getpwnam), or null.</summary>
    ValueTask<SystemUser?> FindAsync(string name, CancellationToken cancellationToken);
}
