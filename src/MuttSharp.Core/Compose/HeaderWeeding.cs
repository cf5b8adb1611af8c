namespace MuttSharp.Core.Compose;

/// <summary>Mutt's <c>ignore</c>/<c>unignore</c> test: a header is hidden when a prefix of its name is ignored and none is unignored.</summary>
internal static class HeaderWeeding
{
    public static bool IsShown(string name, IReadOnlyList<string> ignored, IReadOnlyList<string> unignored)
    {
        static bool Matches(string name, IReadOnlyList<string> prefixes) =>
            prefixes.Any(p => p == "*" || name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        return !Matches(name, ignored) || Matches(name, unignored);
    }
}
