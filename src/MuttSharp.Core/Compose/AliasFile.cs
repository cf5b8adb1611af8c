using System.Text;
using MimeKit;
using MuttSharp.Core.Config;

namespace MuttSharp.Core.Compose;

/// <summary>
/// Mutt's <c>create-alias</c> on disk: the <c>alias name Name &lt;addr&gt;</c> line appended to
/// <c>$alias_file</c>, quoted so that the muttrc reader gives back exactly what was typed, and made
/// live in the running configuration; and the aliases of that file for address completion.
/// </summary>
public static class AliasFile
{
    // Mutt's check_alias_name: any other character is offered to be fixed, and the fix is an underscore.
    private const string NamePunctuation = "-_+=.";

    // The muttrc reader expands these even inside an alias line's address text, so Mutt escapes them.
    private const string Escaped = "\\`'\"$";

    /// <summary>The name Mutt proposes: the local part of the sender's address.</summary>
    public static string DefaultName(MailboxAddress? sender)
    {
        if (sender is null)
            return "";
        int at = sender.Address.LastIndexOf('@');
        return at < 0 ? sender.Address : sender.Address[..at];
    }

    /// <summary>The name with every character Mutt would not accept in an alias name turned into <c>_</c>.</summary>
    public static string FixName(string name)
    {
        var fixedName = new StringBuilder(name.Length);
        foreach (char c in name)
            fixedName.Append(char.IsAsciiLetterOrDigit(c) || NamePunctuation.Contains(c) ? c : '_');
        return fixedName.ToString();
    }

    /// <summary>The muttrc line for an alias: <c>alias name "Doe, Jane" &lt;jane@example.org&gt;</c>.</summary>
    public static string FormatLine(string name, InternetAddressList addresses)
    {
        var line = new StringBuilder("alias ").Append(FixName(name)).Append(' ');
        foreach (char c in addresses.ToString(FormatOptions.Default, encode: false))
        {
            if (Escaped.Contains(c))
                line.Append('\\');
            line.Append(c);
        }
        return line.ToString();
    }

    /// <summary>
    /// Appends the alias to <c>$alias_file</c> and defines it in <paramref name="config"/>, as Mutt does
    /// after "Save to file:". Returns the line written.
    /// </summary>
    public static async Task<string> AppendAsync(MuttConfig config, string path, string name, InternetAddressList addresses, CancellationToken cancellationToken = default)
    {
        string line = FormatLine(name, addresses);
        // A file whose last line has no end would glue the alias onto it.
        bool needsBreak = File.Exists(path) && new FileInfo(path).Length > 0 && await LastByteAsync(path, cancellationToken).ConfigureAwait(false) != '\n';
        await File.AppendAllTextAsync(path, (needsBreak ? "\n" : "") + line + "\n", cancellationToken).ConfigureAwait(false);
        await config.ExecuteAsync(line, path, cancellationToken).ConfigureAwait(false);
        return line;
    }

    /// <summary>
    /// The <c>alias</c> lines of <paramref name="path"/> as aliases, for completion when the file was
    /// not sourced by the muttrc; only alias lines are read, so nothing else in the file runs.
    /// </summary>
    public static async Task<IReadOnlyList<MuttAlias>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
            return [];
        var scratch = new MuttConfig();
        foreach (string line in await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            string trimmed = line.TrimStart();
            if (trimmed.StartsWith("alias ", StringComparison.Ordinal) || trimmed.StartsWith("alias\t", StringComparison.Ordinal))
                await scratch.ExecuteAsync(trimmed, path, cancellationToken).ConfigureAwait(false);
        }
        return scratch.Aliases;
    }

    /// <summary>
    /// Every alias an address prompt completes from: the configuration's, then those of <c>$alias_file</c>
    /// when the muttrc did not source it (a configuration's own alias wins over the file's).
    /// </summary>
    public static async Task<IReadOnlyList<MuttAlias>> KnownAsync(MuttConfig config, CancellationToken cancellationToken = default)
    {
        string path = config.GetPath("alias_file");
        if (path.Length == 0 || config.SourcedFiles.Any(f => Path.GetFullPath(f) == Path.GetFullPath(path)))
            return config.Aliases;
        return [.. config.Aliases, .. await ReadAsync(path, cancellationToken).ConfigureAwait(false)];
    }

    private static async Task<int> LastByteAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        stream.Seek(-1, SeekOrigin.End);
        var one = new byte[1];
        return await stream.ReadAsync(one, cancellationToken).ConfigureAwait(false) == 1 ? one[0] : -1;
    }
}
