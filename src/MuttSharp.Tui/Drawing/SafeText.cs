using System.Text;
using MuttSharp.Core.Text;
using Terminal.Gui.ViewBase;

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
        view.Move(column, row);
        view.AddStr(Fit(text, width));
        return width;
    }
}
