namespace MuttSharp.Core.Compose;

/// <summary>
/// Mutt's <c>ignore</c>/<c>unignore</c> test: a header is hidden when a prefix of its line (<c>Name:</c>, so that
/// <c>unignore from:</c> works as in Mutt) is ignored and none is unignored.
/// </summary>
internal static class HeaderWeeding
{
    public static bool IsShown(string name, IReadOnlyList<string> ignored, IReadOnlyList<string> unignored)
    {
        static bool Matches(string name, IReadOnlyList<string> prefixes) =>
            prefixes.Any(p => p == "*" || name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        string line = name + ":";
        return !Matches(line, ignored) || Matches(line, unignored);
    }
}
