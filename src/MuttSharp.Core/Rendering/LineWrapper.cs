using System.Text;
using MuttSharp.Core.Text;

namespace MuttSharp.Core.Rendering;

/// <summary>
/// Cuts a line into screen rows by terminal cells (wide characters count two, a grapheme cluster is
/// never split). With <c>$smart_wrap</c> a row ends at the last blank that fits; a word longer
/// than a row is cut where the row ends. Linear in the length of the line, however long.
/// </summary>
internal static class LineWrapper
{
    /// <summary>The columns a tab advances to a multiple of, as in Mutt's pager.</summary>
    public const int TabStop = 8;

    /// <summary>
    /// The rows of <paramref name="text"/> on a screen <paramref name="width"/> cells wide. Each row
    /// is <paramref name="prefix"/> plus text; rows after the first start with
    /// <paramref name="nextPrefix"/> and leave <paramref name="reserve"/> cells free (for a marker).
    /// </summary>
    public static List<string> Wrap(string text, int width, bool smart, string prefix = "", string nextPrefix = "", int reserve = 0)
    {
        var rows = new List<string>();
        width = Math.Max(width, 1);
        int start = 0;
        bool first = true;
        do
        {
            string lead = first ? prefix : nextPrefix;
            int room = Math.Max(1, width - TerminalWidth.Of(lead) - (first ? 0 : reserve));
            var rest = text.AsSpan(start);
            int fit = FitCells(rest, room);
            if (fit == rest.Length)
            {
                rows.Add(lead + rest.ToString());
                break;
            }
            if (fit == 0)
                fit = TerminalWidth.NextCluster(rest, out _); // a character wider than the row still moves on
            int end = fit;
            int next = fit;
            if (smart)
            {
                int blank = rest[..(fit + 1 <= rest.Length ? fit + 1 : fit)].LastIndexOf(' ');
                if (blank > 0 && !rest[..blank].TrimStart(' ').IsEmpty)
                {
                    end = blank;
                    next = blank + 1;
                }
            }
            rows.Add(lead + rest[..end].TrimEnd(' ').ToString());
            // The blanks a break falls on are not carried to the next row.
            while (next < rest.Length && rest[next] == ' ' && smart)
                next++;
            start += next;
            first = false;
        }
        while (start < text.Length);
        return rows;
    }

    // Plain ASCII is one cell a character: a run of it needs no per-character width lookups.
    private static int FitCells(ReadOnlySpan<char> text, int room)
    {
        int probe = Math.Min(text.Length, room + 1);
        if (text[..probe].IndexOfAnyExceptInRange(' ', '~') < 0)
            return Math.Min(text.Length, room);
        return TerminalWidth.Fit(text, room, out _);
    }

    /// <summary><paramref name="text"/> made safe for the terminal with its tabs expanded to <see cref="TabStop"/> columns.</summary>
    public static string SafeText(string text)
    {
        string safe = TerminalText.Sanitize(text, keepTabs: true);
        if (safe.IndexOf('\t') < 0)
            return safe;
        var sb = new StringBuilder(safe.Length + 16);
        int column = 0;
        AppendExpanded(sb, safe, ref column);
        return sb.ToString();
    }

    /// <summary>Appends already safe <paramref name="safe"/> with its tabs expanded, <paramref name="column"/> being the cell it starts at.</summary>
    public static void AppendExpanded(StringBuilder sb, string safe, ref int column)
    {
        int i = 0;
        while (i < safe.Length)
        {
            if (safe[i] == '\t')
            {
                int spaces = TabStop - column % TabStop;
                sb.Append(' ', spaces);
                column += spaces;
                i++;
                continue;
            }
            int length = TerminalWidth.NextCluster(safe.AsSpan(i), out int cells);
            sb.Append(safe, i, length);
            column += cells;
            i += length;
        }
    }
}
