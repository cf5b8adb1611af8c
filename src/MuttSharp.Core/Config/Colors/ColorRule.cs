using System.Text.RegularExpressions;

namespace MuttSharp.Core.Config.Colors;

/// <summary>
/// A <c>color index|header|body</c> line: the pattern text as written, its colour, and the compiled
/// form: a <see cref="Regex"/> for header and body, whatever the pattern compiler returned for index.
/// </summary>
/// <param name="Object">Index, Header or Body.</param>
/// <param name="Pattern">The pattern or regex text as written in the muttrc.</param>
/// <param name="Spec">The colour.</param>
/// <param name="Regex">The compiled regex (header, body).</param>
/// <param name="CompiledPattern">The compiled index pattern, or null when no compiler was supplied.</param>
public sealed record ColorRule(ColorObject Object, string Pattern, ColorSpec Spec, Regex? Regex, object? CompiledPattern);
