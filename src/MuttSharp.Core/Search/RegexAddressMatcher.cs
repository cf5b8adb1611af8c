using System.Text.RegularExpressions;

namespace MuttSharp.Core.Search;

/// <summary>
/// An <see cref="IAddressMatcher"/> built as Mutt builds <c>alternates</c>/<c>unalternates</c>,
/// <c>lists</c>/<c>unlists</c> and <c>group -addr/-rx</c>: exact addresses and regular expressions
/// that include, and regular expressions that exclude. Matching ignores case, as Mutt's do.
/// An expression that does not compile is left out and listed in <see cref="InvalidExpressions"/>
/// for the caller to report, rather than failing the whole set.
/// </summary>
public sealed class RegexAddressMatcher : IAddressMatcher
{
    private readonly HashSet<string> addresses;
    private readonly Regex[] include;
    private readonly Regex[] exclude;
    private readonly List<string> invalid = [];

    /// <param name="addresses">Exact addresses (<c>$from</c>, <c>group -addr</c>).</param>
    /// <param name="includeRegexes">Regular expressions that put an address in the set.</param>
    /// <param name="excludeRegexes">Regular expressions that take it out again (<c>unalternates</c>, <c>unlists</c>).</param>
    /// <param name="timeout">The time limit for each regular expression.</param>
    public RegexAddressMatcher(IEnumerable<string>? addresses = null, IEnumerable<string>? includeRegexes = null,
        IEnumerable<string>? excludeRegexes = null, TimeSpan? timeout = null)
    {
        var limit = timeout ?? PatternOptions.Default.RegexTimeout;
        this.addresses = new HashSet<string>(addresses ?? [], StringComparer.OrdinalIgnoreCase);
        include = Compile(includeRegexes, limit);
        exclude = Compile(excludeRegexes, limit);
    }

    /// <summary>The given expressions that are not valid regular expressions and so take no part.</summary>
    public IReadOnlyList<string> InvalidExpressions => invalid;

    /// <inheritdoc/>
    public bool Matches(string address)
    {
        if (string.IsNullOrEmpty(address))
            return false;
        try
        {
            if (exclude.Any(r => r.IsMatch(address)))
                return false;
            return addresses.Contains(address) || include.Any(r => r.IsMatch(address));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private Regex[] Compile(IEnumerable<string>? patterns, TimeSpan timeout)
    {
        var compiled = new List<Regex>();
        foreach (string p in patterns ?? [])
        {
            try
            {
                compiled.Add(new Regex(TextMatcher.TranslatePosix(p), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, timeout));
            }
            catch (ArgumentException)
            {
                invalid.Add(p);
            }
        }
        return [.. compiled];
    }
}
