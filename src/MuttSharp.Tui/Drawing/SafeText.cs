using System.Text;
using MuttSharp.Core.Text;
using Terminal.Gui.Drawing;
using Terminal.Gui.Drivers;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace MuttSharp.Tui.Drawing;

/// <summary>
/// The only way text reaches the screen: every string is sanitised by Core's <see cref="TerminalText"/>
/// (no escape sequences, controls or bidi overrides from message data) and measured in cells by
/// <see cref="TerminalWidth"/>, so wide characters stay aligned and are never cut in half.
/// </summary>
public static class SafeText
{
    /// <summary><paramref name="text"/> made safe and cut or padded with spaces to exactly <paramref name="width"/> cells.</summary>
    public static string Fit(string text, int width)
    {
        if (width <= 0)
            return "";
        string safe = TerminalText.Sanitize(text);
        int length = TerminalWidth.Fit(safe, width, out int cells);
        if (length == safe.Length && cells == width)
            return safe;
        var sb = new StringBuilder(length + width - cells);
        sb.Append(safe, 0, length).Append(' ', width - cells);
        return sb.ToString();
    }

    /// <summary><paramref name="text"/> made safe and cut to at most <paramref name="width"/> cells, not padded.</summary>
    public static string Clip(string text, int width)
    {
        if (width <= 0)
            return "";
        string safe = TerminalText.Sanitize(text);
        int length = TerminalWidth.Fit(safe, width, out _);
        return length == safe.Length ? safe : safe[..length];
    }

    /// <summary>
    /// Draws <paramref name="text"/> on one row of <paramref name="view"/> (viewport coordinates) with the
    /// view's current attribute, filling exactly <paramref name="width"/> cells. Returns the cells drawn.
    /// </summary>
    public static int Draw(View view, int column, int row, string text, int width)
    {
        if (width <= 0)
            return 0;
        string fitted = Fit(text, width);
        view.Move(column, row);
        if (!TryWriteDirect(view.App?.Driver, fitted))
            view.AddStr(fitted);
        return width;
    }

    // One string per character of the Latin scripts, so that a cell can be given one without allocating.
    private static readonly string[] LatinCells = [.. Enumerable.Range(0, 0x250).Select(c => ((char)c).ToString())];

    /// <summary>
    /// Writes <paramref name="text"/> at the driver's position straight into its cells when every character fills
    /// one cell on its own (ASCII, the Latin, Greek and Cyrillic letters: no wide character, no combining mark) and
    /// nothing needs Terminal.Gui's own handling (a wide glyph to the left, a link). The effect is that of
    /// <see cref="View.AddStr(string)"/>: the current attribute, the clip, the dirty marks and the position left
    /// after the text; except that text the cells already show in the same attribute is not marked, so it is not
    /// sent to the terminal again. Terminal.Gui's own path measures and splits every character with several
    /// allocations, about a kilobyte a cell: 13 MiB for one full redraw of a 120x40 reader.
    /// </summary>
    private static bool TryWriteDirect(IDriver? driver, string text)
    {
        if (driver is not { Contents: { } contents, Clip: { } clip } || !string.IsNullOrEmpty(driver.CurrentUrl))
            return false;
        foreach (char c in text)
        {
            if (!OneCell(c))
                return false;
        }
        int row = driver.Row, start = driver.Col;
        if (row < 0 || row >= contents.GetLength(0) || row >= driver.Rows)
            return true;
        int columns = Math.Min(contents.GetLength(1), driver.Cols);
        if (start > 0 && start < columns && !NeverWide(contents[row, start - 1].Grapheme))
            return false;
        var attribute = driver.CurrentAttribute;
        // Text the cells already hold is left alone: the terminal shows it, or it is marked to be drawn. Text that
        // differs anywhere is written whole, as one run: gaps would cost the terminal a cursor move and a write each.
        if (AlreadyShown(contents, clip, row, start, columns, text, attribute))
        {
            driver.Move(start + text.Length, row);
            return true;
        }
        var dirtyLines = driver.GetOutputBuffer().DirtyLines;
        int clipRight = clip.GetBounds().Right;
        for (int i = 0; i < text.Length; i++)
        {
            int col = start + i;
            if (col < 0 || col >= columns || !clip.Contains(col, row))
                continue;
            contents[row, col] = new Cell(attribute, IsDirty: true, CellText(text[i]));
            // As Terminal.Gui does: the cell after a written one is drawn again too.
            if (col < clipRight - 1 && col + 1 < columns)
                contents[row, col + 1].IsDirty = true;
            dirtyLines[row] = true;
        }
        driver.Move(start + text.Length, row);
        return true;
    }

    private static bool AlreadyShown(Cell[,] contents, Region clip, int row, int start, int columns, string text, Attribute attribute)
    {
        for (int i = 0; i < text.Length; i++)
        {
            int col = start + i;
            if (col < 0 || col >= columns || !clip.Contains(col, row))
                continue;
            ref var cell = ref contents[row, col];
            if (cell.Attribute != attribute || cell.Grapheme.Length != 1 || cell.Grapheme[0] != text[i])
                return false;
        }
        return true;
    }

    // A character that is a whole cell by itself, already in the form (NFC) Terminal.Gui keeps in a cell: printable
    // ASCII, Latin-1 to Latin Extended-B, Greek and Cyrillic, less the three Greek signs NFC replaces.
    private static bool OneCell(char c) =>
        c is (>= ' ' and <= '~') or (>= '\u00A0' and < '\u0300') or (>= '\u0370' and <= '\u052F')
        && c is not ('\u0374' or '\u037E' or '\u0387') && TerminalWidth.Of(new System.Text.Rune(c)) == 1;

    private static string CellText(char c) => c < LatinCells.Length ? LatinCells[c] : c.ToString();

    // Below U+1100 no character takes two cells; anything else is left to Terminal.Gui.
    private static bool NeverWide(string grapheme) => grapheme.Length == 0 || (grapheme.Length == 1 && grapheme[0] < 0x1100);
}
