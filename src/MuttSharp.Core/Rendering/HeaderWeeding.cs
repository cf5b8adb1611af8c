using MimeKit;

namespace MuttSharp.Core.Rendering;

/// <summary>
/// Which headers the pager shows and in what order: Mutt's <c>ignore</c>/<c>unignore</c> (prefixes
/// of the header line, case-insensitive, <c>*</c> for all) and <c>hdr_order</c> (matching headers
/// first, in the list's order, the rest as they came).
/// </summary>
internal static class HeaderWeeding
{
    /// <summary>The headers to show, in display order; all of them, as they came, when <paramref name="all"/>.</summary>
    public static IReadOnlyList<Header> Select(HeaderList headers, RenderSettings settings, bool all)
    {
        var shown = new List<Header>(headers.Count);
        foreach (var header in headers)
        {
            if (all || !settings.Weed || !IsIgnored(header.Field, settings))
                shown.Add(header);
        }
        if (all || settings.HeaderOrder.Count == 0)
            return shown;

        var ordered = new List<Header>(shown.Count);
        var taken = new bool[shown.Count];
        foreach (string prefix in settings.HeaderOrder)
        {
            for (int i = 0; i < shown.Count; i++)
            {
                if (!taken[i] && Matches(prefix, shown[i].Field))
                {
                    ordered.Add(shown[i]);
                    taken[i] = true;
                }
            }
        }
        for (int i = 0; i < shown.Count; i++)
        {
            if (!taken[i])
                ordered.Add(shown[i]);
        }
        return ordered;
    }

    /// <summary>True when <c>ignore</c> hides the header <paramref name="field"/> and no <c>unignore</c> brings it back.</summary>
    public static bool IsIgnored(string field, RenderSettings settings) =>
        settings.Ignore.Any(p => Matches(p, field)) && !settings.Unignore.Any(p => Matches(p, field));

    // Mutt compares the prefix against "Name: value", so "from:" names exactly From and "x-" every X- header.
    private static bool Matches(string prefix, string field)
    {
        if (prefix == "*")
            return true;
        string p = prefix.TrimEnd();
        if (p.EndsWith(':'))
            return string.Equals(p[..^1], field, StringComparison.OrdinalIgnoreCase);
        return field.StartsWith(p, StringComparison.OrdinalIgnoreCase);
    }
}
