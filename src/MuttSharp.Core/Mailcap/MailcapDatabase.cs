using MuttSharp.Core.Rendering;

namespace MuttSharp.Core.Mailcap;

/// <summary>The entries of every mailcap file on the search path, in search order (the first file's entries first).</summary>
public sealed class MailcapDatabase
{
    /// <summary>A mailcap file larger than this is not read (it is configuration, not data).</summary>
    private const long MaxFileBytes = 1024 * 1024;

    /// <summary>A database of <paramref name="entries"/>; <paramref name="errors"/> are the lines that could not be read.</summary>
    public MailcapDatabase(IReadOnlyList<MailcapEntry> entries, IReadOnlyList<string> errors)
    {
        Entries = entries;
        Errors = errors;
    }

    /// <summary>Every entry, in search order.</summary>
    public IReadOnlyList<MailcapEntry> Entries { get; }

    /// <summary>Malformed lines, as <c>file:line: what was expected</c>.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>Reads the files of <paramref name="settings"/> that exist; a missing or unreadable file is skipped.</summary>
    public static MailcapDatabase Load(MailcapSettings settings)
    {
        var entries = new List<MailcapEntry>();
        var errors = new List<string>();
        foreach (string file in settings.Files)
        {
            try
            {
                var info = new FileInfo(file);
                if (!info.Exists)
                    continue;
                if (info.Length > MaxFileBytes)
                {
                    errors.Add($"{file}: larger than {MaxFileBytes} bytes, not read");
                    continue;
                }
                entries.AddRange(MailcapParser.Parse(File.ReadAllText(file), file, errors));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add($"{file}: {e.Message}");
            }
        }
        return new MailcapDatabase(entries, errors);
    }

    /// <summary>The entries for <paramref name="mimeType"/> that can serve <paramref name="purpose"/>, best first (their <c>test</c> not yet run).</summary>
    public IEnumerable<MailcapEntry> Candidates(string mimeType, MailcapPurpose purpose) =>
        Entries.Where(e => MessageRenderer.TypeMatches(e.Type, mimeType) && Serves(e, purpose));

    /// <summary>The command of <paramref name="entry"/> that does <paramref name="purpose"/>.</summary>
    public static string? CommandFor(MailcapEntry entry, MailcapPurpose purpose) => purpose switch
    {
        MailcapPurpose.Print => entry.Print,
        MailcapPurpose.Edit => entry.Edit,
        _ => entry.ViewCommand.Length > 0 ? entry.ViewCommand : null,
    };

    private static bool Serves(MailcapEntry entry, MailcapPurpose purpose) =>
        CommandFor(entry, purpose) is not null && (purpose != MailcapPurpose.AutoView || entry.CopiousOutput);
}
