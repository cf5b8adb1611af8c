using System.Globalization;
using System.Text;
using MuttSharp.Core.Text;

namespace MuttSharp.Core.Config.Format;

/// <summary>
/// Walks compiled nodes for one row, as Mutt's <c>mutt_FormatString</c> walks the text: tracking
/// the column in cells, expanding padding against <see cref="FormatOptions.Columns"/>, rendering a
/// conditional's branch in place, and rendering what follows <c>%&gt;</c>/<c>%*</c> first so that
/// it can be right-aligned. Expanded values are sanitised for the terminal before they are placed.
/// </summary>
internal sealed class FormatRenderer<T>
{
    /// <summary>Mutt stops <c>%@hook@</c> recursion at this depth.</summary>
    private const int MaxHookDepth = 20;

    private readonly ExpandoTable<T> _table;
    private readonly T _row;
    private readonly FormatOptions _options;
    private int _hookDepth;

    public FormatRenderer(ExpandoTable<T> table, T row, FormatOptions options)
    {
        _table = table;
        _row = row;
        _options = options;
    }

    /// <summary>Renders <paramref name="nodes"/> into <paramref name="sb"/> starting at column <paramref name="col"/>; returns the column reached.</summary>
    public int Render(FormatNode[] nodes, StringBuilder sb, int col) => RenderFrom(nodes, 0, sb, col);

    private int RenderFrom(FormatNode[] nodes, int from, StringBuilder sb, int col)
    {
        int levelStart = sb.Length;
        int levelStartCol = col;
        int cols = _options.Columns;
        for (int i = from; i < nodes.Length; i++)
        {
            switch (nodes[i])
            {
                case LiteralNode literal:
                    sb.Append(literal.Text);
                    col += literal.Width;
                    break;

                case ExpandoNode expando:
                    col += AppendExpando(expando, sb, col);
                    break;

                case ConditionalNode conditional:
                    col = RenderFrom(IsTrue(conditional) ? conditional.Then : conditional.Else, 0, sb, col);
                    break;

                case FillNode { Kind: FillKind.ToEnd } fill:
                    if (col < cols)
                    {
                        int count = (cols - col) / fill.PadWidth;
                        AppendRepeated(sb, fill.Pad, count);
                        col += count * fill.PadWidth;
                    }

                    return col;

                case FillNode fill:
                    return Justify(nodes, i, fill, sb, col, levelStart, levelStartCol);
            }
        }

        return col;
    }

    // %>X and %*X: what follows is rendered on its own, then padded to the right edge.
    private int Justify(FormatNode[] nodes, int at, FillNode fill, StringBuilder sb, int col, int levelStart, int levelStartCol)
    {
        int cols = _options.Columns;
        bool soft = fill.Kind == FillKind.Soft;
        if (col >= cols && !soft)
        {
            return col; // no room: Mutt drops the right-hand side
        }

        var right = new StringBuilder();
        RenderFrom(nodes, at + 1, right, 0);
        string rightText = right.ToString();
        int rightWidth = TerminalWidth.Of(rightText);
        int room = cols - col - rightWidth;
        if (room >= 0)
        {
            int pad = room / fill.PadWidth;
            int spaces = room - (pad * fill.PadWidth); // a wide pad character may leave a gap
            sb.Append(' ', spaces);
            AppendRepeated(sb, fill.Pad, pad);
            col += room;
        }
        else if (soft)
        {
            int keepRight = TerminalWidth.Fit(rightText, cols, out rightWidth);
            rightText = rightText[..keepRight];
            int leftRoom = Math.Max(0, cols - rightWidth - levelStartCol);
            string left = sb.ToString(levelStart, sb.Length - levelStart);
            int keepLeft = TerminalWidth.Fit(left, leftRoom, out int leftWidth);
            sb.Length = levelStart + keepLeft;
            col = levelStartCol + leftWidth;
            if (col + rightWidth < cols)
            {
                sb.Append(' ', cols - col - rightWidth); // a cut wide character leaves a gap
                col = cols - rightWidth;
            }
        }

        sb.Append(rightText);
        return col + rightWidth;
    }

    private bool IsTrue(ConditionalNode conditional)
    {
        ExpandoTable<T>.Entry? entry = _table.Find(conditional.Op);
        if (entry is null)
        {
            return true; // Mutt takes the "then" branch of an expando it does not know
        }

        return entry.IsTrue is not null ? entry.IsTrue(_row) : entry.Value(_row, conditional.Argument).IsTrue;
    }

    // Returns the width in cells of what was appended.
    private int AppendExpando(ExpandoNode node, StringBuilder sb, int col)
    {
        int mark = sb.Length;
        int width;
        switch (node.Op)
        {
            case '{' or '[' or '(' or '<' when node.Argument is not null:
                width = AppendDate(node, sb);
                break;
            case '@':
                width = AppendHook(node, sb, col);
                break;
            default:
                ExpandoTable<T>.Entry? entry = _table.Find(node.Op);
                if (entry is null)
                {
                    sb.Append('%').Append(node.Spec.Prefix).Append(node.Op);
                    return TerminalWidth.Of(Tail(sb, mark));
                }

                if (entry.When is not null)
                {
                    DateTimeOffset when = Normalise(entry.When(_row));
                    if (entry.LocalZone)
                    {
                        when = TimeZoneInfo.ConvertTime(when, _options.LocalTimeZone);
                    }

                    string date = FormatDate(entry.DateFormat!(_row), when, !entry.LocalZone, _options);
                    width = node.Spec.AppendText(sb, TerminalText.Sanitize(date));
                    break;
                }

                ExpandoValue v = entry.Value(_row, node.Argument);
                width = v.IsNumber
                    ? node.Spec.AppendNumber(sb, v.Number)
                    : node.Spec.AppendText(sb, TerminalText.Sanitize(v.Text!));
                break;
        }

        if (node.LowerCase || node.NoDots)
        {
            for (int k = mark; k < sb.Length; k++)
            {
                char c = sb[k];
                if (node.LowerCase)
                {
                    c = char.ToLowerInvariant(c);
                }

                sb[k] = node.NoDots && c == '.' ? '_' : c;
            }
        }

        return width;
    }

    private int AppendDate(ExpandoNode node, StringBuilder sb)
    {
        DateTimeOffset when;
        bool senderZone = false;
        switch (node.Op)
        {
            case '{' when _table.SentDate is not null:
                when = Normalise(_table.SentDate(_row));
                senderZone = true;
                break;
            case '[' when _table.SentDate is not null:
                when = TimeZoneInfo.ConvertTime(Normalise(_table.SentDate(_row)), _options.LocalTimeZone);
                break;
            case '(' when _table.ReceivedDate is not null:
                when = TimeZoneInfo.ConvertTime(Normalise(_table.ReceivedDate(_row)), _options.LocalTimeZone);
                break;
            case '<':
                when = TimeZoneInfo.ConvertTime(_options.Clock.GetUtcNow(), _options.LocalTimeZone);
                break;
            default:
                // This kind of format has no such date: echo it, as Mutt echoes unknown expandos.
                int mark = sb.Length;
                sb.Append('%').Append(node.Spec.Prefix).Append(node.Op).Append(node.Argument).Append(Closing(node.Op));
                return TerminalWidth.Of(Tail(sb, mark));
        }

        string text = FormatDate(node.Argument!, when, senderZone, _options);
        return node.Spec.AppendText(sb, TerminalText.Sanitize(text));
    }

    /// <summary>
    /// Expands a strftime format as Mutt's date expandos do: a leading <c>!</c> selects the C locale;
    /// in the sender's zone <c>%Z</c> is the numeric offset, in local time the zone's abbreviation.
    /// </summary>
    internal static string FormatDate(string format, DateTimeOffset when, bool senderZone, FormatOptions options)
    {
        CultureInfo culture = options.Culture;
        ReadOnlySpan<char> text = format;
        if (text.StartsWith('!'))
        {
            culture = CultureInfo.InvariantCulture;
            text = text[1..];
        }

        string? zone = senderZone ? null : ZoneAbbreviation(options.LocalTimeZone, when);
        StringBuilder sb = t_dateScratch ??= new StringBuilder(64);
        sb.Clear();
        Strftime.Append(sb, text, when, culture, zone);
        return sb.ToString();
    }

    [ThreadStatic]
    private static StringBuilder? t_dateScratch;

    /// <summary>A missing or unparsable date is the epoch, as in Mutt.</summary>
    internal static DateTimeOffset Normalise(DateTimeOffset when) =>
        when == DateTimeOffset.MinValue ? DateTimeOffset.UnixEpoch : when;

    // .NET does not expose tz abbreviations; UTC is spelled out, others use the numeric offset.
    private static string? ZoneAbbreviation(TimeZoneInfo zone, DateTimeOffset when) =>
        zone == TimeZoneInfo.Utc || zone.Id is "UTC" or "Etc/UTC" or "Etc/Universal" or "Universal" or "Zulu"
            ? "UTC"
            : when.Offset == TimeSpan.Zero && zone.Id is "GMT" or "Etc/GMT" ? "GMT" : null;

    private int AppendHook(ExpandoNode node, StringBuilder sb, int col)
    {
        if (node.Argument is null)
        {
            sb.Append('%').Append(node.Spec.Prefix).Append('@');
            return 2 + node.Spec.Prefix.Length;
        }

        string? hooked = _table.Hook?.Invoke(_row, node.Argument);
        string expanded = "";
        if (!string.IsNullOrEmpty(hooked) && _hookDepth < MaxHookDepth)
        {
            _hookDepth++;
            var inner = new StringBuilder();
            Render(FormatString.Get(hooked).Nodes, inner, col);
            expanded = inner.ToString();
            _hookDepth--;
        }

        return node.Spec.AppendText(sb, expanded);
    }

    private static char Closing(char op) => op switch { '{' => '}', '[' => ']', '(' => ')', _ => '>' };

    private static void AppendRepeated(StringBuilder sb, string pad, int count)
    {
        if (pad.Length == 1)
        {
            sb.Append(pad[0], count);
            return;
        }

        for (int k = 0; k < count; k++)
        {
            sb.Append(pad);
        }
    }

    private static string Tail(StringBuilder sb, int from) => sb.ToString(from, sb.Length - from);
}
