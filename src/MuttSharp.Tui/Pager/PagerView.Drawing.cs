using MuttSharp.Core.Config.Colors;
using MuttSharp.Core.Rendering;
using MuttSharp.Core.Text;
using MuttSharp.Tui.Drawing;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace MuttSharp.Tui.Pager;

/// <summary>Drawing: the mini-index, then the visible rows, each in its colour object with body (or the message's own ANSI) and search runs over it.</summary>
public sealed partial class PagerView
{
    // The colour object of each kind of line; quoted lines pick their level from the quote depth.
    private static readonly Dictionary<LineKind, ColorObject> KindColors = new()
    {
        [LineKind.Body] = ColorObject.Normal,
        [LineKind.Quoted] = ColorObject.Quoted,
        [LineKind.Signature] = ColorObject.Signature,
        [LineKind.Attachment] = ColorObject.Attachment,
        [LineKind.Header] = ColorObject.HeaderDefault,
    };

    /// <inheritdoc/>
    protected override bool OnDrawingContent(DrawContext? context)
    {
        var lines = EnsureLayout();
        int width = Viewport.Width;
        int indexRows = MiniIndexRows;
        if (indexRows > 0)
            DrawMiniIndex(indexRows, width);
        for (int screenRow = 0; screenRow < Viewport.Height - indexRows; screenRow++)
        {
            int y = indexRows + screenRow;
            int i = top + screenRow;
            if (i < lines.Count)
            {
                DrawRow(lines[i], y, width);
                continue;
            }
            SetAttribute(Palette[Settings.Tilde ? ColorObject.Tilde : ColorObject.Normal]);
            SafeText.Draw(this, 0, y, Settings.Tilde ? "~" : "", width);
        }
        return true;
    }

    // Mutt puts the current message a third of the way down the mini-index, one row of which is the index's status line.
    private void DrawMiniIndex(int indexRows, int width)
    {
        var index = Index!;
        var lines = index.LinesFor(width);
        int shown = indexRows - 1;
        int first = Math.Clamp(IndexRow - shown / 3, 0, Math.Max(0, index.Order.Count - shown));
        for (int r = 0; r < shown; r++)
        {
            int row = first + r;
            var attribute = row == IndexRow ? Palette[ColorObject.Indicator] : Palette[ColorObject.Normal];
            SetAttribute(attribute);
            SafeText.Draw(this, 0, r, row < index.Order.Count ? lines.Render(row) : "", width);
        }
        SetAttribute(Palette[ColorObject.Status]);
        SafeText.Draw(this, 0, shown, IndexStatus?.Invoke(width) ?? "", width);
    }

    private void DrawRow(DisplayLine line, int y, int width)
    {
        var baseAttribute = BaseAttribute(line);
        int x = 0;
        if (line.Continuation && text.Settings.Markers)
        {
            SetAttribute(Palette[ColorObject.Markers]);
            x = SafeText.Draw(this, 0, y, "+", Math.Min(1, width));
        }
        var runs = Runs(line);
        int position = 0;
        foreach (var (start, length, attribute) in runs)
        {
            if (start > position)
                x += DrawText(line.Text[position..start], baseAttribute, x, y, width - x);
            x += DrawText(line.Text.Substring(start, length), attribute, x, y, width - x);
            position = start + length;
        }
        if (position < line.Text.Length)
            x += DrawText(line.Text[position..], baseAttribute, x, y, width - x);
        if (x < width)
        {
            SetAttribute(baseAttribute);
            SafeText.Draw(this, x, y, "", width - x);
        }
    }

    private int DrawText(string segment, Attribute attribute, int x, int y, int room)
    {
        if (room <= 0 || segment.Length == 0)
            return 0;
        string clipped = SafeText.Clip(segment, room);
        SetAttribute(attribute);
        Move(x, y);
        AddStr(clipped);
        return TerminalWidth.Of(clipped);
    }

    private Attribute BaseAttribute(DisplayLine line)
    {
        var table = Palette.Table;
        return line.Kind switch
        {
            LineKind.Header => Palette.Over(table.HeaderColor(text.Lines[line.Source].Text), ColorObject.Normal),
            LineKind.Quoted => Palette.Over(table.QuotedAtDepth(Math.Max(0, line.QuoteDepth - 1)), ColorObject.Normal),
            _ => Palette[KindColors[line.Kind]],
        };
    }

    // Body colour rules, then search matches over them; non-overlapping, left to right.
    private List<(int Start, int Length, Attribute Attribute)> Runs(DisplayLine line)
    {
        var runs = new List<(int, int, Attribute)>();
        if (line.Text.Length == 0)
            return runs;
        var hits = SearchHits(line.Text);
        if (hits.Count > 0)
        {
            var search = Palette[ColorObject.Search];
            foreach (var (start, length) in hits)
                runs.Add((start, length, search));
            return runs;
        }
        if (line.Kind is LineKind.Header or LineKind.Attachment)
            return runs;
        // The message's own colours ($allow_ansi) stand in for the body rules on their line.
        foreach (var span in line.Styles ?? Palette.Table.BodySpans(line.Text))
            runs.Add((span.Start, span.Length, Palette.Over(span.Spec, BaseAttribute(line))));
        return runs;
    }
}
