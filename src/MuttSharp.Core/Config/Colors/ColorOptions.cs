namespace MuttSharp.Core.Config.Colors;

/// <summary>
/// What <see cref="ColorCommands"/> needs from outside: the index pattern compiler (the pattern
/// engine lives elsewhere), the regex match timeout, and how many colours the terminal has.
/// </summary>
public sealed record ColorOptions
{
    /// <summary>Default of <see cref="RegexTimeout"/>: 100 ms per match, far above any sane regex.</summary>
    public static readonly TimeSpan DefaultRegexTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>The options used when none are given: no pattern compiler, 256 colours.</summary>
    public static ColorOptions Default { get; } = new();

    /// <summary>
    /// Compiles the pattern of a <c>color index</c> line (Mutt's <c>~</c> patterns); returns the compiled
    /// form or an error message. When null the pattern is kept as text only.
    /// </summary>
    public Func<string, (object? Compiled, string? Error)>? CompileIndexPattern { get; init; }

    /// <summary>The longest one regex of a <c>color header|body</c> line may run on one line.</summary>
    public TimeSpan RegexTimeout { get; init; } = DefaultRegexTimeout;

    /// <summary>The terminal's number of colours: <c>colorN</c> at or above it is refused, as in Mutt.</summary>
    public int PaletteSize { get; init; } = 256;
}
