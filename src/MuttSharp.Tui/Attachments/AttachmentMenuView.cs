using MimeKit;
using MuttSharp.Core.Config.Colors;
using MuttSharp.Core.Config.Format;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Rendering.Attachments;
using MuttSharp.Tui.Drawing;
using MuttSharp.Tui.Shell;
using Terminal.Gui.ViewBase;

namespace MuttSharp.Tui.Attachments;

/// <summary>
/// Mutt's attachment menu (<c>v</c>): the message's MIME tree, one row per part through
/// <c>$attach_format</c>, with a cursor; the moves are <c>generic</c>'s, the actions
/// (<c>s</c> save, <c>|</c> pipe, <c>m</c> mailcap, <c>T</c> as text, Enter view) are <see cref="AttachmentFunctions"/>.
/// </summary>
public sealed class AttachmentMenuView : View, IListMenu
{
    private static readonly ExpandoTable<AttachmentEntry> Expandos = AttachExpandos.Create();

    private readonly IReadOnlyList<AttachmentNode> nodes;
    private int cursor;
    private int top;

    /// <summary>The menu for <paramref name="message"/>.</summary>
    public AttachmentMenuView(MimeMessage message, AttachmentContext context)
    {
        Message = message;
        Context = context;
        nodes = AttachmentTree.Build(message, context.Render.Limits);
        CanFocus = false;
        Width = Dim.Fill();
        Height = Dim.Fill();
    }

    /// <inheritdoc/>
    public KeyMenu Menu => KeyMenu.Attach;

    /// <inheritdoc/>
    View IMenuView.View => this;

    /// <summary>The message whose parts are listed.</summary>
    public MimeMessage Message { get; }

    /// <summary>Renderer, settings and mailcap.</summary>
    public AttachmentContext Context { get; }

    /// <summary>The parts, in menu order.</summary>
    public IReadOnlyList<AttachmentNode> Nodes => nodes;

    /// <summary>The part under the cursor, or null when there is none.</summary>
    public AttachmentNode? Current => nodes.Count == 0 ? null : nodes[cursor];

    /// <inheritdoc/>
    public int Rows => nodes.Count;

    /// <inheritdoc/>
    public int CursorRow => cursor;

    /// <inheritdoc/>
    public int Top => top;

    /// <inheritdoc/>
    public int PageLength => Math.Max(1, Viewport.Height);

    /// <inheritdoc/>
    public void MoveTo(int row)
    {
        if (nodes.Count == 0)
            return;
        cursor = Math.Clamp(row, 0, nodes.Count - 1);
        if (cursor < top)
            top = cursor;
        else if (cursor >= top + PageLength)
            top = cursor - PageLength + 1;
        SetNeedsDraw();
    }

    /// <inheritdoc/>
    public void ScrollTo(int row)
    {
        if (nodes.Count == 0)
            return;
        top = Math.Clamp(row, 0, nodes.Count - 1);
        cursor = Math.Clamp(cursor, top, Math.Min(nodes.Count - 1, top + PageLength - 1));
        SetNeedsDraw();
    }

    /// <summary>The row of part <paramref name="index"/> as <c>$attach_format</c> writes it for a screen <paramref name="width"/> wide.</summary>
    public string RowText(int index, int width) =>
        Context.AttachFormat.HasFilter ? nodes[index].Entry.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : Context.AttachFormat.Render(Expandos, nodes[index].Entry, Core.Config.Format.FormatOptions.Default with { Columns = width });

    /// <inheritdoc/>
    public string StatusLine(int width) => $"---Attachments: {nodes.Count} {(nodes.Count == 1 ? "part" : "parts")}";

    /// <inheritdoc/>
    protected override bool OnDrawingContent(DrawContext? context)
    {
        var palette = Context.Palette;
        int width = Viewport.Width;
        for (int screenRow = 0; screenRow < Viewport.Height; screenRow++)
        {
            int row = top + screenRow;
            SetAttribute(row == cursor && row < nodes.Count ? palette[ColorObject.Indicator] : palette[ColorObject.Normal]);
            SafeText.Draw(this, 0, screenRow, row < nodes.Count ? RowText(row, width) : "", width);
        }
        return true;
    }
}
