namespace MuttSharp.Mta.Routing;

/// <summary>A Unix account, as getpwnam() returns it.</summary>
/// <param name="Name">The login name.</param>
/// <param name="Uid">The user id.</param>
/// <param name="Gid">The primary group id.</param>
/// <param name="Home">The home directory.</param>
/// <param name="Shell">The login shell.</param>
public sealed record SystemUser(string Name, int Uid, int Gid, string Home, string Shell);
