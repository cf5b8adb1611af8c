namespace MuttSharp.Core.Config.Colors;

/// <summary>
/// The colour lines a muttrc holds, in the order read: <c>color</c> and <c>uncolor</c> for colour
/// terminals, <c>mono</c> and <c>unmono</c> for monochrome ones (Mutt ignores each pair on the other
/// kind of terminal). Lines are checked when read, so errors name their line, and replayed over the
/// theme's tables by <see cref="Build"/>, so <c>set theme=...</c> may come before or after them.
/// </summary>
public sealed class ColorConfiguration
{
    private readonly List<(bool Mono, Func<ColorTable, string?> Apply)> lines = [];
    private readonly ColorTable colorCheck = new();
    private readonly ColorTable monoCheck = new();

    /// <summary>The index pattern compiler, regex timeout and palette size; set before reading the muttrc.</summary>
    public ColorOptions Options { get; set; } = ColorOptions.Default;

    /// <summary>The number of colour lines recorded (both kinds).</summary>
    public int Count => lines.Count;

    /// <summary>Records a <c>color</c> line; returns Mutt's error text or null.</summary>
    public string? Color(IReadOnlyList<string> args) => Record(false, t => ColorCommands.Color(t, args, Options));

    /// <summary>Records a <c>mono</c> line; returns Mutt's error text or null.</summary>
    public string? Mono(IReadOnlyList<string> args) => Record(true, t => ColorCommands.Mono(t, args, Options));

    /// <summary>Records an <c>uncolor</c> line; returns Mutt's error text or null.</summary>
    public string? Uncolor(IReadOnlyList<string> args) => Record(false, t => ColorCommands.Uncolor(t, args, "uncolor"));

    /// <summary>Records an <c>unmono</c> line; returns Mutt's error text or null.</summary>
    public string? Unmono(IReadOnlyList<string> args) => Record(true, t => ColorCommands.Uncolor(t, args, "unmono"));

    /// <summary>
    /// The tables the screen is painted with: copies of the theme's, with every recorded line applied
    /// in order. Use <c>Colors</c> on colour terminals and <c>Mono</c> on monochrome ones.
    /// </summary>
    public (ColorTable Colors, ColorTable Mono) Build(ColorTable themeColors, ColorTable themeMono)
    {
        var colors = themeColors.Clone();
        var mono = themeMono.Clone();
        foreach (var (isMono, apply) in lines)
            apply(isMono ? mono : colors);
        return (colors, mono);
    }

    private string? Record(bool mono, Func<ColorTable, string?> apply)
    {
        // Applying to a running check table catches every error Mutt reports when the line is read.
        string? error = apply(mono ? monoCheck : colorCheck);
        if (error is null)
            lines.Add((mono, apply));
        return error;
    }
}
