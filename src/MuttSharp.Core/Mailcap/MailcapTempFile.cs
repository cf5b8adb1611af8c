using System.Text;

namespace MuttSharp.Core.Mailcap;

/// <summary>
/// A part's content in a private temporary directory (mode 0700), named after the mailcap's
/// <c>nametemplate</c> and a sanitised form of the attachment's name; removed with its directory
/// when disposed.
/// </summary>
public sealed class MailcapTempFile : IDisposable
{
    private readonly string directory;

    private MailcapTempFile(string directory, string path)
    {
        this.directory = directory;
        Path = path;
    }

    /// <summary>The file's full path (what <c>%s</c> stands for).</summary>
    public string Path { get; }

    /// <summary>Writes <paramref name="content"/> to a new temporary file.</summary>
    public static MailcapTempFile Create(ReadOnlySpan<byte> content, string? suggestedName, string? nameTemplate)
    {
        string directory = Directory.CreateTempSubdirectory("muttsharp-").FullName;
        string baseName = SafeName(suggestedName);
        string name = string.IsNullOrEmpty(nameTemplate) ? baseName : SafeName(nameTemplate.Replace("%s", baseName, StringComparison.Ordinal));
        string path = System.IO.Path.Combine(directory, name);
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            file.Write(content);
        return new MailcapTempFile(directory, path);
    }

    /// <summary>
    /// A file name made only of letters, digits, <c>.</c>, <c>-</c> and <c>_</c> (others become
    /// <c>_</c>), without a directory part or a leading dot, never empty.
    /// </summary>
    public static string SafeName(string? name)
    {
        string last = (name ?? "").Replace('\\', '/');
        last = last[(last.LastIndexOf('/') + 1)..];
        var sb = new StringBuilder(Math.Min(last.Length, 100));
        foreach (char c in last)
        {
            if (sb.Length >= 100)
                break;
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }
        string safe = sb.ToString().TrimStart('.');
        return safe.Length == 0 ? "attachment" : safe;
    }

    /// <summary>Removes the file and its directory.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A viewer still holding the file; the system's temporary directory cleaning takes it.
        }
    }
}
