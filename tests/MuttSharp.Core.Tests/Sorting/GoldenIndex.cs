using MuttSharp.Core.Model;
using MuttSharp.Core.Sorting;
using MuttSharp.Core.Tests.Threading;
using MuttSharp.Core.Threading;

namespace MuttSharp.Core.Tests.Sorting;

/// <summary>
/// Reads a golden index captured from Mutt 2.2.12 (its first line names the folder and the
/// muttrc settings) and renders the same folder and settings the way the golden was printed:
/// <c>%4C|%s%?M?(%M)&amp;?|%i</c>.
/// </summary>
internal sealed class GoldenIndex
{
    // The muttrc settings the goldens use, as data: name -> how it changes the options.
    private static readonly Dictionary<string, Action<GoldenIndex, string>> Settings = new()
    {
        ["hide_missing"] = (g, v) => g.Threading = g.Threading with { HideMissing = v == "yes" },
        ["hide_top_missing"] = (g, v) => g.Threading = g.Threading with { HideTopMissing = v == "yes" },
        ["hide_limited"] = (g, v) => g.Threading = g.Threading with { HideLimited = v == "yes" },
        ["hide_top_limited"] = (g, v) => g.Threading = g.Threading with { HideTopLimited = v == "yes" },
        ["strict_threads"] = (g, v) => g.Threading = g.Threading with { StrictThreads = v == "yes" },
        ["narrow_tree"] = (g, v) => g.Threading = g.Threading with { NarrowTree = v == "yes" },
        ["ascii_chars"] = (g, v) => g.Threading = g.Threading with { AsciiChars = v == "yes" },
        ["sort_re"] = (g, v) => g.Threading = g.Threading with { SortRe = v == "yes" },
        ["duplicate_threads"] = (g, v) => g.Threading = g.Threading with { DuplicateThreads = v == "yes" },
        ["sort"] = (g, v) => g.Sort = g.Sort with { Sort = Parse(v, SortVariable.Sort) },
        ["sort_aux"] = (g, v) => g.Sort = g.Sort with { SortAux = Parse(v, SortVariable.SortAux) },
        ["sort_thread_groups"] = (g, v) => g.Sort = g.Sort with { SortThreadGroups = Parse(v, SortVariable.SortThreadGroups) },
        ["limit"] = (g, v) => g.Limit = v.Split(','),
        ["collapse"] = (g, _) => g.CollapseAll = true,
    };

    private static readonly Dictionary<string, Func<List<Message>>> Folders = new()
    {
        ["md"] = TestMessages.ThreadFolder,
        ["fl"] = TestMessages.SortFolder,
        ["ps"] = TestMessages.PseudoFolder,
    };

    private GoldenIndex(List<Message> messages, string[] expected)
    {
        Messages = messages;
        Expected = expected;
    }

    /// <summary>Where the goldens are; folders too large to write out in code are JSON files below it.</summary>
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "Threading");

    public List<Message> Messages { get; }
    public string[] Expected { get; }
    public ThreadOptions Threading { get; private set; } = ThreadOptions.Default;
    public SortOptions Sort { get; private set; } = SortOptions.Default with { Sort = new SortSpec(SortMethod.Threads) };
    public string[]? Limit { get; private set; }
    public bool CollapseAll { get; private set; }

    public static GoldenIndex Load(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(Directory, name + ".txt"));
        string header = lines[0];
        string folder = header[(header.LastIndexOf(", ", StringComparison.Ordinal) + 2)..header.LastIndexOf(':')];
        var messages = Folders.TryGetValue(folder, out var make) ? make() : TestMessages.FromJson(Path.Combine(Directory, "folders", folder + ".json"));
        var golden = new GoldenIndex(messages, lines[1..]);
        string settings = header[(header.LastIndexOf(':') + 1)..];
        foreach (string setting in settings.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = setting.Split('=', 2);
            Settings[parts[0]](golden, parts[1]);
        }
        return golden;
    }

    public DisplayOrder Build()
    {
        // Mutt's ~f is a regular expression: "P1" also matches "P12".
        Predicate<Message>? limit = Limit is null ? null : m => Limit.Any(l => m.Summary.From[0].DisplayName.Contains(l, StringComparison.Ordinal));
        var order = DisplayOrder.Build(Messages, Sort, Threading, limit);
        if (CollapseAll)
            order.CollapseAll();
        return order;
    }

    public string[] Render(DisplayOrder order)
    {
        var lines = new string[order.Count];
        for (int row = 0; row < lines.Length; row++)
        {
            var summary = Messages[order[row]].Summary;
            string subject = order.ShowSubject(row) ? summary.Subject : "";
            int hidden = order.CollapsedCount(row);
            string count = hidden > 1 ? $"({hidden})" : "";
            lines[row] = $"{order.SortedPosition(row) + 1,4}|{order.TreePrefix(row)}{subject}{count}|<{summary.MessageId}>";
        }
        return lines;
    }

    private static SortSpec Parse(string value, SortVariable variable) =>
        SortSpec.TryParse(value, variable, out var spec, out string error) ? spec : throw new FormatException(error);
}
