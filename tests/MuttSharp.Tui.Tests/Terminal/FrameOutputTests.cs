using MuttSharp.Tui.Terminal;
using Terminal.Gui.Drawing;
using Terminal.Gui.Drivers;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace MuttSharp.Tui.Tests.Terminal;

/// <summary>A frame's changed cells reach the terminal in one write, placed and coloured as Terminal.Gui places them.</summary>
public sealed class FrameOutputTests
{
    private static readonly Attribute Red = new(Color.Red, Color.Black);

    private static OutputBufferImpl Screen(params (int Col, int Row, string Text)[] writes)
    {
        var buffer = new OutputBufferImpl();
        buffer.SetSize(20, 3);
        buffer.CurrentAttribute = Red;
        foreach (var (col, row, text) in writes)
        {
            buffer.Move(col, row);
            buffer.AddStr(text);
        }
        return buffer;
    }

    [Fact]
    public void Each_run_of_changed_cells_is_placed_then_written()
    {
        var buffer = Screen();
        for (int row = 0; row < 3; row++)
        {
            buffer.DirtyLines[row] = false;
            for (int col = 0; col < 20; col++)
                buffer.Contents![row, col].IsDirty = false;
        }
        buffer.Move(2, 1);
        buffer.AddStr("abc");
        using var output = new FrameOutput();

        output.Write(buffer);

        string written = output.GetLastOutput();
        Assert.Contains("\u001b[2;3H", written);
        Assert.Contains("abc", written);
        Assert.DoesNotContain("\u001b[1;", written);
        Assert.All(Enumerable.Range(0, 20), col => Assert.False(buffer.Contents![1, col].IsDirty));
        Assert.False(buffer.DirtyLines[1]);
    }

    [Fact]
    public void A_wide_character_takes_its_two_cells_and_the_text_goes_on_after_them()
    {
        var buffer = Screen((0, 0, "日x"));
        using var output = new FrameOutput();

        output.Write(buffer);

        string written = output.GetLastOutput();
        Assert.Contains("日x", written);
        Assert.False(buffer.Contents![0, 1].IsDirty);
    }
}
