namespace MuttSharp.Core.Model;

/// <summary>
/// Which header cache file, as it was when read: its path, device and inode, length and modification
/// time. Rewriting the cache makes a new file (a temporary renamed into place), so a stamp names one
/// version of it; what is derived from that version (the folder's threads) is kept under the stamp.
/// </summary>
public sealed record CacheStamp(string File, ulong Device, ulong Inode, long Length, long ModifiedTicks);
