using MuttSharp.Core.Model;

namespace MuttSharp.Core.Compose;

/// <summary>
/// Mutt's <c>edit</c> on a message of a folder: the raw file copied into a private temporary file for
/// <c>$editor</c>, then read back. The copy is removed on <see cref="Dispose"/> unless <see cref="Keep"/>
/// was called, which a failed replacement does so that the user's editing is never lost.
/// </summary>
public sealed class RawMessageEdit : IDisposable
{
    private readonly byte[] original;
    private bool keep;

    private RawMessageEdit(Message message, string path, byte[] original)
    {
        Message = message;
        FilePath = path;
        this.original = original;
    }

    /// <summary>The message being edited, as the folder had it when the edit began.</summary>
    public Message Message { get; }

    /// <summary>The temporary file the editor opens.</summary>
    public string FilePath { get; }

    /// <summary>Copies <paramref name="message"/>'s file (at <paramref name="path"/>) into a new file only the user can read, in <paramref name="tmpdir"/>.</summary>
    public static async Task<RawMessageEdit> CreateAsync(Message message, string path, string tmpdir, CancellationToken cancellationToken = default)
    {
        byte[] content = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        string copy = await EditorSession.CreateTempFileAsync(tmpdir, content, cancellationToken).ConfigureAwait(false);
        return new RawMessageEdit(message, copy, content);
    }

    /// <summary>The shell command line that runs <paramref name="editor"/> (<c>$editor</c>) on the copy.</summary>
    public string CommandLine(string editor) => EditorSession.CommandLine(editor, FilePath);

    /// <summary>
    /// Reads the copy back after the editor ran. False, with Mutt's words in <paramref name="message"/>, when
    /// there is nothing to take: the file is unchanged (<c>Message not modified!</c>), emptied
    /// (<c>Message file is empty!</c>) or unreadable.
    /// </summary>
    public bool TryReadEdited(out byte[] content, out string message)
    {
        try
        {
            content = File.ReadAllBytes(FilePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            content = [];
            message = $"{FilePath}: {e.Message}";
            return false;
        }
        message = content.Length == 0 ? "Message file is empty!"
            : content.AsSpan().SequenceEqual(original) ? "Message not modified!"
            : "";
        return message.Length == 0;
    }

    /// <summary>Leaves the copy on disk when disposed: the edit could not be put in the folder.</summary>
    public void Keep() => keep = true;

    /// <summary>Removes the copy unless it is kept.</summary>
    public void Dispose()
    {
        if (keep)
            return;
        try
        {
            File.Delete(FilePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
