using System.Globalization;
using System.Text;

namespace MuttSharp.Tui.Prompts;

/// <summary>
/// The text and cursor of a bottom-line prompt, with Mutt's <c>editor</c> functions (<c>bol</c>,
/// <c>kill-word</c>, <c>history-up</c>, ...) as one table from function name to edit. No terminal
/// involved: <see cref="LinePrompt"/> feeds it keys, the shell draws it.
/// </summary>
public sealed class LineEditor
{
    private static readonly Dictionary<string, Action<LineEditor>> Functions = new(StringComparer.Ordinal)
    {
        ["backspace"] = e => e.Backspace(),
        ["backward-char"] = e => e.Cursor = Math.Max(0, e.Cursor - 1),
        ["forward-char"] = e => e.Cursor = Math.Min(e.text.Length, e.Cursor + 1),
        ["backward-word"] = e => e.Cursor = e.WordStartBefore(e.Cursor),
        ["forward-word"] = e => e.Cursor = e.WordEndAfter(e.Cursor),
        ["bol"] = e => e.Cursor = 0,
        ["eol"] = e => e.Cursor = e.text.Length,
        ["delete-char"] = e => e.Delete(e.Cursor, Math.Min(e.text.Length, e.Cursor + 1)),
        ["kill-eol"] = e => e.Delete(e.Cursor, e.text.Length),
        ["kill-eow"] = e => e.Delete(e.Cursor, e.WordEndAfter(e.Cursor)),
        ["kill-line"] = e => e.Delete(0, e.Cursor),
        ["kill-word"] = e => e.Delete(e.WordStartBefore(e.Cursor), e.Cursor),
        ["transpose-chars"] = e => e.Transpose(),
        ["upcase-word"] = e => e.ChangeWord(w => w.ToUpper(CultureInfo.CurrentCulture)),
        ["downcase-word"] = e => e.ChangeWord(w => w.ToLower(CultureInfo.CurrentCulture)),
        ["capitalize-word"] = e => e.ChangeWord(w => w.Length == 0 ? w : char.ToUpper(w[0], CultureInfo.CurrentCulture) + w[1..].ToLower(CultureInfo.CurrentCulture)),
        ["history-up"] = e => e.WalkHistory(-1),
        ["history-down"] = e => e.WalkHistory(+1),
    };

    private readonly StringBuilder text;
    private readonly IReadOnlyList<string> history;
    private int historyIndex;
    private string draft = "";

    /// <summary>Starts editing <paramref name="initial"/> with the cursor at its end; Up/Down walk <paramref name="history"/> (oldest first).</summary>
    public LineEditor(string initial = "", IReadOnlyList<string>? history = null)
    {
        text = new StringBuilder(initial);
        Cursor = initial.Length;
        this.history = history ?? [];
        historyIndex = this.history.Count;
    }

    /// <summary>The line as edited so far.</summary>
    public string Text => text.ToString();

    /// <summary>The cursor position, in UTF-16 units from the start.</summary>
    public int Cursor { get; private set; }

    /// <summary>Performs an editor function; false when it is not one of the editing functions.</summary>
    public bool Perform(string function)
    {
        if (!Functions.TryGetValue(function, out var edit))
            return false;
        edit(this);
        return true;
    }

    /// <summary>Inserts <paramref name="s"/> at the cursor.</summary>
    public void Insert(string s)
    {
        text.Insert(Cursor, s);
        Cursor += s.Length;
    }

    /// <summary>Replaces the whole line (after completion), the cursor at its end.</summary>
    public void Replace(string line)
    {
        text.Clear().Append(line);
        Cursor = line.Length;
    }

    private void Backspace()
    {
        if (Cursor == 0)
            return;
        int from = Cursor - 1;
        if (from > 0 && char.IsLowSurrogate(text[from]) && char.IsHighSurrogate(text[from - 1]))
            from--;
        Delete(from, Cursor);
    }

    private void Delete(int from, int to)
    {
        if (to <= from)
            return;
        text.Remove(from, to - from);
        Cursor = from;
    }

    private void Transpose()
    {
        // As Mutt: at the end of the line swap the last two characters, else the two around the cursor.
        if (text.Length < 2 || Cursor == 0)
            return;
        int at = Cursor == text.Length ? Cursor - 1 : Cursor;
        (text[at - 1], text[at]) = (text[at], text[at - 1]);
        Cursor = Math.Min(text.Length, at + 1);
    }

    private void ChangeWord(Func<string, string> change)
    {
        int end = WordEndAfter(Cursor);
        int start = Cursor;
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        string word = text.ToString(start, end - start);
        text.Remove(start, end - start).Insert(start, change(word));
        Cursor = end;
    }

    private int WordStartBefore(int position)
    {
        int i = position;
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
            i--;
        while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
            i--;
        return i;
    }

    private int WordEndAfter(int position)
    {
        int i = position;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
            i++;
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
            i++;
        return i;
    }

    private void WalkHistory(int step)
    {
        int next = historyIndex + step;
        if (next < 0 || next > history.Count)
            return;
        if (historyIndex == history.Count)
            draft = Text;
        historyIndex = next;
        Replace(next == history.Count ? draft : history[next]);
    }
}
