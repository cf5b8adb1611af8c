using MuttSharp.Core.Config.Colors;

namespace MuttSharp.Core.Rendering;

/// <summary>One screen row of a rendered message, after wrapping.</summary>
/// <param name="Kind">What the line is.</param>
/// <param name="Text">The text drawn (without the <c>$markers</c> sign).</param>
/// <param name="QuoteDepth">How many levels the line is quoted (0 when it is not).</param>
/// <param name="Continuation">True for the second and later rows of a wrapped line (drawn after a <c>+</c> when <c>$markers</c> is set).</param>
/// <param name="Source">The index of the <see cref="TextLine"/> the row comes from.</param>
public readonly record struct DisplayLine(LineKind Kind, string Text, int QuoteDepth, bool Continuation, int Source)
{
    /// <summary>The runs of <see cref="Text"/> coloured by the message's own ANSI sequences (<c>$allow_ansi</c>); null when none.</summary>
    public IReadOnlyList<ColorSpan>? Styles { get; init; }

    /// <summary>The row as a plain-text pager shows it: the <c>+</c> marker (when asked for) and the text.</summary>
    public string ToString(bool markers) => markers && Continuation ? "+" + Text : Text;
}
