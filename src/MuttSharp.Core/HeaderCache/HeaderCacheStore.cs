using System.Security.Cryptography;
using System.Text;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.HeaderCache;

/// <summary>
/// Mutt's <c>$header_cache</c> for one folder: summaries keyed by the unique part of the message's
/// file name and validated by its size and modification time, so that a second open reads no
/// message file. Stored as one compact binary file (see <see cref="CacheFormat"/>), chosen over
/// SQLite by measurement; read through a small window, written to a temporary file and renamed into place.
/// A missing, damaged, foreign or old-version file loads as empty and is rebuilt; nothing here throws.
/// </summary>
public sealed class HeaderCacheStore
{
    private readonly CacheEntry[] entries;
    private readonly CacheNames names;

    private HeaderCacheStore(string file, string folder, HeaderCacheStatus status, CacheEntry[] entries, CacheNames names)
    {
        CacheFile = file;
        Folder = folder;
        Status = status;
        this.entries = entries;
        this.names = names;
    }

    /// <summary>The cache file.</summary>
    public string CacheFile { get; }

    /// <summary>The folder whose summaries it holds.</summary>
    public string Folder { get; }

    /// <summary>What loading found.</summary>
    public HeaderCacheStatus Status { get; }

    /// <summary>Number of cached summaries.</summary>
    public int Count => entries.Length;

    /// <summary>
    /// The cache file for <paramref name="folder"/> under Mutt's <c>$header_cache</c> setting: when the
    /// setting names a directory (existing, or written with a trailing <c>/</c>), one file per folder
    /// named by the MD5 of the folder path, as Mutt does. A setting naming a file is, in Mutt, one database that
    /// every folder shares; a cache file here holds one folder, so each folder gets its own file beside it
    /// (<c>FILE.MD5</c>) rather than overwriting the others' in turn.
    /// </summary>
    public static string FileFor(string headerCache, string folder)
    {
        bool isDirectory = headerCache.EndsWith('/') || Directory.Exists(headerCache);
        string hash = Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(Path.TrimEndingDirectorySeparator(folder))));
        return isDirectory ? Path.Combine(headerCache, hash) : $"{headerCache}.{hash}";
    }

    /// <summary>Reads the cache file of <paramref name="folder"/>; never throws.</summary>
    public static HeaderCacheStore Load(string file, string folder)
    {
        FileStream stream;
        try
        {
            // Read through a small window: the whole file in memory would add its size to the peak of an open.
            stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(file, folder, HeaderCacheStatus.Missing, [], CacheNames.Empty);
        }
        using (stream)
        {
            try
            {
                var status = new CacheReader(stream, stream.Length).TryRead(folder, out var entries, out var names);
                return new(file, folder, status, entries, names);
            }
            catch (IOException)
            {
                return new(file, folder, HeaderCacheStatus.Damaged, [], CacheNames.Empty);
            }
        }
    }

    /// <summary>
    /// The cached summary of the file with this unique name, if its size and modification time are
    /// still those cached. The summary's received time is the cached modification time. Looking
    /// names up in mailbox order, as an open does, is the fast path.
    /// </summary>
    public bool TryGet(ReadOnlySpan<char> unique, long size, DateTimeOffset modified, out MessageSummary summary)
    {
        int at = names.Find(unique);
        if (at >= 0 && entries[at].Size == size && entries[at].ModifiedTicks == modified.UtcTicks)
        {
            summary = entries[at].Summary;
            return true;
        }
        summary = null!;
        return false;
    }

    /// <summary>
    /// The cached summary of the file with this unique name, trusted without checking the file
    /// (Mutt's <c>$maildir_header_cache_verify</c> unset), with the size and modification time cached for it.
    /// </summary>
    public bool TryGetUnverified(ReadOnlySpan<char> unique, out long size, out DateTimeOffset modified, out MessageSummary summary)
    {
        int at = names.Find(unique);
        if (at >= 0)
        {
            var entry = entries[at];
            (size, modified, summary) = (entry.Size, new DateTimeOffset(entry.ModifiedTicks, TimeSpan.Zero), entry.Summary);
            return true;
        }
        (size, modified, summary) = (0, default, null!);
        return false;
    }

    /// <summary>
    /// Replaces the cache file with exactly these summaries, given in mailbox order: written to a
    /// temporary file beside it, then renamed over it, so a reader sees the old or the new cache, never half of one.
    /// Returns the reason when the file cannot be written (the folder still opens without it), else null.
    /// </summary>
    public static string? Save(string file, string folder, IEnumerable<(string Unique, long Size, DateTimeOffset Modified, MessageSummary Summary)> summaries)
    {
        string temp = $"{file}.{Environment.ProcessId}.tmp";
        try
        {
            string? dir = Path.GetDirectoryName(Path.GetFullPath(file));
            if (dir is not null)
                Directory.CreateDirectory(dir);
            // The records wait in a scratch file, gone once closed, until the tables that precede them are complete.
            using var scratch = new FileStream($"{temp}.records", FileMode.Create, FileAccess.ReadWrite, FileShare.None, bufferSize: 0, FileOptions.DeleteOnClose);
            var writer = new CacheWriter(scratch);
            foreach (var (unique, size, modified, summary) in summaries)
                writer.Add(unique, size, modified, summary);
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0))
                writer.WriteTo(stream, folder);
            File.Move(temp, file, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Best effort: a stray temp file is harmless and replaced next time.
            }
            return $"header cache not written: {e.Message}";
        }
    }
}
