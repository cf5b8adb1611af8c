using MuttSharp.Core.Config;

namespace MuttSharp.Core.Reading.Session.Browsing;

/// <summary>
/// Tab completion of a folder at a prompt (<c>change-folder</c>, <c>save-message</c>): <c>+li</c> or
/// <c>=li</c> (under <c>$folder</c>), <c>~/Ma</c> (under the home directory) or a plain path, completed
/// as far as the matching names agree, keeping the shorthand the user typed.
/// </summary>
/// <param name="Text">The prompt's new text.</param>
/// <param name="Candidates">Every name that matched, in order, when more than one did (Mutt then lists them).</param>
public sealed record FolderCompletion(string Text, IReadOnlyList<string> Candidates)
{
    /// <summary>Completes <paramref name="text"/> against the files on disk; dot files only when the typed name starts with a dot.</summary>
    public static FolderCompletion Complete(MuttConfig config, string text)
    {
        int slash = text.LastIndexOf('/');
        string typedDir = slash >= 0 ? text[..(slash + 1)] : text.Length > 0 && text[0] is '+' or '=' ? text[..1] : "";
        string prefix = text[typedDir.Length..];
        string directory = typedDir.Length == 0 ? config.Environment.WorkingDirectory : config.ExpandPath(typedDir);
        if (directory.Length == 0 || !Directory.Exists(directory))
            return new FolderCompletion(text, []);
        List<(string Name, bool Descend)> matches;
        try
        {
            matches = [.. new DirectoryInfo(directory).EnumerateFileSystemInfos()
                .Where(f => f.Name.StartsWith(prefix, StringComparison.Ordinal) && (prefix.StartsWith('.') || !f.Name.StartsWith('.')))
                .Select(f => (f.Name, f is DirectoryInfo d && Folders.FolderTree.Detect(d.FullName) is null))
                .OrderBy(m => m.Name, StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FolderCompletion(text, []);
        }
        if (matches.Count == 0)
            return new FolderCompletion(text, []);
        if (matches.Count == 1)
            return new FolderCompletion(typedDir + matches[0].Name + (matches[0].Descend ? "/" : ""), []);
        string common = matches[0].Name;
        foreach (var (name, _) in matches)
        {
            int n = 0;
            while (n < common.Length && n < name.Length && common[n] == name[n])
                n++;
            common = common[..n];
        }
        return new FolderCompletion(typedDir + common, [.. matches.Select(m => typedDir + m.Name)]);
    }
}
