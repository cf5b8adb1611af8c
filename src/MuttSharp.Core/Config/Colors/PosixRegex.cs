using System.Text.RegularExpressions;
using MuttSharp.Core.Text;

namespace MuttSharp.Core.Config.Colors;

/// <summary>
/// Compiles the POSIX extended regexes of <c>color header|body</c> lines into .NET ones: bracket
/// classes such as <c>[[:alnum:]]</c> (see <see cref="PosixClasses"/>) and GNU's word edges
/// <c>\&lt;</c> <c>\&gt;</c> are rewritten. Matching is bounded by a timeout so a hostile pattern
/// cannot hang the pager.
/// </summary>
internal static class PosixRegex
{
    /// <summary>Compiles <paramref name="pattern"/>; on failure the error names the pattern and what the engine refused.</summary>
    public static bool TryCompile(string pattern, bool ignoreCase, TimeSpan timeout, out Regex? regex, out string? error)
    {
        var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        try
        {
            regex = new Regex(PosixClasses.Translate(WordEdges(pattern)), options, timeout);
            error = null;
            return true;
        }
        catch (ArgumentException e)
        {
            regex = null;
            error = $"{pattern}: {e.Message}";
            return false;
        }
    }

    /// <summary>Mutt's case rule for body regexes: case-insensitive unless the pattern has a capital.</summary>
    public static bool IgnoresCase(string pattern) => !pattern.Any(char.IsUpper);

    private static string WordEdges(string pattern) =>
        pattern.Contains("\\<", StringComparison.Ordinal) || pattern.Contains("\\>", StringComparison.Ordinal)
            ? pattern.Replace("\\<", "\\b", StringComparison.Ordinal).Replace("\\>", "\\b", StringComparison.Ordinal)
            : pattern;
}
