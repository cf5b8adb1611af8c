namespace MuttSharp.Core.Search;

/// <summary>
/// The settings that shape how a pattern is compiled. Names in the remarks are the muttrc
/// variables that set them.
/// </summary>
public sealed record PatternOptions
{
    /// <summary>The defaults: Mutt's <c>$simple_search</c> and a one-second regex time limit.</summary>
    public static readonly PatternOptions Default = new();

    /// <summary>
    /// <c>$simple_search</c>: the template used when the input contains no <c>~</c>, <c>=</c> or
    /// <c>%</c> operator; every <c>%s</c> becomes the input, quoted. Mutt's default.
    /// </summary>
    public string SimpleSearch { get; init; } = "~f %s | ~s %s";

    /// <summary>
    /// Whether <see cref="SimpleSearch"/> applies at all. Off for patterns from a muttrc (hooks,
    /// <c>color</c>, <c>score</c>), where Mutt always requires a real pattern.
    /// </summary>
    public bool AllowSimpleSearch { get; init; } = true;

    /// <summary>
    /// <c>$pattern_regex_timeout</c>: how long one regular expression may run on one text before it
    /// is abandoned as not matching, so that a hostile expression cannot hang the reader.
    /// </summary>
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromSeconds(1);
}
