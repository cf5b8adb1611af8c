using System.Text.RegularExpressions;
using MuttSharp.Core.Rendering;

namespace MuttSharp.Tui.Pager;

/// <summary>Searching the rows of the message (<c>/</c>, <c>Esc /</c>, <c>n</c>) and highlighting the matches (<c>\</c> toggles).</summary>
public sealed partial class PagerView
{
    private Regex? search;
    private bool searchReverse;
    private bool highlight = true;

    /// <summary>True when a search has been made and its matches are highlighted.</summary>
    public bool Highlighting => search is not null && highlight;

    /// <summary>
    /// Searches for <paramref name="pattern"/> (a regular expression, case-insensitive unless it has
    /// an upper-case letter, as Mutt's) from the row after the top one; the match's row goes to the
    /// top of the screen, <c>$search_context</c> rows below it. Returns what to tell the user: null
    /// when found without wrapping, else the message or error.
    /// </summary>
    public (bool Found, string? Message) Search(string pattern, bool reverse)
    {
        if (!TextSearch.TryCompile(pattern, out var regex, out string? error) || regex is null)
            return (false, error ?? "Invalid regular expression.");
        search = regex;
        searchReverse = reverse;
        highlight = true;
        return SearchNext(opposite: false);
    }

    /// <summary>Repeats the last search (<c>search-next</c>), or in the other direction (<c>search-opposite</c>).</summary>
    public (bool Found, string? Message) SearchNext(bool opposite)
    {
        if (search is null)
            return (false, "No search pattern.");
        var lines = EnsureLayout();
        bool reverse = searchReverse ^ opposite;
        int step = reverse ? -1 : 1;
        int count = lines.Count;
        for (int n = 1; n <= count; n++)
        {
            int i = top + step * n;
            bool wrapped = i < 0 || i >= count;
            if (wrapped && !Settings.WrapSearch)
                break;
            i = (i % count + count) % count;
            if (!Matches(lines[i].Text))
                continue;
            ScrollTo(Math.Max(0, i - Settings.SearchContext));
            SetNeedsDraw();
            return (true, wrapped ? (reverse ? "Search wrapped to bottom." : "Search wrapped to top.") : null);
        }
        SetNeedsDraw();
        return (false, "Not found.");
    }

    /// <summary>Turns the highlighting of the last search's matches off or back on (<c>search-toggle</c>).</summary>
    public void ToggleHighlight()
    {
        highlight = !highlight;
        SetNeedsDraw();
    }

    private bool Matches(string text) => TextSearch.IsMatch(search!, text);

    private List<(int Start, int Length)> SearchHits(string text) => Highlighting ? TextSearch.Hits(search!, text) : [];
}
