namespace MuttSharp.Core.Config.Variables;

/// <summary>
/// Mutt's regexes are POSIX extended; .NET accepts almost the same syntax except bracket classes
/// such as <c>[[:alpha:]]</c>, which are rewritten here to their .NET equivalents.
/// </summary>
internal static class PosixClasses
{
    private static readonly Dictionary<string, string> Classes = new(StringComparer.Ordinal)
    {
        ["[:alpha:]"] = @"\p{L}",
        ["[:digit:]"] = @"0-9",
        ["[:alnum:]"] = @"\p{L}\p{Nd}",
        ["[:upper:]"] = @"\p{Lu}",
        ["[:lower:]"] = @"\p{Ll}",
        ["[:space:]"] = @"\s",
        ["[:blank:]"] = @" \t",
        ["[:punct:]"] = @"\p{P}\p{S}",
        ["[:print:]"] = @"\P{C}",
        ["[:graph:]"] = @"\p{L}\p{M}\p{N}\p{P}\p{S}",
        ["[:cntrl:]"] = @"\p{Cc}",
        ["[:xdigit:]"] = @"0-9A-Fa-f",
    };

    public static string Translate(string pattern)
    {
        if (!pattern.Contains("[:", StringComparison.Ordinal))
            return pattern;
        foreach (var (posix, dotnet) in Classes)
            pattern = pattern.Replace(posix, dotnet, StringComparison.Ordinal);
        return pattern;
    }
}
