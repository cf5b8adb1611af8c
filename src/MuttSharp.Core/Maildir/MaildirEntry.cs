using MuttSharp.Core.Model;

namespace MuttSharp.Core.Maildir;

/// <summary>One message file found by a Maildir scan: where it is and what its name and directory say about it.</summary>
/// <param name="Path">Absolute path of the file.</param>
/// <param name="Flags">Its flags: the <c>:2,</c> letters, plus <see cref="MessageFlags.New"/> in <c>new/</c>.</param>
/// <param name="ExtraFlagLetters">Info letters MuttSharp does not interpret, kept for writing back.</param>
/// <param name="Size">File size in bytes; -1 when the scan listed names only (see <see cref="MaildirScanner.Scan"/>).</param>
/// <param name="Modified">The file's modification time, which is when it was delivered; the Unix epoch when not stat'ed.</param>
public readonly record struct MaildirEntry(string Path, MessageFlags Flags, string ExtraFlagLetters, long Size, DateTimeOffset Modified)
{
    /// <summary>True when the scan stat'ed the file, so <see cref="Size"/> and <see cref="Modified"/> are its own.</summary>
    public bool HasStat => Size >= 0;

    /// <summary>True when the file is in <c>new/</c>.</summary>
    public bool InNew => (Flags & MessageFlags.New) != 0;

    /// <summary>The unique part of its name (before <c>:</c>), the key that survives flag changes; no allocation.</summary>
    public ReadOnlySpan<char> UniqueSpan => MaildirNames.UniquePart(System.IO.Path.GetFileName(Path.AsSpan()));

    /// <summary>The unique part as a string.</summary>
    public string Unique => UniqueSpan.ToString();

    /// <summary>Its name within the Maildir (<c>cur/</c> or <c>new/</c> and the file name); no allocation.</summary>
    public ReadOnlySpan<char> NameInFolder => MaildirNames.NameInFolder(Path);

    /// <summary>The entry of the file at <paramref name="path"/>, its flags read from its name and its directory.</summary>
    public static MaildirEntry Of(string path, bool inNew, long size, DateTimeOffset modified)
    {
        var flags = MaildirNames.ParseFlags(System.IO.Path.GetFileName(path.AsSpan()), out string extra);
        return new MaildirEntry(path, inNew ? flags | MessageFlags.New : flags, extra, size, modified);
    }
}
