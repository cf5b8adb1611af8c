using System.Text;
using MimeKit.Utils;

namespace MuttSharp.Core.Compose;

/// <summary>
/// The header fields of a raw message in their order, folds kept: what an inline forward shows with
/// encoded words decoded (MimeKit keeps the Content-* fields on the body, out of the message's order),
/// and what a bounce copies byte for byte.
/// </summary>
internal static class HeaderFields
{
    /// <summary>Each field's name and its text, encoded words decoded, without the line end.</summary>
    public static IEnumerable<(string Name, string Text)> Read(byte[] raw)
    {
        foreach (var (name, bytes) in ReadRaw(raw, out _))
        {
            string text = Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
            yield return (name, text.Contains("=?", StringComparison.Ordinal) ? Rfc2047.DecodeText(Encoding.UTF8.GetBytes(text)) : text);
        }
    }

    /// <summary>Each field's name and its bytes with continuation lines and line end; <paramref name="bodyStart"/> is where the blank line ends.</summary>
    public static List<(string Name, byte[] Bytes)> ReadRaw(byte[] raw, out int bodyStart)
    {
        var fields = new List<(string, byte[])>();
        int start = 0, fieldStart = -1;
        bodyStart = raw.Length;
        while (start < raw.Length)
        {
            int lf = Array.IndexOf(raw, (byte)'\n', start);
            int end = lf < 0 ? raw.Length : lf + 1;
            bool blank = end - start == 1 || (end - start == 2 && raw[start] == '\r');
            bool continuation = !blank && raw[start] is (byte)' ' or (byte)'\t';
            if (!continuation && fieldStart >= 0)
            {
                Add(fields, raw.AsSpan(fieldStart, start - fieldStart));
                fieldStart = -1;
            }
            if (blank)
            {
                bodyStart = start;
                break;
            }
            if (!continuation)
                fieldStart = start;
            start = end;
        }
        if (fieldStart >= 0)
            Add(fields, raw.AsSpan(fieldStart, start - fieldStart));
        return fields;
    }

    private static void Add(List<(string, byte[])> fields, ReadOnlySpan<byte> field)
    {
        int colon = field.IndexOf((byte)':');
        if (colon > 0)
            fields.Add((Encoding.ASCII.GetString(field[..colon]).Trim(), field.ToArray()));
    }
}
