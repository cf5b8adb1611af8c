namespace MuttSharp.Core.HeaderCache;

/// <summary>
/// The header cache file, one sequential little-endian file per folder, written atomically and read
/// in one go:
/// <code>
/// "MSHC" u16 version u16 0   folder path (string)
/// varint n, n strings        every distinct string once (senders, ids, subjects recur); not the unique names
/// varint n, n addresses      (name ref, address ref)
/// varint n, n records        in mailbox order, each starting with its file's name in the folder
///                            (<c>cur/</c> or <c>new/</c>, then the file name with its flags); see <see cref="CacheWriter"/>
/// "MSHE" u32 record count    proves the file was written to the end
/// </code>
/// A string is a varint byte length and UTF-8; a reference is a varint index + 1, 0 meaning null.
/// </summary>
internal static class CacheFormat
{
    /// <summary>Bumped whenever the layout or the meaning of a field changes; older files are rebuilt.</summary>
    /// <remarks>2: unique names moved out of the string table into their records. 3: each record names its
    /// file in full (directory, unique name and flags), so that a folder whose files are all as cached can be
    /// shown from the cache before its directories are listed.</remarks>
    public const ushort Version = 3;

    public static ReadOnlySpan<byte> Magic => "MSHC"u8;

    public static ReadOnlySpan<byte> EndMagic => "MSHE"u8;
}
