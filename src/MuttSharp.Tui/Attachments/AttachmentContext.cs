using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Format;
using MuttSharp.Core.Mailcap;
using MuttSharp.Core.Rendering;
using MuttSharp.Tui.Drawing;
using MuttSharp.Tui.Pager;

namespace MuttSharp.Tui.Attachments;

/// <summary>What the attachment menu and the pagers it opens need: renderer, settings, the mailcap, <c>$attach_format</c>.</summary>
/// <param name="Renderer">Renders messages and parts for the pager.</param>
/// <param name="Render">The rendering settings (charsets, limits).</param>
/// <param name="Pager">The pager settings of the pagers opened from the menu.</param>
/// <param name="Mailcap">Runs mailcap entries; null when no mailcap file has any.</param>
public sealed record AttachmentContext(MessageRenderer Renderer, RenderSettings Render, PagerSettings Pager, MailcapRunner? Mailcap)
{
    /// <summary><c>$attach_format</c>, compiled.</summary>
    public FormatString AttachFormat { get; init; } = FormatString.Get("%u%D%I %t%4n %T%.40d%> [%.7m/%.10M, %.6e%?C?, %C?, %s] ");

    /// <summary><c>$attach_save_dir</c>: where a proposed file name points (empty: the working directory).</summary>
    public string SaveDirectory { get; init; } = "";

    /// <summary>Expands a typed path (<c>~</c>, <c>+</c>, <c>=</c>) as Mutt does.</summary>
    public Func<string, string> ExpandPath { get; init; } = path => path;

    /// <summary>The colours drawn with.</summary>
    public ColorPalette Palette { get; init; } = ColorPalette.Plain;

    /// <summary>Everything from a loaded configuration; <paramref name="palette"/> colours the views.</summary>
    public static AttachmentContext FromConfig(MuttConfig config, ColorPalette? palette = null)
    {
        var render = RenderSettings.FromConfig(config);
        var mailcapSettings = MailcapSettings.FromConfig(config);
        var database = MailcapDatabase.Load(mailcapSettings);
        var runner = database.Entries.Count == 0 ? null : new MailcapRunner(database, mailcapSettings);
        return new AttachmentContext(
            new MessageRenderer(render, runner is null ? null : new MailcapAutoViewer(runner)), render, PagerSettings.FromConfig(config), runner)
        {
            AttachFormat = FormatString.Get(config.GetString("attach_format")),
            SaveDirectory = config.GetPath("attach_save_dir"),
            ExpandPath = config.ExpandPath,
            Palette = palette ?? ColorPalette.Plain,
        };
    }
}
