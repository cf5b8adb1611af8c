namespace MuttSharp.Core.Config.Colors;

/// <summary>
/// How one object is painted: foreground, background and attributes. A null colour means "not
/// set" (a <c>mono</c> line, or an object nobody coloured): the view keeps its own.
/// </summary>
/// <param name="Foreground">The text colour, or null.</param>
/// <param name="Background">The background colour, or null.</param>
/// <param name="Attributes">Bold, underline, reverse, ...</param>
public readonly record struct ColorSpec(TerminalColor? Foreground, TerminalColor? Background, ColorAttributes Attributes)
{
    /// <summary>Nothing set: normal text.</summary>
    public static ColorSpec Plain => new(null, null, ColorAttributes.None);

    /// <summary>Attributes only, as <c>mono</c> sets them.</summary>
    public static ColorSpec Mono(ColorAttributes attributes) => new(null, null, attributes);

    /// <summary>The muttrc arguments that give this spec (<c>bold red default</c>).</summary>
    public override string ToString()
    {
        var attributes = Attributes;
        var parts = Enum.GetValues<ColorAttributes>().Where(a => a != ColorAttributes.None && attributes.HasFlag(a))
            .Select(a => a.ToString().ToLowerInvariant()).ToList();
        if (Foreground is { } fg)
            parts.Add(fg.ToString());
        if (Background is { } bg)
            parts.Add(bg.ToString());
        return parts.Count == 0 ? "none" : string.Join(' ', parts);
    }
}
