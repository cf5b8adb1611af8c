using System.Text;

namespace MuttSharp.Core.Rendering;

/// <summary>
/// RFC 3676 format=flowed: lines ending in a space continue in the next line of the same quote
/// depth (the space dropped when <c>DelSp=yes</c>), a leading space is stuffing, <c>-- </c> is a
/// hard signature separator. Produces one paragraph per hard line break, with its quote depth.
/// </summary>
internal static class FlowedText
{
    /// <summary>A paragraph: its quote depth and its unwrapped text.</summary>
    public readonly record struct Paragraph(int Depth, string Text);

    public static List<Paragraph> Unflow(string text, bool delSp)
    {
        var paragraphs = new List<Paragraph>();
        var current = new StringBuilder();
        int currentDepth = -1;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw;
            int depth = 0;
            while (depth < line.Length && line[depth] == '>')
                depth++;
            line = line[depth..];
            if (line.Length > 0 && line[0] == ' ')
                line = line[1..]; // space-stuffing (RFC 3676 section 4.4)

            if (currentDepth >= 0 && depth != currentDepth)
                Flush();
            bool isSignature = line.SequenceEqual("-- ");
            if (isSignature && currentDepth >= 0)
                Flush();
            bool soft = !isSignature && line.Length > 0 && line[^1] == ' ';
            if (soft && delSp)
                line = line[..^1];
            current.Append(line);
            currentDepth = depth;
            if (!soft)
                Flush();
        }
        if (currentDepth >= 0)
            Flush();
        return paragraphs;

        void Flush()
        {
            paragraphs.Add(new Paragraph(currentDepth, current.ToString()));
            current.Clear();
            currentDepth = -1;
        }
    }

    /// <summary>The prefix a reflowed paragraph quoted <paramref name="depth"/> deep is shown with.</summary>
    public static string Prefix(int depth, bool spaceQuotes)
    {
        if (depth == 0)
            return "";
        return spaceQuotes ? new StringBuilder(depth * 2).Insert(0, "> ", depth).ToString() : new string('>', depth) + " ";
    }
}
