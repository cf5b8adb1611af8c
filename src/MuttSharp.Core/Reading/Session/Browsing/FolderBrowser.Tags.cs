using MuttSharp.Core.Config.Format;

namespace MuttSharp.Core.Reading.Session.Browsing;

/// <summary>
/// The browser as Mutt's file chooser (compose's <c>attach-file</c>, <c>?</c> at its prompt): files are chosen
/// rather than opened as folders, and entries can be tagged (<c>t</c>, drawn by <c>%t</c>) so that choosing
/// hands on every tagged file. Mutt allows tags only there: a folder browser answers "Tagging is not supported."
/// </summary>
public sealed partial class FolderBrowser
{
    // By path, so that a sort or a new mask keeps them; a new directory starts untagged, as in Mutt.
    private readonly HashSet<string> tagged = new(StringComparer.Ordinal);

    /// <summary>True when the browser chooses files to attach: a file is chosen, and entries may be tagged.</summary>
    public bool SelectsFiles { get; init; }

    /// <summary>How many entries of the listing are tagged.</summary>
    public int TaggedCount => tagged.Count;

    /// <summary>The tagged files, in listing order.</summary>
    public IReadOnlyList<string> TaggedPaths => [.. items.Where(i => tagged.Contains(i.Path)).Select(i => i.Path)];

    /// <summary>
    /// Why <c>tag-prefix</c> may not be used now (Mutt's "Tagging is not supported." in a folder browser,
    /// "No tagged entries." with none), or null when it may.
    /// </summary>
    public string? RefuseTagPrefix() => !SelectsFiles ? NotSupported : tagged.Count == 0 ? "No tagged entries." : null;

    /// <summary>
    /// Mutt's <c>tag-entry</c> on line <paramref name="index"/>: toggles its tag. A directory cannot be
    /// tagged, since it cannot be attached.
    /// </summary>
    public SessionResult Tag(int index)
    {
        if (!SelectsFiles)
            return SessionResult.Error(NotSupported);
        if (index < 0 || index >= items.Count)
            return SessionResult.Error("No entries.");
        var item = items[index];
        if (item.Entry.Kind == BrowserEntryKind.Directory || System.IO.Directory.Exists(item.Path))
            return SessionResult.Error("Can't attach a directory!");
        if (!tagged.Add(item.Path))
            tagged.Remove(item.Path);
        return SessionResult.None;
    }

    /// <summary>Mutt's <c>tag-prefix</c> then <c>tag-entry</c>: every tag removed.</summary>
    public void UntagAll() => tagged.Clear();

    /// <summary>
    /// What choosing hands on in the file chooser: every tagged file, or, with none tagged,
    /// <paramref name="current"/> (null for none, as <c>exit</c> with nothing tagged).
    /// </summary>
    public IReadOnlyList<string> ChosenFiles(string? current) =>
        tagged.Count > 0 ? TaggedPaths : current is null ? [] : [current];

    private const string NotSupported = "Tagging is not supported.";

    /// <summary>Keeps the tags of a relisted directory; a listing of something else starts untagged.</summary>
    private void KeepTags(string? before)
    {
        if (before != Directory)
            tagged.Clear();
        else
            tagged.IntersectWith(items.Select(i => i.Path));
    }
}
