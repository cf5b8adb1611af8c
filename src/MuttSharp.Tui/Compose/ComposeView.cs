using MuttSharp.Core.Compose;
using MuttSharp.Core.Config.Colors;
using MuttSharp.Core.Config.Format;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Drawing;
using MuttSharp.Tui.Index;
using MuttSharp.Tui.Shell;
using Terminal.Gui.ViewBase;

namespace MuttSharp.Tui.Compose;

/// <summary>
/// The compose menu: the draft's headers as Mutt lists them, then its parts (the text first, then each
/// attachment with its type, encoding, size and description), a cursor on the parts, and the
/// <c>$compose_format</c> status line. Keys reach <see cref="ComposeFunctions"/> through the compose key map.
/// </summary>
public sealed class ComposeView : View, IListMenu
{
    private static readonly (string Label, Func<Draft, string> Value)[] HeaderRows =
    [
        ("From", d => DraftReader.Addresses(d.From)),
        ("To", d => DraftReader.Addresses(d.To)),
        ("Cc", d => DraftReader.Addresses(d.Cc)),
        ("Bcc", d => DraftReader.Addresses(d.Bcc)),
        ("Subject", d => d.Subject),
        ("Reply-To", d => DraftReader.Addresses(d.ReplyTo)),
        ("Fcc", d => d.Fcc ?? ""),
    ];

    private readonly string composeFormat;
    private readonly string hostname;
    private readonly TaskCompletionSource<bool> left = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int cursor;

    /// <summary>Shows <paramref name="draft"/>; <paramref name="composeFormat"/> is <c>$compose_format</c>.</summary>
    public ComposeView(Draft draft, string composeFormat, string hostname, ColorPalette palette)
    {
        Draft = draft;
        this.composeFormat = composeFormat;
        this.hostname = hostname;
        Palette = palette;
        CanFocus = false;
    }

    /// <summary>The message being composed.</summary>
    public Draft Draft { get; }

    /// <summary>The colours drawn with.</summary>
    public ColorPalette Palette { get; }

    /// <summary>Completes when the menu is left: true when the message was sent, false when it was postponed or abandoned.</summary>
    public Task<bool> Left => left.Task;

    /// <summary>True once the user changed the draft (for the abort question).</summary>
    public bool Modified { get; set; }

    /// <inheritdoc/>
    public KeyMenu Menu => KeyMenu.Compose;

    /// <inheritdoc/>
    View IMenuView.View => this;

    /// <summary>Records how the menu was left (<see cref="Left"/>).</summary>
    internal void Finish(bool sent) => left.TrySetResult(sent);

    /// <summary>The parts listed: the text, then the attachments.</summary>
    public int Rows => 1 + Draft.Attachments.Count;

    /// <inheritdoc/>
    public int CursorRow => cursor;

    /// <inheritdoc/>
    public int Top => 0;

    /// <inheritdoc/>
    public int PageLength => Math.Max(1, Viewport.Height - HeaderRows.Length - 1);

    /// <summary>The attachment under the cursor, or null on the text part.</summary>
    public DraftAttachment? CurrentAttachment => cursor > 0 && cursor <= Draft.Attachments.Count ? Draft.Attachments[cursor - 1] : null;

    /// <inheritdoc/>
    public void MoveTo(int row)
    {
        cursor = Math.Clamp(row, 0, Rows - 1);
        SetNeedsDraw();
    }

    /// <inheritdoc/>
    public void ScrollTo(int row) => MoveTo(row);

    /// <summary>The screen's lines, as drawn: headers, a blank line, the parts.</summary>
    public IReadOnlyList<string> Lines()
    {
        var lines = new List<string>();
        foreach (var (label, value) in HeaderRows)
            lines.Add($"{label,10}: {value(Draft)}");
        lines.Add("-- Attachments");
        lines.Add(PartLine(0, "text/plain", "", Draft.Body.Length, ""));
        for (int i = 0; i < Draft.Attachments.Count; i++)
        {
            var a = Draft.Attachments[i];
            string name = a.Description.Length > 0 ? a.Description : a.FileName.Length > 0 ? a.FileName : a.ContentType;
            lines.Add(PartLine(i + 1, a.ContentType, a.Encoding?.ToString().ToLowerInvariant() ?? "", a.Size, name) + (a.Inline ? "" : " [attachment]"));
        }
        return lines;
    }

    /// <inheritdoc/>
    public string StatusLine(int width)
    {
        long size = Draft.Body.Length + Draft.Attachments.Sum(a => a.Size);
        var info = new ComposeInfo(Draft.Attachments.Count + 1, size, hostname, Reader.Version);
        return FormatString.Get(composeFormat).Render(ComposeExpandos.Create(), info, new FormatOptions { Columns = width });
    }

    /// <inheritdoc/>
    protected override bool OnDrawingContent(DrawContext? context)
    {
        var lines = Lines();
        int firstPart = HeaderRows.Length + 1;
        for (int row = 0; row < Viewport.Height; row++)
        {
            bool selected = row - firstPart == cursor;
            SetAttribute(Palette[selected ? ColorObject.Indicator : row < HeaderRows.Length ? ColorObject.HeaderDefault : ColorObject.Normal]);
            SafeText.Draw(this, 0, row, row < lines.Count ? (selected ? "->" : "  ") + lines[row] : "", Viewport.Width);
        }
        return true;
    }

    private static string PartLine(int index, string type, string encoding, long size, string name) =>
        $"{index + 1,3} {type}{(encoding.Length > 0 ? ", " + encoding : "")}, {SizeFormat.Default.Format(size)}  {name}";
}
