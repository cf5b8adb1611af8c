using System.Collections.Concurrent;
using System.Security.Cryptography;
using MuttSharp.Core.IO;
using MuttSharp.Mta.Smtp;

namespace MuttSharp.Mta.Queue;

/// <summary>
/// The queue directory: <c>incoming/</c> (being written), <c>active/</c>, <c>deferred/</c>,
/// <c>maildrop/</c>, <c>corrupt/</c>, plus <c>defer/</c> for the reasons mailq shows. A message is
/// accepted only once its file and the directory holding it are fsynced. A message received over
/// SMTP is written straight into <c>active/</c>: nothing reads a file there before it is committed,
/// and one torn by a crash lacks its END record and is set aside at startup, so the rename from
/// <c>incoming/</c> (a second metadata write to sync before 250) is saved. While the engine runs, a
/// queue id may come with a blank file whose name is already durable in <c>active/</c>
/// (<see cref="TakeQueueId"/>): committing into it is one data flush. Local submissions still pass
/// through <c>incoming/</c>, because pickup watches <c>maildrop/</c> for new names.
/// </summary>
public sealed class QueueStore : IMessageSink
{
    /// <summary>How many finished files are kept in <c>spare/</c> for reuse; more are deleted.</summary>
    private const int SpareLimit = 256;

    private readonly TimeProvider time;
    private readonly Dictionary<QueueArea, DirectorySync> syncs;
    private readonly ConcurrentBag<string> spares;
    private int spareCount;
    private BlankFilePool? blanks;

    /// <summary>Opens (creating if missing) the queue under <paramref name="directory"/>.</summary>
    public QueueStore(string directory, TimeProvider? timeProvider = null)
    {
        Directory = directory;
        time = timeProvider ?? TimeProvider.System;
        foreach (var area in Enum.GetValues<QueueArea>())
            CreateDirectory(AreaPath(area));
        CreateDirectory(Path.Combine(directory, "defer"));
        syncs = Enum.GetValues<QueueArea>().ToDictionary(a => a, a => new DirectorySync(AreaPath(a)));
        spares = new ConcurrentBag<string>(new DirectoryInfo(AreaPath(QueueArea.Spare)).EnumerateFiles().Select(f => f.Name));
        spareCount = spares.Count;
    }

    /// <summary>The queue_directory.</summary>
    public string Directory { get; }

    /// <summary>Called with the id of every message committed into <c>active/</c>.</summary>
    public Action<string>? Committed { get; set; }

    /// <summary>The directory of one area.</summary>
    public string AreaPath(QueueArea area) => Path.Combine(Directory, area.ToString().ToLowerInvariant());

    /// <summary>The path of message <paramref name="id"/> in <paramref name="area"/>.</summary>
    public string PathOf(string id, QueueArea area) => Path.Combine(AreaPath(area), id);

    /// <summary>The ids in one area, oldest file first.</summary>
    public IReadOnlyList<string> List(QueueArea area)
        => new DirectoryInfo(AreaPath(area)).EnumerateFiles()
            .Where(f => IsQueueId(f.Name))
            .OrderBy(f => f.LastWriteTimeUtc)
            .Select(f => f.Name)
            .ToArray();

    /// <inheritdoc/>
    public string NewQueueId()
    {
        // Postfix-like: microseconds of the arrival (5 hex digits) then randomness, upper case.
        long micro = time.GetUtcNow().Ticks / 10 % 1_000_000;
        Span<byte> random = stackalloc byte[4];
        RandomNumberGenerator.Fill(random);
        return $"{micro:X5}{BitConverter.ToUInt32(random) & 0xFFFFFFF:X7}";
    }

    /// <summary>
    /// The queue id for a new SMTP transaction: a blank file's when <see cref="KeepBlankFiles"/> has one
    /// ready, else a new one. A blank file that ends up unused is given back with <see cref="Discard"/>.
    /// </summary>
    public string TakeQueueId() => blanks is not null && blanks.TryTake(out string id) ? id : NewQueueId();

    /// <summary>True while <paramref name="queueId"/> came with a blank file that nothing has written yet.</summary>
    public bool HasBlankFile(string queueId) => blanks?.IsTaken(queueId) == true;

    /// <inheritdoc/>
    public void Discard(string queueId)
    {
        if (blanks?.Release(queueId) == true)
            Remove(queueId, QueueArea.Active);
    }

    /// <summary>
    /// Keeps <paramref name="count"/> blank files ready in <c>active/</c> for <see cref="TakeQueueId"/>
    /// (made at once, then refilled in the background); 0 keeps none. For the running engine only:
    /// its startup recovery is what removes blank files left by a crash.
    /// </summary>
    public void KeepBlankFiles(int count)
    {
        if (count <= 0 || blanks is not null)
            return;
        blanks = new BlankFilePool(this, count);
        blanks.Refill();
    }

    /// <summary>Takes the blank files that are ready out of <c>active/</c> (the engine is stopping).</summary>
    public void DropBlankFiles() => blanks?.Close();

    /// <summary>True for a name this store could have made (guards every path built from an id).</summary>
    public static bool IsQueueId(string name)
        => name.Length is >= 6 and <= 32 && name.All(c => char.IsAsciiDigit(c) || c is >= 'A' and <= 'F');

    /// <inheritdoc/>
    public ValueTask<IQueueWriter> CreateAsync(string queueId, Envelope envelope, CancellationToken cancellationToken)
        => ValueTask.FromResult<IQueueWriter>(new Writer(this, queueId, envelope, QueueArea.Active));

    /// <summary>Starts a file that will land in <paramref name="area"/> (<see cref="QueueArea.Maildrop"/> for sendmail).</summary>
    public IQueueWriter Create(string queueId, Envelope envelope, QueueArea area) => new Writer(this, queueId, envelope, area);

    /// <summary>Queues a whole message (a bounce, a local submission) and returns its id once durable.</summary>
    public async Task<string> EnqueueAsync(Envelope envelope, ReadOnlyMemory<byte> content, QueueArea area, CancellationToken cancellationToken)
    {
        string id = NewQueueId();
        await using var writer = new Writer(this, id, envelope, area);
        await writer.Content.WriteAsync(content, cancellationToken).ConfigureAwait(false);
        await writer.CommitAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <summary>
    /// Commits a whole message held in memory into the blank file that came with
    /// <paramref name="queueId"/>, on the calling thread with blocking calls: one write, one
    /// <c>fdatasync</c>, no directory change. Throws <see cref="IOException"/> when the disk refuses
    /// (the blank file is then deleted).
    /// </summary>
    internal void CommitIntoBlank(string queueId, Envelope envelope, ReadOnlySpan<byte> content)
    {
        var writer = new Writer(this, queueId, envelope, QueueArea.Active);
        try
        {
            writer.Content.Write(content);
            writer.CommitInPlace();
        }
        finally
        {
            writer.Close();
        }
    }

    /// <summary>Moves a message between areas; the target directory is fsynced.</summary>
    public void Move(string id, QueueArea from, QueueArea to)
    {
        File.Move(PathOf(id, from), PathOf(id, to), overwrite: false);
        Posix.FsyncDirectory(AreaPath(to));
    }

    /// <summary>Puts a message in <c>deferred/</c> until <paramref name="nextAttempt"/>, keeping the reasons for mailq.</summary>
    public void Defer(string id, QueueArea from, DateTimeOffset nextAttempt, IEnumerable<(string Recipient, string Reason)> reasons)
    {
        File.WriteAllLines(Path.Combine(Directory, "defer", id), reasons.Select(r => $"{r.Recipient}\t{r.Reason}"));
        if (from != QueueArea.Deferred)
            Move(id, from, QueueArea.Deferred);
        File.SetLastWriteTimeUtc(PathOf(id, QueueArea.Deferred), nextAttempt.UtcDateTime);
    }

    /// <summary>The deferral reasons of a message, by recipient.</summary>
    public IReadOnlyDictionary<string, string> DeferReasons(string id)
    {
        string path = Path.Combine(Directory, "defer", id);
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
            return reasons;
        foreach (string line in File.ReadLines(path))
        {
            int tab = line.IndexOf('\t');
            if (tab > 0)
                reasons[line[..tab]] = line[(tab + 1)..];
        }
        return reasons;
    }

    /// <summary>Takes a finished message out of the queue (keeping its file as a spare) and deletes its deferral reasons.</summary>
    public void Remove(string id, QueueArea area)
    {
        string path = PathOf(id, area);
        if (Interlocked.Increment(ref spareCount) <= SpareLimit && TryMove(path, PathOf(id, QueueArea.Spare)))
            spares.Add(id);
        else
        {
            Interlocked.Decrement(ref spareCount);
            File.Delete(path);
        }
        // Only a deferred message has reasons kept for it.
        if (area == QueueArea.Deferred)
            File.Delete(Path.Combine(Directory, "defer", id));
    }

    /// <summary>
    /// At startup: every file left in <c>incoming/</c> was never acknowledged (the crash came before
    /// 250), and an unreadable file anywhere else is torn; both go to <c>corrupt/</c>. An empty file in
    /// <c>active/</c> is a blank file never written (a committed one holds at least its envelope and END
    /// record) and is simply removed. Returns what moved to <c>corrupt/</c>.
    /// </summary>
    public IReadOnlyList<(string Id, string Reason)> Recover()
    {
        var moved = new List<(string, string)>();
        foreach (var file in new DirectoryInfo(AreaPath(QueueArea.Incoming)).EnumerateFiles())
        {
            File.Move(file.FullName, Path.Combine(AreaPath(QueueArea.Corrupt), file.Name), overwrite: true);
            moved.Add((file.Name, "incomplete queue file (not acknowledged)"));
        }
        foreach (var area in (QueueArea[])[QueueArea.Active, QueueArea.Deferred, QueueArea.Maildrop])
        {
            foreach (string id in List(area))
            {
                if (area == QueueArea.Active && new FileInfo(PathOf(id, area)).Length == 0)
                {
                    Remove(id, area);
                    continue;
                }
                if (QueueFile.TryRead(PathOf(id, area), out _, out string error))
                    continue;
                File.Move(PathOf(id, area), Path.Combine(AreaPath(QueueArea.Corrupt), id), overwrite: true);
                moved.Add((id, error));
            }
        }
        return moved;
    }

    /// <summary>
    /// Makes an empty file for <paramref name="id"/> in <c>active/</c>: a spare emptied, then renamed
    /// in, else a new file. False when the name is in use. Its name is durable only once the caller
    /// syncs <c>active/</c>.
    /// </summary>
    internal bool TryMakeBlank(string id)
    {
        string path = PathOf(id, QueueArea.Active);
        if (TryTakeSpare(path))
            return true;
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            new FileStream(path, options).Dispose();
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }

    /// <summary>
    /// Empties a spare file and moves it to <paramref name="path"/> to be rewritten. Emptied first, so
    /// that a crash does not leave another message's END record under the new name.
    /// </summary>
    private bool TryTakeSpare(string path)
    {
        while (spares.TryTake(out string? name))
        {
            Interlocked.Decrement(ref spareCount);
            string spare = PathOf(name, QueueArea.Spare);
            try
            {
                using (var handle = File.OpenHandle(spare, FileMode.Open, FileAccess.Write))
                    RandomAccess.SetLength(handle, 0);
            }
            catch (IOException)
            {
                continue;
            }
            if (TryMove(spare, path))
                return true;
        }
        return false;
    }

    private static bool TryMove(string from, string to)
    {
        try
        {
            File.Move(from, to, overwrite: false);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static void CreateDirectory(string path)
    {
        if (System.IO.Directory.Exists(path))
            return;
        if (OperatingSystem.IsWindows())
            System.IO.Directory.CreateDirectory(path);
        else
            System.IO.Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    /// <summary>
    /// One file being written (in <c>active/</c> for SMTP, else in <c>incoming/</c>) until it is
    /// committed. A blank file's commit is one fdatasync: its name is durable already, and the size
    /// change makes the flush write the metadata that reading the content back needs.
    /// </summary>
    private sealed class Writer : IQueueWriter
    {
        private readonly QueueStore store;
        private readonly QueueArea target;
        private readonly string path;
        private readonly FileStream file;
        private readonly long contentStart;
        private readonly bool blank;
        private bool committed;

        public Writer(QueueStore store, string id, Envelope envelope, QueueArea target)
        {
            if (!IsQueueId(id))
                throw new ArgumentException($"not a queue id: {id}", nameof(id));
            this.store = store;
            this.target = target;
            QueueId = id;
            path = store.PathOf(id, target == QueueArea.Active ? QueueArea.Active : QueueArea.Incoming);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, BufferSize = 16384 };
            blank = target == QueueArea.Active && store.blanks?.Release(id) == true;
            if (blank || target == QueueArea.Active && store.TryTakeSpare(path))
                options.Mode = FileMode.Open;
            else if (!OperatingSystem.IsWindows())
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            file = new FileStream(path, options);
            QueueFile.WriteHeader(file, envelope);
            contentStart = file.Position;
        }

        public string QueueId { get; }

        public Stream Content => file;

        public async ValueTask CommitAsync(CancellationToken cancellationToken)
        {
            // File work only: on a sync thread with blocking calls, where an awaited flush of this
            // synchronous FileStream would hand the write to the thread pool and back.
            await SyncThreads.Shared.SwitchTo();
            FlushToDisk();
            if (target != QueueArea.Active)
                File.Move(path, store.PathOf(QueueId, target), overwrite: false);
            if (!blank)
                await store.syncs[target].SyncAsync(cancellationToken).ConfigureAwait(false);
            Done();
        }

        /// <summary>A blank file's commit on the calling thread, with blocking calls: its one flush, then delivery is told.</summary>
        public void CommitInPlace()
        {
            if (!blank)
                throw new InvalidOperationException($"{QueueId} has no blank file to commit into");
            FlushToDisk();
            Done();
        }

        /// <summary>Closes the file, and deletes it unless committed.</summary>
        public void Close()
        {
            file.Dispose();
            if (!committed)
                File.Delete(path);
        }

        public ValueTask DisposeAsync()
        {
            Close();
            return ValueTask.CompletedTask;
        }

        private void FlushToDisk()
        {
            QueueFile.WriteTrailer(file, file.Position - contentStart, QueueId);
            file.Flush();
            if (blank)
                Posix.FlushData(file.SafeFileHandle);
            else
                file.Flush(flushToDisk: true);
            file.Dispose();
        }

        private void Done()
        {
            committed = true;
            if (target == QueueArea.Active)
                store.Committed?.Invoke(QueueId);
        }
    }
}
