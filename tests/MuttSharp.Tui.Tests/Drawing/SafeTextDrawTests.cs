using MuttSharp.Tui.Drawing;
using Terminal.Gui.App;
using Terminal.Gui.Drawing;
using Terminal.Gui.Drivers;
using Terminal.Gui.Time;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace MuttSharp.Tui.Tests.Drawing;

/// <summary>
/// <see cref="SafeText.Draw"/> writes ASCII rows straight into the screen's cells: the screen must end up exactly as
/// Terminal.Gui's own <c>AddStr</c> leaves it, whatever the row holds and wherever the view sits.
/// </summary>
public sealed class SafeTextDrawTests
{
    private static readonly Attribute Red = new(Color.Red, Color.Black);
    private static readonly Attribute Blue = new(Color.Blue, Color.White);

    private sealed class Row(Action<View> draw) : View
    {
        protected override bool OnDrawingContent(DrawContext? context)
        {
            draw(this);
            return true;
        }
    }

    // The screen's cells after the rows are drawn by `draw` into a view at (x, y), its width, 2 rows high,
    // with `before` drawn first by Terminal.Gui itself (what the screen held).
    private static Cell[,] Cells(int x, int width, Action<View> before, Action<View> draw, Func<View, View?>? cover = null)
    {
        using IApplication app = Application.Create(new VirtualTimeProvider()).Init(DriverRegistry.Names.ANSI);
        app.Driver!.SetScreenSize(20, 4);
        using var top = new Runnable();
        bool first = true;
        var view = new Row(v =>
        {
            (first ? before : draw)(v);
        }) { X = x, Y = 1, Width = width, Height = 2 };
        top.Add(view);
        if (cover?.Invoke(view) is { } over)
            top.Add(over);
        var session = app.Begin(top);
        app.LayoutAndDraw();
        first = false;
        view.SetNeedsDraw();
        app.LayoutAndDraw();
        var cells = (Cell[,])app.Driver.Contents!.Clone();
        app.End(session!);
        return cells;
    }

    private static void ByTerminalGui(View view, int column, int row, string text, int width, Attribute attribute)
    {
        view.SetAttribute(attribute);
        view.Move(column, row);
        view.AddStr(SafeText.Fit(text, width));
    }

    private static void BySafeText(View view, int column, int row, string text, int width, Attribute attribute)
    {
        view.SetAttribute(attribute);
        SafeText.Draw(view, column, row, text, width);
    }

    private static void AssertSameScreen(Cell[,] expected, Cell[,] actual)
    {
        for (int r = 0; r < expected.GetLength(0); r++)
        {
            for (int c = 0; c < expected.GetLength(1); c++)
            {
                Assert.True(expected[r, c].Grapheme == actual[r, c].Grapheme && expected[r, c].Attribute == actual[r, c].Attribute,
                    $"cell {r},{c}: expected '{expected[r, c].Grapheme}' {expected[r, c].Attribute}, got '{actual[r, c].Grapheme}' {actual[r, c].Attribute}");
            }
        }
    }

    public static TheoryData<string, string> Rows => new()
    {
        { "plain ascii row", "" },
        { "over an older row", "old text here, longer" },
        { "日本 then ascii", "" },
        { "ascii after", "日本語日本語" },
        { "tab\tand\u001b[31mescape", "x" },
        { "", "something" },
        { "Björn Åberg, Ελένη, Пётр", "" },
        { "Björn again", "Björn Åberg" },
        { "cafe\u0301 combining", "" },
        { "Ωmega after wide", "日本語日本語" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_row_drawn_directly_leaves_the_cells_Terminal_Gui_would(string text, string before)
    {
        var expected = Cells(2, 15, v => ByTerminalGui(v, 0, 0, before, 15, Blue), v => ByTerminalGui(v, 1, 0, text, 12, Red));
        var actual = Cells(2, 15, v => ByTerminalGui(v, 0, 0, before, 15, Blue), v => BySafeText(v, 1, 0, text, 12, Red));
        AssertSameScreen(expected, actual);
    }

    [Fact]
    public void A_view_partly_off_the_screen_or_under_another_is_clipped_alike()
    {
        static View Cover(View _) => new Row(v => ByTerminalGui(v, 0, 0, "##", 2, Blue)) { X = 8, Y = 1, Width = 2, Height = 1 };
        var expected = Cells(-3, 30, _ => { }, v => ByTerminalGui(v, 0, 0, "abcdefghijklmnopqrstuvwxyz", 30, Red), Cover);
        var actual = Cells(-3, 30, _ => { }, v => BySafeText(v, 0, 0, "abcdefghijklmnopqrstuvwxyz", 30, Red), Cover);
        AssertSameScreen(expected, actual);
        Assert.Equal("d", actual[1, 0].Grapheme);
        Assert.Equal("#", actual[1, 8].Grapheme);
    }

    [Fact]
    public void Text_the_screen_already_shows_is_not_sent_again_and_changed_text_is_sent_whole()
    {
        using IApplication app = Application.Create(new VirtualTimeProvider()).Init(DriverRegistry.Names.ANSI);
        app.Driver!.SetScreenSize(20, 4);
        using var top = new Runnable();
        string text = "same";
        var view = new Row(v => BySafeText(v, 0, 0, text, 6, Red)) { X = 0, Y = 0, Width = 10, Height = 1 };
        top.Add(view);
        var session = app.Begin(top);
        app.LayoutAndDraw();
        Assert.False(app.Driver.Contents![0, 0].IsDirty);

        // Drawn again over itself: nothing on the row is marked for the terminal, where Terminal.Gui marks every cell.
        app.Driver.Move(0, 0);
        app.Driver.Clip = new Region(app.Driver.Screen);
        view.SetAttribute(Red);
        SafeText.Draw(view, 0, 0, text, 6);
        Assert.False(app.Driver.Contents[0, 0].IsDirty);

        text = "sane";
        view.SetAttribute(Red);
        SafeText.Draw(view, 0, 0, text, 6);
        Assert.Equal("n", app.Driver.Contents[0, 2].Grapheme);
        // One run for the terminal, unchanged cells included, rather than a cursor move for each changed one.
        Assert.All(Enumerable.Range(0, 6), col => Assert.True(app.Driver.Contents[0, col].IsDirty, $"column {col}"));
        app.End(session!);
    }
}
