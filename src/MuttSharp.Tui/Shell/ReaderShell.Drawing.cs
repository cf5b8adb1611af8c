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
        if (HelpRows > 0)
        {
            SetAttribute(Palette[ColorObject.Status]);
            SafeText.Draw(this, 0, 0, HelpText, width);
        }
        if (height >= 2)
        {
            SetAttribute(Palette[ColorObject.Status]);
            SafeText.Draw(this, 0, height - 2, Top?.StatusLine(width) ?? "", width);
        }
        DrawBottomLine(width, height - 1);
        return true;
    }

    private void DrawBottomLine(int width, int row)
    {
        if (prompt is null)
        {
            SetAttribute(Palette[BottomLineIsError ? ColorObject.Error : choice is null ? ColorObject.Message : ColorObject.Prompt]);
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
