using System.Globalization;

namespace MuttSharp.Mta.Routing;

/// <summary>
/// Users read from a passwd(5) file (<c>name:x:uid:gid:gecos:home:shell</c>), reloaded when the file
/// changes (one stat per lookup). Malformed lines are skipped, as getpwnam skips them.
/// </summary>
public sealed class PasswdFile : ISystemUsers
{
    private readonly string path;
    private (DateTime Stamp, Dictionary<string, SystemUser> Users)? snapshot;

    /// <param name="path">The passwd file; /etc/passwd by default.</param>
    public PasswdFile(string path = "/etc/passwd") => this.path = path;

    /// <inheritdoc />
    public async ValueTask<SystemUser?> FindAsync(string name, CancellationToken cancellationToken)
    {
        var stamp = File.GetLastWriteTimeUtc(path);
        var current = snapshot;
        if (current is null || current.Value.Stamp != stamp)
        {
            current = (stamp, await ReadAsync(cancellationToken).ConfigureAwait(false));
            snapshot = current;
        }
        return current.Value.Users.GetValueOrDefault(name);
    }

    private async Task<Dictionary<string, SystemUser>> ReadAsync(CancellationToken cancellationToken)
    {
        var users = new Dictionary<string, SystemUser>(StringComparer.Ordinal);
        string[] lines;
        try
        {
            lines = await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return users;
        }
        foreach (string line in lines)
        {
            string[] fields = line.Split(':');
            if (fields.Length < 7 || fields[0].Length == 0 || fields[0].StartsWith('#')
                || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out int uid)
                || !int.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out int gid))
                continue;
            users.TryAdd(fields[0], new SystemUser(fields[0], uid, gid, fields[5], fields[6]));
        }
        return users;
    }
}
