using System.Buffers;
using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Text;

namespace MuttSharp.Core.Summaries;

/// <summary>
/// A fast decoder for well-formed RFC 2047 encoded words (<c>=?charset?B|Q?text?=</c>, §2-§6) in
/// text and phrases, with RFC 2231's <c>charset*language</c>. Adjacent words of one charset are
/// decoded together so a multi-byte character split across two words survives. Anything unusual
/// (an unknown charset, a malformed word, 8-bit bytes, a word inside a quoted string) returns false
/// and the caller uses MimeKit's lenient decoder, which has the final say on broken input.
/// </summary>
internal static class EncodedWords
{
    private static readonly ConcurrentDictionary<string, Encoding?> Charsets = new(StringComparer.OrdinalIgnoreCase);

    static EncodedWords() => CodePages.EnsureRegistered();

    /// <summary>Decodes <paramref name="value"/>; false when it needs the full decoder.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> value, out string text)
    {
        text = "";
        if (!Ascii.IsValid(value) || value.IndexOf((byte)'"') >= 0)
            return false;
        var output = new StringBuilder(value.Length);
        byte[] pending = ArrayPool<byte>.Shared.Rent(value.Length);
        try
        {
            int pendingLength = 0;
            Encoding? pendingCharset = null;
            int p = 0;
            bool lastWasWord = false;
            while (p < value.Length)
            {
                int start = value[p..].IndexOf("=?"u8);
                int textEnd = start < 0 ? value.Length : p + start;
                var between = value[p..textEnd];
                if (start >= 0 && TryParseWord(value[textEnd..], out int wordLength, out Encoding? charset, out bool base64, out var payload))
                {
                    // RFC 2047 §6.2: blanks between two encoded words are dropped.
                    if (!(lastWasWord && IsBlank(between)))
                    {
                        Flush(output, pending, ref pendingLength, ref pendingCharset);
                        output.Append(Encoding.ASCII.GetString(between));
                    }
                    else if (pendingCharset != charset)
                    {
                        Flush(output, pending, ref pendingLength, ref pendingCharset);
                    }
                    if (!AppendPayload(payload, base64, pending, ref pendingLength))
                        return false;
                    pendingCharset = charset;
                    p = textEnd + wordLength;
                    lastWasWord = true;
                }
                else
                {
                    if (start >= 0)
                        return false; // "=?" that is not a well-formed word: leave it to MimeKit
                    Flush(output, pending, ref pendingLength, ref pendingCharset);
                    output.Append(Encoding.ASCII.GetString(between));
                    p = textEnd;
                    lastWasWord = false;
                }
            }
            Flush(output, pending, ref pendingLength, ref pendingCharset);
            text = output.ToString();
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(pending);
        }
    }

    /// <summary>RFC 2047 §2: <c>=?charset?encoding?encoded-text?=</c>; false for an unknown charset or encoding.</summary>
    private static bool TryParseWord(ReadOnlySpan<byte> s, out int length, out Encoding? charset, out bool base64, out ReadOnlySpan<byte> payload)
    {
        length = 0;
        charset = null;
        base64 = false;
        payload = default;
        int q1 = s[2..].IndexOf((byte)'?') + 2;
        if (q1 < 3 || q1 + 3 >= s.Length || s[q1 + 2] != (byte)'?')
            return false;
        int end = s[(q1 + 3)..].IndexOf("?="u8);
        if (end < 0)
            return false;
        var name = s[2..q1];
        int star = name.IndexOf((byte)'*'); // RFC 2231 §5: charset*language
        if (star >= 0)
            name = name[..star];
        charset = CharsetFor(Encoding.ASCII.GetString(name));
        byte encoding = (byte)(s[q1 + 1] | 0x20);
        if (charset is null || encoding is not ((byte)'b' or (byte)'q'))
            return false;
        base64 = encoding == (byte)'b';
        payload = s.Slice(q1 + 3, end);
        if (payload.IndexOfAny((byte)' ', (byte)'\t') >= 0)
            return false;
        length = q1 + 3 + end + 2;
        return true;
    }

    private static bool AppendPayload(ReadOnlySpan<byte> payload, bool base64, byte[] into, ref int length)
    {
        var target = into.AsSpan(length);
        if (base64)
        {
            var status = Base64.DecodeFromUtf8(payload, target, out _, out int written);
            length += written;
            return status == OperationStatus.Done;
        }
        int n = 0;
        for (int i = 0; i < payload.Length; i++)
        {
            byte b = payload[i];
            if (b == (byte)'_')
            {
                target[n++] = (byte)' ';
            }
            else if (b == (byte)'=')
            {
                if (i + 2 >= payload.Length || !IsHex(payload[i + 1]) || !IsHex(payload[i + 2]))
                    return false;
                target[n++] = (byte)((HexValue(payload[i + 1]) << 4) | HexValue(payload[i + 2]));
                i += 2;
            }
            else
            {
                target[n++] = b;
            }
        }
        length += n;
        return true;
    }

    private static void Flush(StringBuilder output, byte[] pending, ref int length, ref Encoding? charset)
    {
        if (length > 0 && charset is not null)
            output.Append(charset.GetString(pending, 0, length));
        length = 0;
        charset = null;
    }

    private static Encoding? CharsetFor(string name)
        => Charsets.GetOrAdd(name, static n =>
        {
            try
            {
                // Replacement rather than exceptions: a bad byte shows as U+FFFD, as in Mutt.
                return Encoding.GetEncoding(n, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
            }
            catch (ArgumentException)
            {
                return null;
            }
        });

    private static bool IsBlank(ReadOnlySpan<byte> s) => s.IndexOfAnyExcept(" \t"u8) < 0;

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
}
