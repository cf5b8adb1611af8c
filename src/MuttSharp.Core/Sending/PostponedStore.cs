using MimeKit;
using MuttSharp.Core.Compose;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Sending;

/// <summary>
/// <c>$postponed</c> as a Maildir: <c>P</c> puts a draft there (flagged D, so other readers see a draft),
/// <c>R</c> lists what is there and recalls one, removing it from the folder.
/// </summary>
public sealed class PostponedStore
{
    private readonly string folder;
    private readonly DraftWriter writer;
    private readonly MaildirWriter maildir;

    /// <param name="folder">The <c>$postponed</c> Maildir.</param>
    /// <param name="writer">Writes drafts (with Bcc, for recall).</param>
    /// <param name="hostname">The host name in Maildir file names.</param>
    /// <param name="time">The clock.</param>
    public PostponedStore(string folder, DraftWriter writer, string? hostname = null, TimeProvider? time = null)
    {
        this.folder = folder;
        this.writer = writer;
        maildir = new MaildirWriter(hostname, time);
    }

    /// <summary>Writes the draft into the folder; returns its file.</summary>
    public Task<string> PostponeAsync(Draft draft, CancellationToken cancellationToken = default) =>
        maildir.WriteAsync(folder, (stream, ct) => writer.WriteAsync(draft, DraftWriteMode.Postpone, stream, ct), MessageFlags.Draft | MessageFlags.Seen, cancellationToken);

    /// <summary>The postponed messages, oldest first; a file that cannot be read is listed with what is known.</summary>
    public IReadOnlyList<PostponedMessage> List()
    {
        var found = new List<PostponedMessage>();
        foreach (string sub in (string[])["cur", "new"])
        {
            string dir = Path.Combine(folder, sub);
            if (!Directory.Exists(dir))
                continue;
            foreach (string file in Directory.EnumerateFiles(dir))
            {
                try
                {
                    using var stream = File.OpenRead(file);
                    var headers = HeaderList.Load(stream);
                    DateTimeOffset date = MimeKit.Utils.DateUtils.TryParse(headers[HeaderId.Date] ?? "", out var parsed) ? parsed : File.GetLastWriteTimeUtc(file);
                    found.Add(new PostponedMessage(file, date, headers[HeaderId.To] ?? "", headers[HeaderId.Subject] ?? ""));
                }
                catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
                {
                    found.Add(new PostponedMessage(file, File.GetLastWriteTimeUtc(file), "", $"({e.Message})"));
                }
            }
        }
        found.Sort((a, b) => a.Date.CompareTo(b.Date));
        return found;
    }

    /// <summary>Reads a postponed message back as a draft and removes it from the folder; false with a reason when it cannot be read.</summary>
    public async Task<(Draft? Draft, string Error)> RecallAsync(PostponedMessage message, CancellationToken cancellationToken = default)
    {
        byte[] raw;
        try
        {
            raw = await File.ReadAllBytesAsync(message.Path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"{message.Path}: {e.Message}");
        }
        if (!DraftReader.TryRead(raw, out var draft, out string error))
            return (null, $"{message.Path}: {error}");
        File.Delete(message.Path);
        return (draft, "");
    }
}
