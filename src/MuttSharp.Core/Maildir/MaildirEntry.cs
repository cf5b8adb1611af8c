namespace MuttSharp.Core.Maildir;

/// <summary>One message file found by a Maildir scan: where it is and what the directory says about it.</summary>
/// <param name="Path">Absolute path of the file.</param>
/// <param name="Unique">The unique part of its name (before <c>:</c>), the key that survives flag changes.</param>
/// <param name="InNew">True when the file is in <c>new/</c>.</param>
/// <param name="Size">File size in bytes.</param>
/// <param name="Modified">The file's modification time, which is when it was delivered.</param>
public readonly record struct MaildirEntry(string Path, string Unique, bool InNew, long Size, DateTimeOffset Modified);
