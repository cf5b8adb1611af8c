using System.Runtime.CompilerServices;
using System.Text;
using MuttSharp.Core.Text;
using Terminal.Gui.App;
using Terminal.Gui.Drawing;
using Terminal.Gui.Drivers;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace MuttSharp.Tui.Terminal;

/// <summary>
/// Terminal.Gui's ANSI output, with the changed cells of a frame sent to the terminal in one write. Terminal.Gui's own
/// writer makes a system call for every cursor move and every run of changed cells, measures each cell's width through
/// several allocations, and scans every changed row for web addresses to turn into links; on a full page of the index
/// that was about a fifth of the time from a keypress to its redraw. Web addresses in message text are therefore not
/// made into terminal links, which a reader of untrusted mail is better without. It is made for the full screen (the
/// reader never runs inline); what it does not handle (images, a legacy console) is left to Terminal.Gui's writer,
/// which also runs after it for its own bookkeeping and then finds no cell left to write.
/// </summary>
internal sealed class FrameOutput : AnsiOutput
{
    private readonly StringBuilder frame = new();

    /// <summary>
    /// A Terminal.Gui application on the ANSI driver with this output. Terminal.Gui 2.5 takes a driver's parts only
    /// through a constructor it keeps internal, hence the accessor; its version is pinned, and tests run the reader on it.
    /// </summary>
    public static IApplication CreateApplication()
    {
        // Application.Create marks the process as using instances rather than the static model; so does this one.
        using (Application.Create())
        {
        }
        return (IApplication)NewApplication(new AnsiComponentFactory(output: new FrameOutput()));
    }

    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    [return: UnsafeAccessorType("Terminal.Gui.App.ApplicationImpl, Terminal.Gui")]
    private static extern object NewApplication(IComponentFactory componentFactory);

    /// <inheritdoc/>
    public override void Write(IOutputBuffer buffer)
    {
        if (!IsLegacyConsole && buffer.Contents is { } contents && buffer.GetRasterImages().Count == 0)
            WriteChangedCells(buffer, contents);
        base.Write(buffer);
    }

    private void WriteChangedCells(IOutputBuffer buffer, Cell[,] contents)
    {
        frame.Clear();
        Attribute? last = null;
        var style = TextStyle.None;
        int rows = Math.Min(buffer.Rows, contents.GetLength(0));
        int columns = Math.Min(buffer.Cols, contents.GetLength(1));
        for (int row = 0; row < rows; row++)
        {
            if (!buffer.DirtyLines[row])
                continue;
            bool placed = false;
            for (int col = 0; col < columns; col++)
            {
                ref Cell cell = ref contents[row, col];
                if (!cell.IsDirty)
                {
                    placed = false;
                    continue;
                }
                if (!placed)
                {
                    frame.Append("\u001b[").Append(row + 1).Append(';').Append(col + 1).Append('H');
                    placed = true;
                }
                cell.IsDirty = false;
                if (cell.Attribute is { } attribute && attribute != last)
                {
                    last = attribute;
                    AppendOrWriteAttribute(frame, attribute, style);
                    style = attribute.Style;
                }
                string grapheme = cell.Grapheme;
                frame.Append(grapheme.Length == 0 ? " " : grapheme);
                // A wide character covers the next cell too: the terminal's cursor is already past it.
                if (grapheme.Length > 0 && TerminalWidth.Of(grapheme) > 1 && col + 1 < columns)
                {
                    col++;
                    contents[row, col].IsDirty = false;
                }
            }
            buffer.DirtyLines[row] = false;
        }
        if (frame.Length > 0)
            Write(frame);
    }
}
