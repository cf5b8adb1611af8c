using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;
using MuttSharp.Core.Maildir;

namespace MuttSharp.Core.Reading.Session.Browsing;

/// <summary>
/// What the browser needs of <c>lstat(2)</c> that .NET does not give: a file's owner and group (as
/// names, the way <c>%u</c> and <c>%g</c> show them, or the numbers when the system knows no name)
/// and its hard-link count for <c>%l</c>. Read with Linux's <c>statx</c>; names through the C
/// library's <c>getpwuid_r</c>/<c>getgrgid_r</c>, so that NSS sources (LDAP, sssd) answer as they do for ls(1).
/// </summary>
internal static partial class FileOwner
{
    private const int AtCurrentDirectory = -100, AtSymlinkNoFollow = 0x100;
    private const uint StatxNlink = 0x4, StatxUid = 0x8, StatxGid = 0x10;

    // struct statx: stx_nlink u32 at 16, stx_uid u32 at 20, stx_gid u32 at 24; 256 bytes in all.
    private const int StatxBufferSize = 256, NlinkAt = 16, UidAt = 20, GidAt = 24;

    // struct passwd and struct group both start with the name's pointer; 64 bytes hold either on 64-bit Linux.
    private const int EntrySize = 64, NameBufferSize = 16 * 1024;

    private static readonly ConcurrentDictionary<uint, string> Users = new();
    private static readonly ConcurrentDictionary<uint, string> Groups = new();

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static partial int Statx(int dirfd, ReadOnlySpan<byte> path, int flags, uint mask, Span<byte> buffer);

    [LibraryImport("libc", EntryPoint = "getpwuid_r")]
    private static unsafe partial int GetPwUid(uint uid, byte* entry, byte* buffer, nuint length, byte** result);

    [LibraryImport("libc", EntryPoint = "getgrgid_r")]
    private static unsafe partial int GetGrGid(uint gid, byte* entry, byte* buffer, nuint length, byte** result);

    /// <summary>
    /// The owner's and group's names and the link count of <paramref name="path"/> (the link itself, not
    /// what it points at, as Mutt's browser lstat()s); null where statx is missing or the file vanished.
    /// </summary>
    public static (string Owner, string Group, int Links)? Read(string path)
    {
        if (!LinuxDirectory.IsSupported)
            return null;
        Span<byte> stat = stackalloc byte[StatxBufferSize];
        if (Statx(AtCurrentDirectory, Encoding.UTF8.GetBytes(path + "\0"), AtSymlinkNoFollow, StatxNlink | StatxUid | StatxGid, stat) != 0)
            return null;
        uint uid = BinaryPrimitives.ReadUInt32LittleEndian(stat[UidAt..]);
        uint gid = BinaryPrimitives.ReadUInt32LittleEndian(stat[GidAt..]);
        int links = (int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32LittleEndian(stat[NlinkAt..]));
        return (Users.GetOrAdd(uid, UserName), Groups.GetOrAdd(gid, GroupName), links);
    }

    /// <summary>The login name of <paramref name="uid"/>, or the number as Mutt prints it when there is none.</summary>
    internal static unsafe string UserName(uint uid) => Lookup(uid, static (id, entry, buffer, length, result) => GetPwUid(id, entry, buffer, length, result));

    /// <summary>The name of group <paramref name="gid"/>, or the number when there is none.</summary>
    internal static unsafe string GroupName(uint gid) => Lookup(gid, static (id, entry, buffer, length, result) => GetGrGid(id, entry, buffer, length, result));

    private unsafe delegate int EntryLookup(uint id, byte* entry, byte* buffer, nuint length, byte** result);

    private static unsafe string Lookup(uint id, EntryLookup lookup)
    {
        byte* entry = stackalloc byte[EntrySize];
        byte[] buffer = new byte[NameBufferSize];
        byte* result = null;
        fixed (byte* names = buffer)
        {
            if (lookup(id, entry, names, (nuint)buffer.Length, &result) == 0 && result != null
                && Marshal.PtrToStringUTF8(*(nint*)result) is { Length: > 0 } name)
                return name;
        }
        return id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
