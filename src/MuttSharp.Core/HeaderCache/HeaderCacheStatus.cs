namespace MuttSharp.Core.HeaderCache;

/// <summary>What loading a header cache found; anything but <see cref="Loaded"/> means it is rebuilt.</summary>
public enum HeaderCacheStatus
{
    /// <summary>The cache was read and its entries can be used.</summary>
    Loaded,

    /// <summary>There is no cache file yet, or no header cache is configured.</summary>
    Missing,

    /// <summary>The file is truncated or corrupt.</summary>
    Damaged,

    /// <summary>The file is not a MuttSharp header cache, or belongs to another folder.</summary>
    Foreign,

    /// <summary>The file was written by another version of the format.</summary>
    OldVersion,
}
