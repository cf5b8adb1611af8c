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
    {
        name = address = "";
        var value = buffer.AsSpan(0, length);
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
            name = EncodedWords.TryDecode(phrase, out string decoded) ? decoded : Rfc2047.DecodePhrase(options, buffer, 0, phrase.Length);
        }
        else
        {
            name = Encoding.ASCII.GetString(phrase);
        }
        address = Encoding.ASCII.GetString(addr);
        return true;
    }

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
