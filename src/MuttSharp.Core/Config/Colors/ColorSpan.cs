namespace MuttSharp.Core.Config.Colors;

/// <summary>A run of characters in a line of the pager painted by a <c>color body</c> rule.</summary>
/// <param name="Start">The offset of the first character (UTF-16).</param>
/// <param name="Length">The number of characters (UTF-16).</param>
/// <param name="Spec">The colour.</param>
public readonly record struct ColorSpan(int Start, int Length, ColorSpec Spec);
