using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Shell;

namespace MuttSharp.Tui.Functions;

/// <summary><c>generic</c>'s moves, for every <see cref="IListMenu"/>, with Mutt's messages at the ends.</summary>
public static class ListFunctions
{
    private const string LastEntry = "You are on the last entry.";
    private const string FirstEntry = "You are on the first entry.";
    private const string LastPage = "You are on the last page.";
    private const string FirstPage = "You are on the first page.";

    // Function, and the move: the menu and the shell in, an error to show (or null) out.
    private static readonly (string Function, Func<IListMenu, string?> Move)[] Moves =
    [
        ("next-entry", m => m.CursorRow + 1 >= m.Rows ? LastEntry : Go(m, m.CursorRow + 1)),
        ("previous-entry", m => m.CursorRow == 0 ? FirstEntry : Go(m, m.CursorRow - 1)),
        ("first-entry", m => Go(m, 0)),
        ("last-entry", m => Go(m, m.Rows - 1)),
        ("next-page", NextPage),
        ("previous-page", PreviousPage),
        ("half-down", m => Half(m, +1)),
        ("half-up", m => Half(m, -1)),
        ("top-page", m => Go(m, m.Top)),
        ("middle-page", m => Go(m, m.Top + (Math.Min(m.Rows - m.Top, m.PageLength) - 1) / 2)),
        ("bottom-page", m => Go(m, Math.Min(m.Rows, m.Top + m.PageLength) - 1)),
        ("current-top", m => Scroll(m, m.CursorRow)),
        ("current-middle", m => Scroll(m, m.CursorRow - m.PageLength / 2)),
        ("current-bottom", m => Scroll(m, m.CursorRow - m.PageLength + 1)),
        ("next-line", m => m.Top + m.PageLength >= m.Rows ? "You cannot scroll down farther." : Scroll(m, m.Top + 1)),
        ("previous-line", m => m.Top == 0 ? "You cannot scroll up farther." : Scroll(m, m.Top - 1)),
    ];

    /// <summary>The names of the moves, for documentation and tests.</summary>
    public static IEnumerable<string> Names => Moves.Select(m => m.Function);

    /// <summary>Registers the moves in <c>generic</c> for every list menu.</summary>
    public static void Register(FunctionTable table)
    {
        foreach (var (function, move) in Moves)
        {
            table.Register<IListMenu>(KeyMenu.Generic, function, (menu, call) =>
            {
                if (menu.Rows == 0)
                    call.Shell.Error("No entries.");
                else if (move(menu) is { } error)
                    call.Shell.Error(error);
            });
        }
    }

    private static string? Go(IListMenu m, int row)
    {
        m.MoveTo(row);
        return null;
    }

    private static string? Scroll(IListMenu m, int top)
    {
        m.ScrollTo(Math.Max(0, top));
        return null;
    }

    // Mutt's next-page: the page after this one, the cursor keeping its place on the page; on the last page, to its end.
    private static string? NextPage(IListMenu m)
    {
        if (m.Top + m.PageLength >= m.Rows)
            return m.CursorRow == m.Rows - 1 ? LastPage : Go(m, m.Rows - 1);
        int offset = m.CursorRow - m.Top;
        m.ScrollTo(m.Top + m.PageLength);
        return Go(m, Math.Min(m.Rows - 1, m.Top + offset));
    }

    private static string? PreviousPage(IListMenu m)
    {
        if (m.Top == 0)
            return m.CursorRow == 0 ? FirstPage : Go(m, 0);
        int offset = m.CursorRow - m.Top;
        m.ScrollTo(Math.Max(0, m.Top - m.PageLength));
        return Go(m, m.Top + offset);
    }

    private static string? Half(IListMenu m, int direction)
    {
        int half = Math.Max(1, m.PageLength / 2);
        if (direction > 0 && m.CursorRow == m.Rows - 1)
            return LastPage;
        if (direction < 0 && m.CursorRow == 0)
            return FirstPage;
        int offset = m.CursorRow - m.Top;
        m.ScrollTo(Math.Clamp(m.Top + direction * half, 0, Math.Max(0, m.Rows - 1)));
        return Go(m, Math.Clamp(m.Top + offset, 0, m.Rows - 1));
    }
}
