using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.HeaderCache;

/// <summary>
/// Mutt's <c>$header_cache</c> for one folder: summaries keyed by the unique part of the message's
/// file name and validated by its size and modification time, so that a second open reads no
/// message file. Each also keeps the file's whole name in the folder, so that a folder whose files
/// are all as cached can be shown from the cache alone (<see cref="Listing"/>, <see cref="ListsAs"/>), and one that
/// only gained new mail, lost files or saw files renamed, from the cache and its listing (<see cref="Delta"/>).
/// Stored as one compact binary file (see <see cref="CacheFormat"/>), chosen over SQLite by measurement;
/// read through a small window, written to a temporary file and renamed into place.
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

    /// <summary>How many bytes the cached files' names take (UTF-8): the size of a listing of the same folder.</summary>
    internal int NameBytes => names.ByteCount;

    /// <summary>Number of cached summaries.</summary>
    public int Count => entries.Length;

    /// <summary>
    /// How many lookups found their summary under another name than the cache has (the file's flags or
    /// directory changed since): the cache is then worth writing again, for <see cref="ListsAs"/> to hold next time.
    /// </summary>
    public int Renamed { get; private set; }

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
    /// The cached summary of the file named <paramref name="name"/> in the folder (<c>cur/</c> or
    /// <c>new/</c> and its file name, found by the unique part), if its size and modification time are
    /// still those cached. The summary's received time is the cached modification time. Looking
    /// names up in mailbox order, as an open does, is the fast path.
    /// </summary>
    public bool TryGet(ReadOnlySpan<char> name, long size, DateTimeOffset modified, out MessageSummary summary)
    {
        int at = Find(name);
        if (at >= 0 && entries[at].Size == size && entries[at].ModifiedTicks == modified.UtcTicks)
        {
            summary = entries[at].Summary;
            return true;
        }
        summary = null!;
        return false;
    }

    /// <summary>
    /// The cached summary of the file named <paramref name="name"/> in the folder, trusted without checking the file
    /// (Mutt's <c>$maildir_header_cache_verify</c> unset), with the size and modification time cached for it.
    /// </summary>
    public bool TryGetUnverified(ReadOnlySpan<char> name, out long size, out DateTimeOffset modified, out MessageSummary summary)
    {
        int at = Find(name);
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
    /// The folder's messages as the cache last saw them, in mailbox order, each with its cached size,
    /// modification time and summary: what <paramref name="folder"/> holds once <see cref="ListsAs"/> has said so,
    /// which also means that every record names a file in <c>cur/</c> or <c>new/</c>.
    /// </summary>
    internal (MaildirEntry[] Entries, MessageSummary?[] Summaries) Listing(string folder)
    {
        var listed = new MaildirEntry[entries.Length];
        var summaries = new MessageSummary?[entries.Length];
        FromRecords(PrefixOf(folder), entries.Length, i => i, names.Name, listed, summaries);
        return (listed, summaries);
    }

    /// <summary>
    /// The folder as <paramref name="listed"/> shows it, when it differs from the cache only in ways the cache
    /// can follow without a scan: files renamed (flags, or <c>new/</c> to <c>cur/</c>), files gone, and files
    /// added that all come after the cached ones in mailbox order (new mail). The cached files keep their
    /// summaries, sizes and times; the added ones come last, unread and not stat'ed (size -1), their count
    /// given. Null when anything else changed (a file added between cached ones, two files with one unique
    /// name): the caller then scans the folder.
    /// </summary>
    internal (MaildirEntry[] Entries, MessageSummary?[] Summaries, int Added)? Delta(MaildirNameList listed, string folder)
    {
        if (Status != HeaderCacheStatus.Loaded)
            return null;
        var listedAs = new int[entries.Length];
        Array.Fill(listedAs, -1);
        var added = new List<int>();
        int renamed = 0;
        for (int i = 0; i < listed.Count; i++)
        {
            var name = listed.Name(i);
            int record = names.Find(name, out bool sameName);
            if (record < 0)
            {
                added.Add(i);
                continue;
            }
            if (listedAs[record] >= 0)
                return null;
            listedAs[record] = i;
            if (!sameName)
                renamed++;
        }
        var kept = new List<int>(listed.Count - added.Count);
        for (int record = 0; record < entries.Length; record++)
            if (listedAs[record] >= 0)
                kept.Add(record);
        string prefix = PrefixOf(folder);
        var newPaths = added.Select(i => MaildirNames.PathOf(prefix, listed.Name(i))).ToList();
        newPaths.Sort((a, b) => MaildirNames.CompareUnique(Unique(a), Unique(b)));
        if (newPaths.Count > 0 && kept.Count > 0
            && MaildirNames.CompareUnique(Unique(newPaths[0]), Unique(MaildirNames.PathOf(prefix, names.Name(kept[^1])))) <= 0)
            return null;

        var result = new MaildirEntry[kept.Count + newPaths.Count];
        var summaries = new MessageSummary?[result.Length];
        FromRecords(prefix, kept.Count, i => kept[i], i => listed.Name(listedAs[kept[i]]), result, summaries);
        for (int j = 0; j < newPaths.Count; j++)
            result[kept.Count + j] = MaildirEntry.Of(newPaths[j], MaildirNames.NameInFolder(newPaths[j]).StartsWith("new/"), -1, DateTimeOffset.UnixEpoch);
        Renamed += renamed;
        return (result, summaries, newPaths.Count);

        static ReadOnlySpan<char> Unique(string path) => MaildirNames.UniquePart(Path.GetFileName(path.AsSpan()));
    }

    private delegate ReadOnlySpan<byte> NameAt(int i);

    /// <summary>The folder's path with one trailing separator, which a name in the folder follows.</summary>
    private static string PrefixOf(string folder) => Path.TrimEndingDirectorySeparator(folder) + "/";

    /// <summary>
    /// Fills the first <paramref name="count"/> entries with the records <paramref name="recordAt"/> names, each at
    /// <paramref name="prefix"/> and the name in the folder <paramref name="nameAt"/> gives, with its cached size, time and summary. Spread over the cores:
    /// after the cache load, 100k path strings and their flags are the longest step before threading.
    /// </summary>
    private void FromRecords(string prefix, int count, Func<int, int> recordAt, NameAt nameAt, MaildirEntry[] into, MessageSummary?[] summaries)
    {
        Parallel.ForEach(Partitioner.Create(0, count, 8192), range =>
        {
            for (int i = range.Item1; i < range.Item2; i++)
            {
                var entry = entries[recordAt(i)];
                var name = nameAt(i);
                into[i] = MaildirEntry.Of(MaildirNames.PathOf(prefix, name), name.StartsWith("new/"u8), entry.Size,
                    new DateTimeOffset(entry.ModifiedTicks, TimeSpan.Zero));
                summaries[i] = entry.Summary;
            }
        });
    }

    /// <summary>
    /// True when the folder's directories, as <paramref name="listed"/>, hold exactly the files the cache
    /// names under the same names, no more and no fewer: then <see cref="Listing"/> is the folder.
    /// </summary>
    internal bool ListsAs(MaildirNameSet listed) => Status == HeaderCacheStatus.Loaded && listed == names.AsListed();

    /// <summary>
    /// Replaces the cache file with exactly these summaries, given in mailbox order: written to a
    /// temporary file beside it, then renamed over it, so a reader sees the old or the new cache, never half of one.
    /// Returns the reason when the file cannot be written (the folder still opens without it), else null.
    /// Each summary comes with its file's path and is keyed by its name in the folder (<see cref="MaildirNames.NameInFolder"/>).
    /// </summary>
    public static string? Save(string file, string folder, IEnumerable<(string Path, long Size, DateTimeOffset Modified, MessageSummary Summary)> summaries)
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
            foreach (var (path, size, modified, summary) in summaries)
                writer.Add(path, size, modified, summary);
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

    private int Find(ReadOnlySpan<char> name)
    {
        int at = names.Find(name, out bool sameName);
        if (at >= 0 && !sameName)
            Renamed++;
        return at;
    }
}
