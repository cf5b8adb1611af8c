using MuttSharp.Core.Config.Colors;
using MuttSharp.Tui.Drawing;
using Terminal.Gui.Drawing;

namespace MuttSharp.Tui.Tests.Drawing;

public sealed class ColorPaletteTests
{
    private static ColorTable Table(params string[][] lines)
    {
        var config = new ColorConfiguration();
        foreach (var line in lines)
            Assert.Null(config.Color(line));
        return config.Build(new ColorTable(), new ColorTable()).Colors;
    }

    [Fact]
    public void Mutts_defaults_are_reverse_bars_on_the_terminals_colours()
    {
        var p = ColorPalette.Plain;
        Assert.Equal(TextStyle.Reverse, p[ColorObject.Indicator].Style);
        Assert.Equal(Color.None, p[ColorObject.Indicator].Foreground);
        Assert.Equal(TextStyle.None, p[ColorObject.Normal].Style);
    }

    [Fact]
    public void The_ANSI_colours_keep_their_names_so_16_colour_terminals_get_them_exactly()
    {
        // Mutt's "bright" foreground is the colour in bold; a "light" background is the light colour.
        var p = new ColorPalette(Table(["status", "brightyellow", "lightblue"]), new ColorTable(), hasColor: true);
        Assert.Equal(new Color(ColorName16.Yellow), p[ColorObject.Status].Foreground);
        Assert.Equal(TextStyle.Bold, p[ColorObject.Status].Style);
        Assert.Equal(new Color(ColorName16.BrightBlue), p[ColorObject.Status].Background);
    }

    [Fact]
    public void Palette_colours_above_16_are_drawn_as_rgb()
    {
        Assert.Equal(new Color(255, 135, 0), ColorPalette.ToColor(TerminalColor.FromIndex(208)));
    }

    [Fact]
    public void An_unset_colour_falls_back_to_normal()
    {
        var p = new ColorPalette(Table(["normal", "white", "black"], ["tree", "red", "default"]), new ColorTable(), hasColor: true);
        Assert.Equal(new Color(ColorName16.Black), p[ColorObject.Tree].Background);
        Assert.Equal(new Color(ColorName16.Red), p[ColorObject.Tree].Foreground);
    }

    [Fact]
    public void Without_colour_the_mono_table_paints()
    {
        var config = new ColorConfiguration();
        Assert.Null(config.Color(["indicator", "red", "blue"]));
        Assert.Null(config.Mono(["indicator", "bold"]));
        var (colors, mono) = config.Build(new ColorTable(), new ColorTable());
        var p = new ColorPalette(colors, mono, hasColor: false);
        Assert.Equal(TextStyle.Bold, p[ColorObject.Indicator].Style);
        Assert.Equal(Color.None, p[ColorObject.Indicator].Foreground);
    }
}
