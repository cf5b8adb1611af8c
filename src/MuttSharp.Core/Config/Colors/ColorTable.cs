using System.Text.RegularExpressions;

namespace MuttSharp.Core.Config.Colors;

/// <summary>
/// The colours the TUI and the pager paint with: one <see cref="ColorSpec"/> per object, the quote
/// levels, and the ordered <c>index</c>, <c>header</c> and <c>body</c> rules. Filled by
/// <see cref="ColorCommands"/> (from <c>color</c>/<c>mono</c> lines) over a theme; read-only to views.
/// </summary>
public sealed class ColorTable
{
    // Mutt's ci_start_color: these objects start reversed (or underlined) rather than plain.
    private static readonly Dictionary<ColorObject, ColorSpec> Defaults = new()
    {
        [ColorObject.Status] = ColorSpec.Mono(ColorAttributes.Reverse),
        [ColorObject.Indicator] = ColorSpec.Mono(ColorAttributes.Reverse),
        [ColorObject.Search] = ColorSpec.Mono(ColorAttributes.Reverse),
        [ColorObject.Markers] = ColorSpec.Mono(ColorAttributes.Reverse),
        [ColorObject.SidebarHighlight] = ColorSpec.Mono(ColorAttributes.Underline),
    };

    private readonly Dictionary<ColorObject, ColorSpec> objects = [];
    private readonly SortedDictionary<int, ColorSpec> quoted = [];
    private readonly Dictionary<ColorObject, List<ColorRule>> rules = new()
    {
        [ColorObject.Index] = [],
        [ColorObject.Header] = [],
        [ColorObject.Body] = [],
    };

    /// <summary>The colour of an object: what was set, else Mutt's default for it.</summary>
    public ColorSpec this[ColorObject o] =>
        objects.TryGetValue(o, out var spec) ? spec : Defaults.GetValueOrDefault(o, ColorSpec.Plain);

    /// <summary>True when a line set this object (rather than it having its default).</summary>
    public bool IsSet(ColorObject o) => objects.ContainsKey(o);

    /// <summary>The colour of quote level <paramref name="level"/> (0 is <c>quoted</c>); unset levels use <c>quoted</c>'s.</summary>
    public ColorSpec Quoted(int level) =>
        level > 0 && quoted.TryGetValue(level, out var spec) ? spec : this[ColorObject.Quoted];

    /// <summary>How many quote levels are coloured (the highest set level plus one, at least one).</summary>
    public int QuoteLevels => quoted.Count == 0 ? 1 : quoted.Keys.Max() + 1;

    /// <summary>
    /// The colour for text quoted <paramref name="depth"/> deep (0 = first level): deeper levels than
    /// were coloured cycle through the coloured ones, as Mutt's pager does.
    /// </summary>
    public ColorSpec QuotedAtDepth(int depth) => Quoted(depth % QuoteLevels);

    /// <summary>The <c>color index</c> rules in the order they were defined.</summary>
    public IReadOnlyList<ColorRule> IndexRules => rules[ColorObject.Index];

    /// <summary>The <c>color header</c> rules in the order they were defined.</summary>
    public IReadOnlyList<ColorRule> HeaderRules => rules[ColorObject.Header];

    /// <summary>The <c>color body</c> rules in the order they were defined.</summary>
    public IReadOnlyList<ColorRule> BodyRules => rules[ColorObject.Body];

    /// <summary>
    /// The colour of an index line: the last defined rule whose pattern matches wins (Mutt keeps its
    /// list newest first and takes the first match); null when none matches.
    /// </summary>
    /// <param name="matches">Tests one rule against the message (the rule's compiled pattern is in <see cref="ColorRule.CompiledPattern"/>).</param>
    public ColorSpec? IndexColor(Func<ColorRule, bool> matches)
    {
        var list = rules[ColorObject.Index];
        for (int i = list.Count - 1; i >= 0; i--)
            if (matches(list[i]))
                return list[i].Spec;
        return null;
    }

    /// <summary>The colour of a header line: the last defined matching <c>color header</c>, else <c>hdrdefault</c>.</summary>
    public ColorSpec HeaderColor(string headerLine)
    {
        var list = rules[ColorObject.Header];
        for (int i = list.Count - 1; i >= 0; i--)
            if (IsMatch(list[i].Regex!, headerLine))
                return list[i].Spec;
        return this[ColorObject.HeaderDefault];
    }

    /// <summary>
    /// The <c>color body</c> runs of a line, left to right and not overlapping: at each point the
    /// match that starts first wins, then the longer one, then the rule defined last.
    /// </summary>
    public IReadOnlyList<ColorSpan> BodySpans(string line)
    {
        var list = rules[ColorObject.Body];
        var spans = new List<ColorSpan>();
        int position = 0;
        while (position <= line.Length && list.Count > 0)
        {
            Match? best = null;
            ColorSpec bestSpec = default;
            for (int i = list.Count - 1; i >= 0; i--)
            {
                var m = FindFrom(list[i].Regex!, line, position);
                if (m is null || m.Length == 0)
                    continue;
                if (best is null || m.Index < best.Index || (m.Index == best.Index && m.Length > best.Length))
                {
                    best = m;
                    bestSpec = list[i].Spec;
                }
            }
            if (best is null)
                break;
            spans.Add(new ColorSpan(best.Index, best.Length, bestSpec));
            position = best.Index + best.Length;
        }
        return spans;
    }

    /// <summary>A deep copy, to lay a muttrc's lines over a theme without changing the theme.</summary>
    public ColorTable Clone()
    {
        var copy = new ColorTable();
        foreach (var (o, spec) in objects)
            copy.objects[o] = spec;
        foreach (var (level, spec) in quoted)
            copy.quoted[level] = spec;
        foreach (var (o, list) in rules)
            copy.rules[o].AddRange(list);
        return copy;
    }

    internal void Set(ColorObject o, ColorSpec spec) => objects[o] = spec;

    internal void SetQuoted(int level, ColorSpec spec)
    {
        if (level == 0)
            objects[ColorObject.Quoted] = spec;
        else
            quoted[level] = spec;
    }

    // Mutt's add_pattern: a pattern already present keeps its place and takes the new colour.
    internal void AddRule(ColorRule rule, StringComparison comparison)
    {
        var list = rules[rule.Object];
        int existing = list.FindIndex(r => string.Equals(r.Pattern, rule.Pattern, comparison));
        if (existing >= 0)
            list[existing] = list[existing] with { Spec = rule.Spec };
        else
            list.Add(rule);
    }

    internal bool HasRule(ColorObject o, string pattern, StringComparison comparison) =>
        rules[o].Exists(r => string.Equals(r.Pattern, pattern, comparison));

    internal void RemoveRule(ColorObject o, string pattern) => rules[o].RemoveAll(r => r.Pattern == pattern);

    internal void ClearRules(ColorObject o) => rules[o].Clear();

    private static bool IsMatch(Regex regex, string text)
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

    private static Match? FindFrom(Regex regex, string text, int start)
    {
        try
        {
            var m = regex.Match(text, start);
            return m.Success ? m : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
