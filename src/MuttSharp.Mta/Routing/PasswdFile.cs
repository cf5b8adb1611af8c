using System.Globalization;
using MuttSharp.Mta.Tables;

namespace MuttSharp.Mta.Routing;

/// <summary>
/// Users read from a passwd(5) file (<c>name:x:uid:gid:gecos:home:shell</c>), reloaded when the file
/// changes (one stat per lookup). Malformed lines are skipped, as getpwnam skips them.
/// </summary>
public sealed class PasswdFile : ISystemUsers
{
    private readonly string path;
    private readonly FileSnapshot<Dictionary<string, SystemUser>> users;

    /// <param name="path">The passwd file; /etc/passwd by default.</param>
    public PasswdFile(string path = "/etc/passwd")
    {
        this.path = path;
        users = new FileSnapshot<Dictionary<string, SystemUser>>(path, ReadAsync);
    }

    /// <inheritdoc />
    public async ValueTask<SystemUser?> FindAsync(string name, CancellationToken cancellationToken)
    {
        var current = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        return current.GetValueOrDefault(name);
    }

    private async Task<Dictionary<string, SystemUser>> ReadAsync(CancellationToken cancellationToken)
    {
        var byName = new Dictionary<string, SystemUser>(StringComparer.Ordinal);
        string[] lines;
        try
        {
            lines = await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return byName;
        }
        foreach (string line in lines)
        {
            string[] fields = line.Split(':');
            if (fields.Length < 7 || fields[0].Length == 0 || fields[0].StartsWith('#')
                || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out int uid)
                || !int.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out int gid))
                continue;
            byName.TryAdd(fields[0], new SystemUser(fields[0], uid, gid, fields[5], fields[6]));
        }
        return byName;
    }
}
