namespace MuttSharp.Tui.Prompts;

/// <summary>
/// Mutt's line-editor histories: one list per <see cref="PromptHistoryKind"/>, at most <c>$history</c>
/// entries each, oldest dropped first, a line equal to the newest entry not stored twice.
/// </summary>
public sealed class PromptHistory
{
    /// <summary>The default of <c>$history</c>.</summary>
    public const int DefaultSize = 10;

    private readonly Dictionary<PromptHistoryKind, List<string>> lists = [];

    /// <summary>Creates histories holding <paramref name="size"/> entries each (<c>$history</c>).</summary>
    public PromptHistory(int size = DefaultSize) => Size = Math.Max(0, size);

    /// <summary>The most entries kept per kind.</summary>
    public int Size { get; set; }

    /// <summary>The entries of one kind, oldest first.</summary>
    public IReadOnlyList<string> this[PromptHistoryKind kind] => lists.TryGetValue(kind, out var list) ? list : [];

    /// <summary>Records a line that was entered (empty lines are not kept).</summary>
    public void Add(PromptHistoryKind kind, string line)
    {
        if (line.Length == 0 || Size == 0)
            return;
        if (!lists.TryGetValue(kind, out var list))
            lists[kind] = list = [];
        if (list.Count > 0 && list[^1] == line)
            return;
        list.Add(line);
        if (list.Count > Size)
            list.RemoveRange(0, list.Count - Size);
    }
}
