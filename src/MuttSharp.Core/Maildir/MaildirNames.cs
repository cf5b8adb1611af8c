using System.Text;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Maildir;

/// <summary>
/// Maildir file names: the unique part, the <c>:2,</c> info with its flag letters, and the
/// Postfix-style unique names <c>&lt;sec&gt;.V&lt;dev&gt;I&lt;ino&gt;M&lt;usec&gt;.&lt;host&gt;</c>.
/// </summary>
public static class MaildirNames
{
    /// <summary>The separator between the unique part and the info (Maildir's <c>:</c>).</summary>
    public const char InfoSeparator = ':';

    /// <summary>Flag letters in the order the Maildir specification writes them (ASCII).</summary>
    private static readonly (char Letter, MessageFlags Flag)[] Letters =
    [
        ('D', MessageFlags.Draft),
        ('F', MessageFlags.Flagged),
        ('P', MessageFlags.Passed),
        ('R', MessageFlags.Replied),
        ('S', MessageFlags.Seen),
        ('T', MessageFlags.Trashed),
    ];

    /// <summary>The unique part of a file name: everything before the <c>:</c> info, if any.</summary>
    public static string UniquePart(string fileName)
    {
        int colon = fileName.IndexOf(InfoSeparator);
        return colon < 0 ? fileName : fileName[..colon];
    }

    /// <summary>
    /// Reads the flags of a file name. Letters after <c>:2,</c> that Mutt does not know are returned
    /// in <paramref name="extraLetters"/> so that they can be written back; an info of another
    /// version (<c>:1,</c>) carries no flags.
    /// </summary>
    public static MessageFlags ParseFlags(string fileName, out string extraLetters)
        => ParseFlags(fileName.AsSpan(), out extraLetters);

    /// <summary>See <see cref="ParseFlags(string, out string)"/>; reads a name still inside a path without copying it.</summary>
    internal static MessageFlags ParseFlags(ReadOnlySpan<char> fileName, out string extraLetters)
    {
        extraLetters = "";
        int colon = fileName.IndexOf(InfoSeparator);
        if (colon < 0 || fileName.Length < colon + 3 || fileName[colon + 1] != '2' || fileName[colon + 2] != ',')
            return MessageFlags.None;
        var flags = MessageFlags.None;
        StringBuilder? extra = null;
        foreach (char c in fileName[(colon + 3)..])
        {
            var flag = FlagFor(c);
            if (flag != MessageFlags.None)
                flags |= flag;
            else if (c is >= '!' and <= '~' && (extra is null || extra.ToString().IndexOf(c) < 0))
                (extra ??= new StringBuilder()).Append(c);
        }
        extraLetters = extra?.ToString() ?? "";
        return flags;
    }

    /// <summary>
    /// The info suffix for flags plus kept letters, all letters sorted in ASCII order, e.g. <c>:2,FRS</c>.
    /// </summary>
    public static string FormatInfo(MessageFlags flags, string extraLetters = "")
    {
        var letters = new List<char>(8);
        foreach (var (letter, flag) in Letters)
            if ((flags & flag) != 0)
                letters.Add(letter);
        foreach (char c in extraLetters)
            if (FlagFor(c) == MessageFlags.None && !letters.Contains(c))
                letters.Add(c);
        letters.Sort((a, b) => a.CompareTo(b));
        return ":2," + new string(letters.ToArray());
    }

    /// <summary>
    /// The host name as it may appear in a Maildir name: <c>/</c> and <c>:</c> escaped as
    /// <c>\057</c> and <c>\072</c>, as the Maildir specification asks.
    /// </summary>
    public static string EscapeHost(string host)
    {
        if (host.AsSpan().IndexOfAny('/', ':') < 0)
            return host;
        return host.Replace("/", "\\057", StringComparison.Ordinal).Replace(":", "\\072", StringComparison.Ordinal);
    }

    /// <summary>
    /// The Postfix-style unique name for a file with the given device and inode, delivered at
    /// <paramref name="when"/>: <c>1497093622.V802I1480009M893901.sd-41893.dedibox.fr</c>.
    /// </summary>
    public static string PostfixUniqueName(DateTimeOffset when, ulong device, ulong inode, string host)
    {
        long seconds = when.ToUnixTimeSeconds();
        long micro = (when.UtcTicks % TimeSpan.TicksPerSecond) / 10;
        return $"{seconds}.V{device:x}I{inode:x}M{micro}.{EscapeHost(host)}";
    }

    /// <summary>
    /// Mailbox order of two unique parts: the leading delivery time in seconds compared as a
    /// number, then the rest ordinally. Every common naming scheme (Postfix, Dovecot, Mutt, qmail)
    /// starts with that time, so this is delivery order, and it does not change when a message
    /// moves from <c>new/</c> to <c>cur/</c> or gets flags.
    /// </summary>
    public static int CompareUnique(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int da = TimeDigits(a), db = TimeDigits(b);
        return da > 0 && db > 0 && da != db ? da.CompareTo(db) : a.SequenceCompareTo(b);
    }

    /// <summary>How many digits the leading delivery time of a unique part has; 0 when it has none or starts with 0.</summary>
    internal static int TimeDigits(ReadOnlySpan<char> unique) => unique.Length > 0 && unique[0] != '0' ? LeadingDigits(unique) : 0;

    /// <summary>
    /// A message file's name within its Maildir, as the header cache keys it: the directory and the file
    /// name (<c>cur/1700000000.M1P2.host:2,S</c>), without allocating.
    /// </summary>
    public static ReadOnlySpan<char> NameInFolder(ReadOnlySpan<char> path)
    {
        int file = path.LastIndexOf('/');
        return file <= 0 ? path : path[(path[..file].LastIndexOf('/') + 1)..];
    }

    /// <summary>The prefix and the UTF-8 name decoded straight into one string, with no string for the name alone.</summary>
    internal static string PathOf(string prefix, ReadOnlySpan<byte> name)
    {
        int length = Encoding.UTF8.GetCharCount(name);
        var chars = length <= 512 ? stackalloc char[length] : new char[length];
        Encoding.UTF8.GetChars(name, chars);
        return string.Concat(prefix, chars);
    }

    /// <summary>The unique part of a file name without allocating; see <see cref="UniquePart(string)"/>.</summary>
    public static ReadOnlySpan<char> UniquePart(ReadOnlySpan<char> fileName)
    {
        int colon = fileName.IndexOf(InfoSeparator);
        return colon < 0 ? fileName : fileName[..colon];
    }

    private static int LeadingDigits(ReadOnlySpan<char> s)
    {
        int i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
            i++;
        return i;
    }

    private static MessageFlags FlagFor(char c)
    {
        foreach (var (letter, flag) in Letters)
            if (letter == c)
                return flag;
        return MessageFlags.None;
    }
}
