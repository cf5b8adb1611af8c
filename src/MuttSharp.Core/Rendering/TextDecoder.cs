using System.Text;
using MimeKit;
using MuttSharp.Core.Summaries;

namespace MuttSharp.Core.Rendering;

/// <summary>
/// Turns a text part into a string: the transfer encoding undone (quoted-printable, base64,
/// uuencode), then the charset applied. A missing, unknown or lying charset never fails: the
/// <c>$assumed_charset</c> list is tried, then UTF-8 when the bytes are valid UTF-8, then
/// windows-1252, which maps every byte.
/// </summary>
internal static class TextDecoder
{
    // Names seen in mail that .NET does not know under that spelling.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["utf8"] = "utf-8",
        ["latin-1"] = "iso-8859-1",
        ["ks_c_5601-1987"] = "euc-kr",
        ["x-sjis"] = "shift_jis",
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => CodePages.EnsureRegistered();

    /// <summary>The decoded text of <paramref name="part"/>, cut at <paramref name="limit"/> bytes (<paramref name="truncated"/> then true).</summary>
    public static string Decode(MimePart part, IReadOnlyList<string> assumed, int limit, out bool truncated)
    {
        byte[] bytes = ReadContent(part, limit, out truncated);
        return Decode(bytes, part.ContentType.Charset, assumed);
    }

    /// <summary>The transfer-decoded bytes of <paramref name="part"/>, at most <paramref name="limit"/> of them.</summary>
    public static byte[] ReadContent(MimePart part, int limit, out bool truncated)
    {
        truncated = false;
        if (part.Content is null)
            return [];
        using var decoded = new MemoryStream();
        try
        {
            using var stream = part.Content.Open();
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, limit - decoded.Length + 1))) > 0)
            {
                decoded.Write(buffer, 0, read);
                if (decoded.Length > limit)
                {
                    decoded.SetLength(limit);
                    truncated = true;
                    break;
                }
            }
        }
        catch (Exception e) when (e is IOException or FormatException or InvalidOperationException)
        {
            // A broken encoding shows what decoded before the fault.
        }
        return decoded.ToArray();
    }

    /// <summary>Decodes <paramref name="bytes"/> declared as <paramref name="charset"/> (null when undeclared).</summary>
    public static string Decode(byte[] bytes, string? charset, IReadOnlyList<string> assumed)
    {
        if (charset is not null && Find(charset) is { } declared && !IsAsciiOrUtf8(declared))
            return declared.GetString(bytes);
        foreach (string name in assumed)
        {
            if (Find(name) is { } encoding && (!IsAsciiOrUtf8(encoding) || IsUtf8(bytes)))
                return encoding.GetString(bytes);
        }
        // US-ASCII and UTF-8 as declared, and anything undeclared: UTF-8 when it is, else the byte-per-character fallback.
        return IsUtf8(bytes) ? Encoding.UTF8.GetString(bytes) : Encoding.GetEncoding(1252).GetString(bytes);
    }

    /// <summary>The encoding a MIME charset name stands for, or null when it is unknown.</summary>
    public static Encoding? Find(string name)
    {
        string trimmed = name.Trim().Trim('"');
        if (trimmed.Length == 0 || trimmed.Length > 64)
            return null;
        try
        {
            return Encoding.GetEncoding(trimmed, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        }
        catch (ArgumentException)
        {
            return Aliases.TryGetValue(trimmed, out string? alias) ? Find(alias) : null;
        }
    }

    private static bool IsAsciiOrUtf8(Encoding encoding) => encoding.CodePage is 20127 or 65001;

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
