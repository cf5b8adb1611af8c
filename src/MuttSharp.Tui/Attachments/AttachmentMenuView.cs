using MimeKit;
using MuttSharp.Core.Config.Format;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Rendering.Attachments;
using MuttSharp.Tui.Shell;

namespace MuttSharp.Tui.Attachments;

/// <summary>
/// Mutt's attachment menu (<c>v</c>): the message's MIME tree, one row per part through
/// <c>$attach_format</c>, with a cursor; the moves are <c>generic</c>'s, the actions
/// (<c>s</c> save, <c>|</c> pipe, <c>m</c> mailcap, <c>T</c> as text, Enter view) are <see cref="AttachmentFunctions"/>.
/// </summary>
public sealed class AttachmentMenuView : EntryListView
{
    private static readonly ExpandoTable<AttachmentEntry> Expandos = AttachExpandos.Create();

    private IReadOnlyList<AttachmentNode> nodes;

    /// <summary>The menu for <paramref name="message"/>.</summary>
    public AttachmentMenuView(MimeMessage message, AttachmentContext context)
        : base(context.Palette)
    {
        Message = message;
        Context = context;
        nodes = AttachmentTree.Build(message, context.Render.Limits);
    }

    /// <inheritdoc/>
    public override KeyMenu Menu => KeyMenu.Attach;

    /// <summary>The message whose parts are listed.</summary>
    public MimeMessage Message { get; private set; }

    /// <summary>
    /// Set by whoever opened the menu: told of the message once a part's type is changed in memory
    /// (<c>edit-type</c>), to show it and keep it as that message's content.
    /// </summary>
    public Func<MimeMessage, Task>? MessageEdited { get; set; }

    /// <summary>Lists the parts of <paramref name="edited"/> in place of the message's, the cursor kept on its row.</summary>
    public void Replace(MimeMessage edited)
    {
        Message = edited;
        nodes = AttachmentTree.Build(edited, Context.Render.Limits);
        MoveTo(CursorRow);
        SetNeedsDraw();
    }

    /// <summary>Renderer, settings and mailcap.</summary>
    public AttachmentContext Context { get; }

    /// <summary>The parts, in menu order.</summary>
    public IReadOnlyList<AttachmentNode> Nodes => nodes;

    /// <summary>The part under the cursor, or null when there is none.</summary>
    public AttachmentNode? Current => nodes.Count == 0 ? null : nodes[CursorRow];

    /// <inheritdoc/>
    public override int Rows => nodes.Count;

    /// <summary>The row of part <paramref name="index"/> as <c>$attach_format</c> writes it for a screen <paramref name="width"/> wide.</summary>
    public string RowText(int index, int width) =>
        Context.AttachFormat.HasFilter ? nodes[index].Entry.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : Context.AttachFormat.Render(Expandos, nodes[index].Entry, Core.Config.Format.FormatOptions.Default with { Columns = width });

    /// <inheritdoc/>
    public override string StatusLine(int width) => $"---Attachments: {nodes.Count} {(nodes.Count == 1 ? "part" : "parts")}";

    /// <inheritdoc/>
    protected override string Line(int row, int width) => RowText(row, width);
}
