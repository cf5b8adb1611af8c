using MuttSharp.Core.Search;

namespace MuttSharp.Core.Config.Colors;

/// <summary>
/// What <see cref="ColorCommands"/> needs: the index pattern compiler, the regex match timeout,
/// and how many colours the terminal has.
/// </summary>
public sealed record ColorOptions
{
    /// <summary>Default of <see cref="RegexTimeout"/>: 100 ms per match, far above any sane regex.</summary>
    public static readonly TimeSpan DefaultRegexTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>The options used when none are given: Mutt's pattern language, 256 colours.</summary>
    public static ColorOptions Default { get; } = new();

    /// <summary>
    /// Compiles the pattern of a <c>color index</c> line (Mutt's <c>~</c> patterns); returns the compiled
    /// form (a <see cref="Pattern"/>) or an error message. When null the pattern is kept as text only.
    /// </summary>
    public Func<string, (object? Compiled, string? Error)>? CompileIndexPattern { get; init; } = CompilePattern;

    /// <summary>The longest one regex of a <c>color header|body</c> line may run on one line.</summary>
    public TimeSpan RegexTimeout { get; init; } = DefaultRegexTimeout;

    /// <summary>The terminal's number of colours: <c>colorN</c> at or above it is refused, as in Mutt.</summary>
    public int PaletteSize { get; init; } = 256;

    /// <summary>Patterns in colour lines are never simple searches: Mutt reads them as written.</summary>
    private static (object? Compiled, string? Error) CompilePattern(string text) =>
        PatternParser.TryParse(text, PatternOptions.Default with { AllowSimpleSearch = false }, out var pattern, out var error)
            ? (pattern, null)
            : (null, error?.ToString());
}
