namespace MuttSharp.Core.Sorting;

public sealed partial class DisplayOrder
{
    private TreeLayout? _layout;

    /// <summary>
    /// The thread tree Mutt draws before the subject on <paramref name="row"/> (<c>├─&gt;</c>,
    /// <c>│ └─&gt;</c>, <c>├*&gt;</c> for a pseudo-thread, <c>&amp;</c>/<c>?</c>/<c>=</c> for
    /// hidden, missing and duplicate messages; ASCII with <c>$ascii_chars</c>). Empty when not
    /// sorted by threads, at the top of a thread, and on a collapsed thread (Mutt prints its
    /// subject alone).
    /// </summary>
    public string TreePrefix(int row) =>
        Layout() is { } layout && !IsCollapsed(row) ? layout.Prefix(MessageAt(row)) : "";

    /// <summary>
    /// Whether <c>%s</c> shows the subject after the tree on <paramref name="row"/>: with
    /// <c>$hide_thread_subject</c> a reply repeating its parent's subject shows only the tree.
    /// </summary>
    public bool ShowSubject(int row) =>
        Layout() is not { } layout || IsCollapsed(row) || layout.ShowSubject(MessageAt(row));

    private TreeLayout? Layout() =>
        _tree is null ? null : _layout ??= new TreeLayout(_tree, _forest!, _keep, _options, _reverse);
}
