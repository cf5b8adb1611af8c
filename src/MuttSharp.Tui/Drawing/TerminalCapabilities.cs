using Terminal.Gui.App;
using Terminal.Gui.Drivers;

namespace MuttSharp.Tui.Drawing;

/// <summary>What the terminal can show, and the colour mode chosen for it.</summary>
public static class TerminalCapabilities
{
    /// <summary>
    /// Switches the driver to 16 colours when the terminal has no more (<c>TERM=linux</c>, <c>vt100</c>-like) and
    /// returns whether colour is drawn at all (false for <c>TERM=dumb</c> or <c>NO_COLOR</c>: the <c>mono</c> lines apply).
    /// </summary>
    public static bool Configure(IApplication app)
    {
        if (app.Driver is not { } driver)
            return true;
        var level = driver.ColorCapabilities?.Capability ?? ColorCapabilityLevel.TrueColor;
        if (level <= ColorCapabilityLevel.Colors16)
            driver.Force16Colors = true;
        return level != ColorCapabilityLevel.NoColor;
    }
}
