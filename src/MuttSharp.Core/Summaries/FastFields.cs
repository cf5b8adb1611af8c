using System.Buffers;
using System.Text;
using MimeKit;
using MimeKit.Utils;

namespace MuttSharp.Core.Summaries;

/// <summary>
/// Fast paths for the shapes almost every header value takes (plain ASCII text, one
/// <c>Name &lt;addr&gt;</c>, <c>type/subtype; params</c>, a run of <c>&lt;id&gt;</c>s). Each returns
/// false for anything less plain, and the caller then uses MimeKit's full parser; the answers are
/// the same, only much cheaper, which matters when a cold open summarises 100k files.
/// </summary>
internal static class FastFields
{
    /// <summary>RFC 5322 §3.2.3 specials, plus the blanks that may not appear in an addr-spec.</summary>
    private static readonly SearchValues<byte> Specials = SearchValues.Create("()<>[]:;@\\,\"\t "u8);

    private static readonly SearchValues<byte> PhraseSpecials = SearchValues.Create("()<>[]:;@\\,\""u8);

    /// <summary>What may put a comma inside one mailbox of a list, or make the list a group.</summary>
    private static readonly SearchValues<byte> ListStops = SearchValues.Create("\"():;\\"u8);

    private static readonly SearchValues<byte> AddressStops = SearchValues.Create("()<>[]:;\\,\"\t "u8);

    /// <summary>Unstructured text with no encoded words and no 8-bit bytes is its own decoding.</summary>
    public static bool TryPlainText(ReadOnlySpan<byte> value, out string text)
    {
        if (!Ascii.IsValid(value) || value.IndexOf("=?"u8) >= 0)
        {
            text = "";
            return false;
        }
        text = Encoding.ASCII.GetString(value);
        return true;
    }

    /// <summary>A single mailbox: <c>addr</c>, <c>&lt;addr&gt;</c>, <c>phrase &lt;addr&gt;</c> or <c>"quoted" &lt;addr&gt;</c> (RFC 5322 §3.4).</summary>
    public static bool TrySingleMailbox(ParserOptions options, byte[] buffer, int length, out string name, out string address)
        => TrySingleMailbox(options, buffer, 0, length, out name, out address);

    /// <summary>
    /// A list of plain mailboxes separated by commas (RFC 5322 §3.4 mailbox-list), each as
    /// <see cref="TrySingleMailbox(ParserOptions, byte[], int, out string, out string)"/> takes it;
    /// false for anything that may hide a comma inside a mailbox (quotes, comments, groups) or an empty member.
    /// </summary>
    public static bool TryMailboxList(ParserOptions options, byte[] buffer, int length, List<(string Name, string Address)> mailboxes)
    {
        var value = buffer.AsSpan(0, length);
        if (value.IndexOfAny(ListStops) >= 0)
            return false;
        int before = mailboxes.Count;
        for (int start = 0; start <= length;)
        {
            int comma = value[start..].IndexOf((byte)',');
            int end = comma < 0 ? length : start + comma;
            var member = value[start..end];
            int lead = member.Length - member.TrimStart(" \t"u8).Length;
            int trimmed = member.Trim(" \t"u8).Length;
            if (trimmed == 0 || SplitsEncodedWord(member.Trim(" \t"u8))
                || !TrySingleMailbox(options, buffer, start + lead, trimmed, out string name, out string address))
            {
                mailboxes.RemoveRange(before, mailboxes.Count - before);
                return false;
            }
            mailboxes.Add((name, address));
            start = end + 1;
        }
        return true;
    }

    /// <summary>An encoded word cut by the split (a comma inside it), or one outside a display name: either is MimeKit's to judge.</summary>
    private static bool SplitsEncodedWord(ReadOnlySpan<byte> member)
    {
        int open = member.IndexOf("=?"u8);
        return open >= 0 && (member[^1] != (byte)'>' || member.LastIndexOf("?="u8) < open + 2);
    }

    private static bool TrySingleMailbox(ParserOptions options, byte[] buffer, int start, int length, out string name, out string address)
    {
        name = address = "";
        var value = buffer.AsSpan(start, length);
        if (!Ascii.IsValid(value) || value.IsEmpty)
            return false;
        if (value[^1] != (byte)'>')
        {
            if (!IsPlainAddress(value))
                return false;
            address = Encoding.ASCII.GetString(value);
            return true;
        }
        int open = value.IndexOf((byte)'<');
        if (open < 0 || open != value.LastIndexOf((byte)'<'))
            return false;
        var addr = value[(open + 1)..^1];
        if (!IsPlainAddress(addr))
            return false;
        var phrase = value[..open].TrimEnd(" \t"u8);
        if (phrase.Length >= 2 && phrase[0] == (byte)'"' && phrase[^1] == (byte)'"')
        {
            var inner = phrase[1..^1];
            if (inner.IndexOfAny((byte)'"', (byte)'\\') >= 0)
                return false;
            name = Encoding.ASCII.GetString(inner);
        }
        else if (phrase.IndexOfAny(PhraseSpecials) >= 0)
        {
            return false;
        }
        else if (phrase.IndexOf("=?"u8) >= 0)
        {
            name = EncodedWords.TryDecode(phrase, out string decoded) ? decoded : Rfc2047.DecodePhrase(options, buffer, start, phrase.Length);
        }
        else
        {
            name = Encoding.ASCII.GetString(phrase);
        }
        address = Encoding.ASCII.GetString(addr);
        return true;
    }

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>
    /// RFC 5322 §3.3's date-time as mailers write it: <c>[Day,] D Mon YYYY hh:mm[:ss] +hhmm</c>, optionally followed
    /// by a comment such as <c>(UTC)</c>. Two-digit years, zone names and anything else less plain are MimeKit's.
    /// </summary>
    public static bool TryDate(ReadOnlySpan<byte> value, out DateTimeOffset date)
    {
        date = default;
        var rest = value.Trim(" \t"u8);
        if (rest.Length > 4 && IsLetter(rest[0]) && rest[3] == (byte)',')
            rest = rest[4..].TrimStart(" \t"u8);
        if (!TryNumber(ref rest, 1, 2, out int day) || !TryMonth(ref rest, out int month) || !TryNumber(ref rest, 4, 4, out int year)
            || !TryNumber(ref rest, 2, 2, out int hour) || !Skip(ref rest, (byte)':') || !TryNumber(ref rest, 2, 2, out int minute))
            return false;
        int second = 0;
        if (Skip(ref rest, (byte)':') && !TryNumber(ref rest, 2, 2, out second))
            return false;
        rest = rest.TrimStart(" \t"u8);
        if (rest.Length < 5 || rest[0] is not ((byte)'+' or (byte)'-'))
            return false;
        int sign = rest[0] == (byte)'-' ? -1 : 1;
        if (!TryNumber(ref rest, 1, 4, 4, out int zone))
            return false;
        int zoneHours = zone / 100, zoneMinutes = zone % 100;
        rest = rest.TrimEnd(" \t"u8);
        if (!rest.IsEmpty && (rest[0] != (byte)'(' || rest[^1] != (byte)')' || rest[1..^1].IndexOfAny((byte)'(', (byte)')', (byte)'\\') >= 0))
            return false;
        if (year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59
            || zoneMinutes > 59 || zoneHours * 60 + zoneMinutes > 14 * 60)
            return false;
        var offset = new TimeSpan(sign * zoneHours, sign * zoneMinutes, 0);
        long utcTicks = new DateTime(year, month, day, hour, minute, second).Ticks - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
            return false;
        date = new DateTimeOffset(year, month, day, hour, minute, second, offset);
        return true;
    }

    /// <summary>A run of <paramref name="min"/> to <paramref name="max"/> digits, then blanks.</summary>
    private static bool TryNumber(ref ReadOnlySpan<byte> rest, int min, int max, out int number) => TryNumber(ref rest, 0, min, max, out number);

    private static bool TryNumber(ref ReadOnlySpan<byte> rest, int from, int min, int max, out int number)
    {
        number = 0;
        rest = rest[from..];
        int n = 0;
        while (n < rest.Length && n < max && rest[n] is >= (byte)'0' and <= (byte)'9')
            number = number * 10 + (rest[n++] - '0');
        if (n < min || (n < rest.Length && rest[n] is >= (byte)'0' and <= (byte)'9'))
            return false;
        rest = rest[n..].TrimStart(" \t"u8);
        return true;
    }

    private static bool TryMonth(ref ReadOnlySpan<byte> rest, out int month)
    {
        month = 0;
        if (rest.Length < 4 || rest[3] is not ((byte)' ' or (byte)'\t'))
            return false;
        for (int m = 0; m < Months.Length; m++)
        {
            if (Ascii.EqualsIgnoreCase(rest[..3], Months[m]))
            {
                month = m + 1;
                rest = rest[3..].TrimStart(" \t"u8);
                return true;
            }
        }
        return false;
    }

    private static bool Skip(ref ReadOnlySpan<byte> rest, byte separator)
    {
        if (rest.IsEmpty || rest[0] != separator)
            return false;
        rest = rest[1..];
        return true;
    }

    private static bool IsLetter(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';

    /// <summary><c>type/subtype</c> before any parameters, lower-cased (RFC 2045 §5.1).</summary>
    public static bool TryMimeType(ReadOnlySpan<byte> value, out string mimeType)
    {
        mimeType = "";
        int end = value.IndexOfAny((byte)';', (byte)' ', (byte)'\t');
        var token = end < 0 ? value : value[..end];
        int slash = token.IndexOf((byte)'/');
        if (slash <= 0 || slash == token.Length - 1 || token.IndexOfAny(Specials) >= 0 || !Ascii.IsValid(token) || token.IndexOf((byte)'(') >= 0)
            return false;
        if (end >= 0 && value[end..].TrimStart(" \t"u8) is var rest && rest.Length > 0 && rest[0] != (byte)';')
            return false;
        mimeType = Encoding.ASCII.GetString(token).ToLowerInvariant();
        return true;
    }

    /// <summary>Whitespace-separated <c>&lt;id&gt;</c>s and nothing else (RFC 5322 §3.6.4); the ids without brackets.</summary>
    public static bool TryAngleIds(ReadOnlySpan<byte> value, List<string> ids, StringPool pool)
    {
        int before = ids.Count;
        value = value.Trim(" \t"u8);
        while (!value.IsEmpty)
        {
            if (value[0] != (byte)'<')
                break;
            int close = value.IndexOf((byte)'>');
            if (close < 0)
                break;
            var id = value[1..close];
            if (id.IsEmpty || id.IndexOfAny(AddressStops) >= 0 || !Ascii.IsValid(id))
                break;
            ids.Add(pool.Intern(Encoding.ASCII.GetString(id)));
            value = value[(close + 1)..].TrimStart(" \t"u8);
        }
        if (value.IsEmpty)
            return true;
        ids.RemoveRange(before, ids.Count - before);
        return false;
    }

    private static bool IsPlainAddress(ReadOnlySpan<byte> addr)
    {
        int at = addr.IndexOf((byte)'@');
        return at > 0 && at < addr.Length - 1 && addr[..at].IndexOfAny(Specials) < 0 && addr[(at + 1)..].IndexOfAny(Specials) < 0;
    }
}
