using System.Drawing;
using MuttSharp.Core.Config.Colors;
using MuttSharp.Core.Text;
using MuttSharp.Tui.Drawing;
using Terminal.Gui.Drivers;
using Terminal.Gui.ViewBase;

namespace MuttSharp.Tui.Shell;

public sealed partial class ReaderShell
{
    /// <summary>The help line as drawn (empty with <c>unset help</c>).</summary>
    public string HelpText => Top is { } view && HelpRows > 0 ? HelpLine.For(view.Menu, Keys) : "";

    /// <inheritdoc/>
    protected override bool OnDrawingContent(DrawContext? context)
    {
        int width = Viewport.Width;
        int height = Viewport.Height;
        if (height <= 0 || width <= 0)
            return true;
        // Only the lines Terminal.Gui cleared: after a key that is usually the status line and the bottom line alone.
        if (HelpRows > 0 && ClearedRows.Contains(this, 0))
        {
            SetAttribute(Palette[ColorObject.Status]);
            SafeText.Draw(this, 0, 0, HelpText, width);
        }
        if (height >= 2 && ClearedRows.Contains(this, height - 2))
        {
            SetAttribute(Palette[ColorObject.Status]);
            SafeText.Draw(this, 0, height - 2, Top?.StatusLine(width) ?? "", width);
        }
        if (ClearedRows.Contains(this, height - 1))
            DrawBottomLine(width, height - 1);
        return true;
    }

    /// <summary>Redraws the status line and the bottom line only, leaving the menu body and the help line as they are.</summary>
    internal void SetNeedsDrawStatusLines()
    {
        int rows = Math.Min(2, Viewport.Height);
        SetNeedsDraw(new Rectangle(0, Viewport.Height - rows, Viewport.Width, rows));
    }

    private void DrawBottomLine(int width, int row)
    {
        if (prompt is null)
        {
            SetAttribute(Palette[BottomLineIsError ? ColorObject.Error : IsPrompting ? ColorObject.Prompt : ColorObject.Message]);
            SafeText.Draw(this, 0, row, BottomLine, width);
            Cursor = new Cursor();
            return;
        }
        // The prompt, then the line scrolled so that the cursor stays visible.
        string question = SafeText.Clip(prompt.Request.Prompt, Math.Max(0, width - 1));
        int questionWidth = TerminalWidth.Of(question);
        SetAttribute(Palette[ColorObject.Prompt]);
        SafeText.Draw(this, 0, row, question, questionWidth);
        int room = Math.Max(1, width - questionWidth);
        string text = TerminalText.Sanitize(prompt.Editor.Text);
        string beforeCursor = TerminalText.Sanitize(prompt.Editor.Text[..prompt.Editor.Cursor]);
        int cursorCells = TerminalWidth.Of(beforeCursor);
        int skip = 0;
        while (cursorCells - CellsOf(text, skip) >= room && skip < text.Length)
            skip += TerminalWidth.NextCluster(text.AsSpan(skip), out _);
        SetAttribute(Palette[ColorObject.Normal]);
        SafeText.Draw(this, questionWidth, row, text[skip..], room);
        int column = questionWidth + cursorCells - CellsOf(text, skip);
        Cursor = new Cursor { Position = ViewportToScreen(new Point(Math.Min(width - 1, column), row)), Style = CursorStyle.Default };
    }

    private static int CellsOf(string text, int length) => TerminalWidth.Of(text.AsSpan(0, length));
}
