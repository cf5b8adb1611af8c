using System.Diagnostics;
using System.Text;

namespace MuttSharp.Core.Compose;

/// <summary>
/// One run of the user's editor on a draft, as Mutt does it: the text (with the headers when
/// <c>$edit_headers</c> is set) in a private temporary file under <c>$tmpdir</c>, <c>$editor</c> run on it
/// through <c>/bin/sh</c> (it is the user's own setting and may hold options and pipes; <c>%s</c> stands for
/// the file, else the file is appended), then the file read back into the draft. A terminal UI suspends
/// its screen around <see cref="RunAsync"/>; the editor inherits the terminal.
/// </summary>
public sealed class EditorSession : IDisposable
{
    private static long counter;
    private readonly bool editHeaders;
    private readonly string original;

    private EditorSession(string path, bool editHeaders, string original)
    {
        FilePath = path;
        this.editHeaders = editHeaders;
        this.original = original;
    }

    /// <summary>The temporary file the editor opens.</summary>
    public string FilePath { get; }

    /// <summary>Writes <paramref name="draft"/> into a new file only the user can read, in <paramref name="tmpdir"/> (<c>$tmpdir</c>).</summary>
    public static async Task<EditorSession> CreateAsync(Draft draft, string tmpdir, bool editHeaders, CancellationToken cancellationToken = default)
    {
        string text = DraftReader.EditorText(draft, editHeaders);
        string path = await CreateTempFileAsync(tmpdir, Encoding.UTF8.GetBytes(text), cancellationToken).ConfigureAwait(false);
        return new EditorSession(path, editHeaders, text);
    }

    /// <summary>A new file only the user can read, in <paramref name="tmpdir"/> (<c>$tmpdir</c>, else the system's), holding <paramref name="content"/>.</summary>
    internal static async Task<string> CreateTempFileAsync(string tmpdir, byte[] content, CancellationToken cancellationToken)
    {
        string directory = string.IsNullOrEmpty(tmpdir) ? Path.GetTempPath() : tmpdir;
        string path = Path.Combine(directory, $"muttsharp-{Environment.MachineName}-{Environment.ProcessId}-{Interlocked.Increment(ref counter)}-{Random.Shared.Next():x}");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using (var stream = new FileStream(path, options))
            await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
        return path;
    }

    /// <summary>The shell command line that runs <paramref name="editor"/> on the file (Mutt's <c>mutt_expand_file_fmt</c>).</summary>
    public string CommandLine(string editor) => CommandLine(editor, FilePath);

    /// <summary>The shell command line that runs <paramref name="editor"/> on <paramref name="path"/>: <c>%s</c> stands for the quoted path, else it is appended.</summary>
    internal static string CommandLine(string editor, string path)
    {
        string quoted = "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
        return editor.Contains("%s", StringComparison.Ordinal) ? editor.Replace("%s", quoted, StringComparison.Ordinal) : $"{editor} {quoted}";
    }

    /// <summary>Runs the editor with the terminal inherited and waits for it; returns its exit status.</summary>
    public async Task<int> RunAsync(string editor, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(CommandLine(editor));
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start /bin/sh");
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return process.ExitCode;
    }

    /// <summary>
    /// Reads the edited file back into <paramref name="draft"/>. <paramref name="modified"/> tells whether the
    /// user changed anything (Mutt's <c>$abort_unmodified</c> asks about that); on a malformed header the
    /// draft is left as it was and <paramref name="error"/> names the line.
    /// </summary>
    public bool TryApply(Draft draft, out bool modified, out string error)
    {
        string text;
        try
        {
            text = File.ReadAllText(FilePath, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            modified = false;
            error = $"{FilePath}: {e.Message}";
            return false;
        }
        modified = text != original;
        if (!editHeaders)
        {
            draft.Body = text;
            error = "";
            return true;
        }
        return DraftReader.TryApplyEditedFile(draft, text, out error);
    }

    /// <summary>Removes the temporary file.</summary>
    public void Dispose()
    {
        try
        {
            File.Delete(FilePath);
        }
        catch (IOException)
        {
        }
    }
}
