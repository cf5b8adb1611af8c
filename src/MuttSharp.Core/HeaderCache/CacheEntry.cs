using MuttSharp.Core.Model;

namespace MuttSharp.Core.HeaderCache;

/// <summary>A cached summary with what validates it: the file's size and modification time (UTC ticks).</summary>
internal readonly record struct CacheEntry(long Size, long ModifiedTicks, MessageSummary Summary);
