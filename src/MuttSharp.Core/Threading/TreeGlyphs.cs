namespace MuttSharp.Core.Threading;

/// <summary>
/// The characters Mutt draws thread trees with: line-drawing characters, or ASCII with
/// <c>$ascii_chars</c>. The marks <c>*</c> (pseudo-thread), <c>&amp;</c> (hidden by a limit),
/// <c>?</c> (missing) and <c>=</c> (duplicate) are the same in both.
/// </summary>
internal sealed record TreeGlyphs(
    char LowerLeftCorner,
    char UpperLeftCorner,
    char LeftTee,
    char HorizontalLine,
    char VerticalLine,
    char TopTee,
    char BottomTee)
{
    public const char Space = ' ';
    public const char RightArrow = '>';
    public const char Pseudo = '*';
    public const char Hidden = '&';
    public const char Missing = '?';
    public const char Duplicate = '=';

    public static TreeGlyphs LineDrawing { get; } = new('└', '┌', '├', '─', '│', '┬', '┴');

    public static TreeGlyphs Ascii { get; } = new('`', ',', '|', '-', '|', '-', '-');
}
