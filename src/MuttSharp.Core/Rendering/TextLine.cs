using MuttSharp.Core.Config.Colors;

namespace MuttSharp.Core.Rendering;

/// <summary>
/// One logical line of a rendered message, before wrapping to the screen: already decoded and
/// safe for a terminal (no escape sequences or controls; tabs expanded).
/// </summary>
/// <param name="Kind">What the line is.</param>
/// <param name="Text">The text; for a flowed paragraph, the whole paragraph without its quote prefix.</param>
/// <param name="QuoteDepth">How many levels the line is quoted (0 when it is not).</param>
public readonly record struct TextLine(LineKind Kind, string Text, int QuoteDepth = 0)
{
    /// <summary>A format=flowed paragraph to be filled to the screen: <see cref="Prefix"/> starts each of its rows.</summary>
    public bool Flowed { get; init; }

    /// <summary>The quote prefix a flowed paragraph repeats on every row (<c>&gt; &gt; </c>).</summary>
    public string Prefix { get; init; } = "";

    /// <summary>What starts the second and later rows of a flowed paragraph, when not <see cref="Prefix"/> (the indent under a list bullet).</summary>
    public string? Hanging { get; init; }

    /// <summary>The runs of <see cref="Text"/> coloured by the message's own ANSI sequences (<c>$allow_ansi</c>); null when none.</summary>
    public IReadOnlyList<ColorSpan>? Styles { get; init; }
}
