using System.Text;
using MimeKit.Utils;

namespace MuttSharp.Core.Compose;

/// <summary>
/// The header fields of a raw message in their order, folds kept, encoded words decoded: what an inline
/// forward shows (MimeKit keeps the Content-* fields on the body, out of the message's order).
/// </summary>
internal static class HeaderFields
{
    public static IEnumerable<(string Name, string Text)> Read(byte[] raw)
    {
        string head = Encoding.UTF8.GetString(raw, 0, HeaderLength(raw)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var field = new StringBuilder();
        foreach (string line in head.Split('\n'))
        {
            if (line.Length > 0 && line[0] is ' ' or '\t' && field.Length > 0)
            {
                field.Append('\n').Append(line);
                continue;
            }
            if (field.Length > 0 && Complete(field.ToString()) is { } done)
                yield return done;
            field.Clear().Append(line);
        }
        if (field.Length > 0 && Complete(field.ToString()) is { } last)
            yield return last;
    }

    private static (string, string)? Complete(string text)
    {
        int colon = text.IndexOf(':');
        if (colon <= 0)
            return null;
        string decoded = text.Contains("=?", StringComparison.Ordinal) ? Rfc2047.DecodeText(Encoding.UTF8.GetBytes(text)) : text;
        return (text[..colon].Trim(), decoded);
    }

    private static int HeaderLength(byte[] raw)
    {
        for (int i = 0; i + 1 < raw.Length; i++)
        {
            if (raw[i] == '\n' && (raw[i + 1] == '\n' || (raw[i + 1] == '\r' && i + 2 < raw.Length && raw[i + 2] == '\n')))
                return i;
        }
        return raw.Length;
    }
}
