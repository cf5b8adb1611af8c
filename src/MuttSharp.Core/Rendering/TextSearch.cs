using System.Text.RegularExpressions;
using MuttSharp.Core.Config.Variables;

namespace MuttSharp.Core.Rendering;

/// <summary>The pager's search: a pattern compiled as Mutt compiles regexes, and the runs of a row it matches.</summary>
public static class TextSearch
{
    /// <summary>Compiles <paramref name="pattern"/>: POSIX classes understood, case-insensitive unless it holds a capital, matching time bounded.</summary>
    public static bool TryCompile(string pattern, out Regex? regex, out string? error) =>
        VariableValues.TryCompile(pattern, out regex, out error);

    /// <summary>The non-empty matches of <paramref name="regex"/> in <paramref name="text"/>, left to right (none when matching times out).</summary>
    public static List<(int Start, int Length)> Hits(Regex regex, string text)
    {
        var hits = new List<(int, int)>();
        try
        {
            for (var m = regex.Match(text); m.Success; m = m.NextMatch())
            {
                if (m.Length > 0)
                    hits.Add((m.Index, m.Length));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            hits.Clear();
        }
        return hits;
    }

    /// <summary>True when <paramref name="regex"/> matches <paramref name="text"/> (false when matching times out).</summary>
    public static bool IsMatch(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
