using MuttSharp.Core.Text;

namespace MuttSharp.Core.Config.Format;

/// <summary>One piece of a compiled format string.</summary>
internal abstract class FormatNode
{
}

/// <summary>Text copied as is (escapes such as <c>\n</c> already resolved).</summary>
internal sealed class LiteralNode(string text) : FormatNode
{
    public string Text { get; } = text;

    public int Width { get; } = TerminalWidth.Of(text);
}

/// <summary>
/// <c>%[spec][_:]X</c>, or a date (<c>%{fmt}</c>, <c>%[fmt]</c>, <c>%(fmt)</c>, <c>%&lt;fmt&gt;</c>,
/// where <see cref="Argument"/> holds the strftime format), or <c>%@name@</c>, or a two-letter
/// expando such as <c>%zc</c> (Argument holds the second letter).
/// </summary>
internal sealed class ExpandoNode(char op, FieldSpec spec, bool lowerCase, bool noDots, string? argument) : FormatNode
{
    public char Op { get; } = op;

    public FieldSpec Spec { get; } = spec;

    public bool LowerCase { get; } = lowerCase;

    public bool NoDots { get; } = noDots;

    public string? Argument { get; } = argument;
}

/// <summary><c>%?X?then&amp;else?</c> (flat, as Mutt) or <c>%&lt;X?then&amp;else&gt;</c> (nestable).</summary>
internal sealed class ConditionalNode(char op, string? argument, FormatNode[] then, FormatNode[] otherwise) : FormatNode
{
    public char Op { get; } = op;

    public string? Argument { get; } = argument;

    public FormatNode[] Then { get; } = then;

    public FormatNode[] Else { get; } = otherwise;
}

/// <summary>The three padding expandos.</summary>
internal enum FillKind : byte
{
    /// <summary><c>%&gt;X</c>: right-justify what follows; the left side wins when space runs out.</summary>
    Hard,

    /// <summary><c>%*X</c>: right-justify what follows; the right side wins, eating the left.</summary>
    Soft,

    /// <summary><c>%|X</c>: fill to the end of the line and ignore the rest.</summary>
    ToEnd,
}

/// <summary>A padding expando with its pad character (one grapheme) and that character's width.</summary>
internal sealed class FillNode(FillKind kind, string pad, int padWidth) : FormatNode
{
    public FillKind Kind { get; } = kind;

    public string Pad { get; } = pad;

    public int PadWidth { get; } = padWidth < 1 ? 1 : padWidth;
}
