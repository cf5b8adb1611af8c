namespace MuttSharp.Core.Config.Colors;

/// <summary>Text attributes of a colour line (<c>bold</c>, <c>underline</c>, <c>reverse</c>, ...).</summary>
[Flags]
public enum ColorAttributes
{
    None = 0,
    Bold = 1,
    Underline = 2,
    Reverse = 4,
    Standout = 8,
    Blink = 16,
    Italic = 32,
}
