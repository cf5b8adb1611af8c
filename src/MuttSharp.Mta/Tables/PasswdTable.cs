using MuttSharp.Mta.Routing;

namespace MuttSharp.Mta.Tables;

/// <summary>
/// <c>unix:passwd.byname</c>: the system's users, looked up by login name (case-sensitive, as getpwnam);
/// the value is the passwd line, as Postfix returns it.
/// </summary>
public sealed class PasswdTable : ILookupTable
{
    private readonly ISystemUsers users;

    /// <param name="users">The user source.</param>
    public PasswdTable(ISystemUsers users) => this.users = users;

    /// <inheritdoc />
    public string Name => "unix:passwd.byname";

    /// <inheritdoc />
    public async ValueTask<string?> LookupAsync(string key, CancellationToken cancellationToken)
    {
        var user = await users.FindAsync(key, cancellationToken).ConfigureAwait(false);
        return user is null ? null : $"{user.Name}:*:{user.Uid}:{user.Gid}::{user.Home}:{user.Shell}";
    }
}
