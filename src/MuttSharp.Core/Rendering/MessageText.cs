using MuttSharp.Core.Config.Colors;
using MuttSharp.Core.Text;

namespace MuttSharp.Core.Rendering;

/// <summary>
/// A rendered message as logical lines (headers, text, banners), ready to be laid out on a screen
/// of any width. Laying out is cheap next to rendering, so the pager keeps this and lays it out
/// again when the screen is resized or quoted text is toggled.
/// </summary>
public sealed class MessageText
{
    private const string HeaderIndent = "        ";

    /// <summary>Wraps the logical lines rendered with <paramref name="settings"/>.</summary>
    public MessageText(IReadOnlyList<TextLine> lines, RenderSettings settings)
    {
        Lines = lines;
        Settings = settings;
    }

    /// <summary>The logical lines, in order.</summary>
    public IReadOnlyList<TextLine> Lines { get; }

    /// <summary>The settings the message was rendered with (they also govern wrapping).</summary>
    public RenderSettings Settings { get; }

    /// <summary>
    /// The screen rows on a screen <paramref name="columns"/> wide: headers folded at words with a
    /// tab's indent as Mutt folds them, text wrapped at <c>$wrap</c> (continuation rows flagged for
    /// <c>$markers</c>), flowed paragraphs filled to <c>$reflow_wrap</c>. Quoted lines are left out
    /// when <paramref name="hideQuoted"/> (Mutt's <c>toggle-quoted</c>).
    /// </summary>
    public IReadOnlyList<DisplayLine> Layout(int columns, bool hideQuoted = false)
    {
        columns = Math.Max(columns, 2);
        int wrap = Settings.WrapColumns(columns);
        int reflow = Settings.ReflowText ? Settings.ReflowColumns(columns) : wrap;
        var rows = new List<DisplayLine>(Lines.Count + Lines.Count / 4);
        for (int i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            if (hideQuoted && line.Kind == LineKind.Quoted)
                continue;
            if (line.Text.Length == 0 && !line.Flowed)
            {
                rows.Add(new DisplayLine(line.Kind, "", line.QuoteDepth, false, i));
                continue;
            }
            List<string> parts = line switch
            {
                { Kind: LineKind.Header } => LineWrapper.Wrap(line.Text, wrap, smart: true, "", HeaderIndent),
                { Flowed: true } => LineWrapper.Wrap(line.Text, reflow, smart: true,
                    Cap(line.Prefix, reflow), Cap(line.Hanging ?? line.Prefix, reflow)),
                _ => LineWrapper.Wrap(line.Text, wrap, Settings.SmartWrap, reserve: Settings.Markers ? 1 : 0),
            };
            bool marked = line.Kind != LineKind.Header && !line.Flowed;
            int offset = 0;
            for (int p = 0; p < parts.Count; p++)
            {
                var row = new DisplayLine(line.Kind, parts[p], line.QuoteDepth, marked && p > 0, i);
                if (line.Styles is { } styles)
                {
                    // A plain line's rows are pieces of its text in order, the blanks at each break dropped.
                    offset = line.Text.IndexOf(parts[p], offset, StringComparison.Ordinal);
                    row = row with { Styles = Slice(styles, Math.Max(0, offset), parts[p].Length) };
                    offset = Math.Max(0, offset) + parts[p].Length;
                }
                rows.Add(row);
            }
        }
        return rows;
    }

    /// <summary>The message as plain text, one logical line a line (a flowed paragraph whole, after its quote prefix): what <c>$display_filter</c> reads.</summary>
    public string ToPlainText()
    {
        var sb = new System.Text.StringBuilder();
        foreach (var line in Lines)
            sb.Append(line.Flowed ? line.Prefix : "").Append(line.Text).Append('\n');
        return sb.ToString();
    }

    // The runs over text[start..start+length], made relative to the row.
    private static List<ColorSpan>? Slice(IReadOnlyList<ColorSpan> styles, int start, int length)
    {
        List<ColorSpan>? slice = null;
        foreach (var span in styles)
        {
            int from = Math.Max(span.Start, start);
            int to = Math.Min(span.Start + span.Length, start + length);
            if (to > from)
                (slice ??= []).Add(span with { Start = from - start, Length = to - from });
        }
        return slice;
    }

    /// <summary>The rows as the pager shows them, one string each (with <c>+</c> markers when <c>$markers</c> is set).</summary>
    public IEnumerable<string> LayoutText(int columns, bool hideQuoted = false) =>
        Layout(columns, hideQuoted).Select(row => row.ToString(Settings.Markers));

    // A prefix deeper than half the row (a thousand nested quotes) is cut so text still fits beside it.
    private static string Cap(string prefix, int width)
    {
        int max = width / 2;
        if (TerminalWidth.Of(prefix) <= max)
            return prefix;
        return prefix[..TerminalWidth.Fit(prefix, max, out _)];
    }
}
