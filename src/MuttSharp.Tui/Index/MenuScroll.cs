namespace MuttSharp.Tui.Index;

/// <summary>
/// Where a menu's page starts so that the cursor is on it: <c>$menu_scroll</c> scrolls a line at a time,
/// otherwise a whole page at a time; <c>$menu_context</c> keeps that many rows visible around the cursor;
/// <c>$menu_move_off</c> lets the last entry move up off the bottom of a long list.
/// </summary>
/// <param name="Scroll"><c>$menu_scroll</c>.</param>
/// <param name="Context"><c>$menu_context</c>.</param>
/// <param name="MoveOff"><c>$menu_move_off</c>.</param>
public readonly record struct MenuScroll(bool Scroll, int Context, bool MoveOff)
{
    /// <summary>Mutt's defaults: page at a time, no context, move off allowed.</summary>
    public static MenuScroll Default => new(false, 0, true);

    /// <summary>The first visible row for <paramref name="cursor"/>, given the current <paramref name="top"/>.</summary>
    public int Top(int top, int cursor, int rows, int pageLength)
    {
        if (pageLength <= 0 || rows <= 0)
            return 0;
        if (!MoveOff && rows <= pageLength)
            return 0;
        int context = Math.Min(Math.Max(0, Context), pageLength / 2);
        if (Scroll || context < Context || pageLength - context <= 0)
        {
            if (cursor < top + context)
                top = cursor - context;
            else if (cursor >= top + pageLength - context)
                top = cursor - pageLength + context + 1;
        }
        else
        {
            // Page at a time: whole pages (less the context) until the cursor is on the page, the context
            // rows kept before it.
            int step = pageLength - context;
            if (cursor < top + context)
                top -= step * ((top + pageLength - 1 - cursor) / step) - context;
            else if (cursor >= top + pageLength - context)
                top += step * ((cursor - top) / step) - context;
        }
        if (!MoveOff)
            top = Math.Min(top, rows - pageLength);
        return Math.Clamp(top, 0, Math.Max(0, rows - 1));
    }
}
