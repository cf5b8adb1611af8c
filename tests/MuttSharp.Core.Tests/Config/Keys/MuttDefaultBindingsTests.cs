using System.Text.RegularExpressions;
using MuttSharp.Core.Config.Keys;

namespace MuttSharp.Core.Tests.Config.Keys;

/// <summary>
/// The mutt profile against the reference list of Mutt's default bindings (TestData copy of
/// reference/mua.md §2), entry by entry, in both directions.
/// </summary>
public sealed partial class MuttDefaultBindingsTests
{
    private static readonly KeyMapSet Mutt = KeyProfiles.Build(KeyProfiles.Mutt);

    public static TheoryData<string, string, string> ReferenceEntries()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (menu, keys, function) in ReadReference())
            data.Add(KeyMenus.NameOf(menu), keys.ToString(), function);
        return data;
    }

    [Theory]
    [MemberData(nameof(ReferenceEntries))]
    public void EveryReferenceBindingIsBoundInTheMuttProfile(string menu, string keys, string function)
    {
        KeyMenus.TryParse(menu, out var m);
        var sequence = ReadReference().First(e => e.Menu == m && e.Keys.ToString() == keys).Keys;
        var binding = Mutt[m].Find(sequence);
        Assert.NotNull(binding);
        Assert.Equal(function, binding.Function);
    }

    [Theory]
    [InlineData("generic")]
    [InlineData("index")]
    [InlineData("pager")]
    public void TheMuttProfileBindsNothingTheReferenceDoesNotList(string menu)
    {
        KeyMenus.TryParse(menu, out var m);
        var listed = ReadReference().Where(e => e.Menu == m).Select(e => (e.Keys, e.Function)).ToHashSet();
        var extra = Mutt[m].Bindings.Where(b => !listed.Contains((b.Keys, b.Function!))).Select(b => $"{b.Keys} {b.Function}");
        Assert.Empty(extra);
    }

    [Fact]
    public void TheReferenceListIsReadCompletely()
    {
        var entries = ReadReference();
        Assert.Equal(43, entries.Count(e => e.Menu == KeyMenu.Generic));
        Assert.Contains(entries, e => e.Menu == KeyMenu.Index && e.Keys.ToString() == "<Esc><Tab>" && e.Function == "previous-new-then-unread");
        Assert.Contains(entries, e => e.Menu == KeyMenu.Pager && e.Keys.ToString() == "\\" && e.Function == "search-toggle");
    }

    private static List<(KeyMenu Menu, KeySequence Keys, string Function)> ReadReference()
    {
        var result = new List<(KeyMenu, KeySequence, string)>();
        foreach (string line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "Keys", "mutt-default-bindings.md")))
        {
            var header = MenuHeader().Match(line);
            if (!header.Success)
                continue;
            KeyMenus.TryParse(header.Groups[1].Value.ToLowerInvariant(), out var menu);
            string body = line[(line.IndexOf(':') + 1)..].Trim().TrimEnd('.');
            foreach (string item in body.Split("; "))
            {
                var keys = Backticked().Matches(item).Select(m => m.Groups[1].Value).ToList();
                string function = item[(item.LastIndexOf('`') + 1)..].Trim().Split(' ')[0];
                if (item.Contains("`1`-`9`"))
                {
                    foreach (char d in "123456789")
                        result.Add((menu, new KeySequence([KeyCode.Char(d)]), function));
                    continue;
                }
                foreach (string k in keys)
                    result.Add((menu, FromReference(k), function));
            }
        }
        return result;
    }

    // The reference writes ^X for Ctrl-X and "Esc x" for Esc then x.
    private static KeySequence FromReference(string written)
    {
        if (written.StartsWith("Esc ", StringComparison.Ordinal))
            return new KeySequence([KeyCode.Escape, .. FromReference(written[4..]).Keys]);
        if (written.Length == 2 && written[0] == '^')
            return new KeySequence([KeyCode.Ctrl(written[1])]);
        if (written.StartsWith('<'))
            return KeySequence.Parse(written);
        return new KeySequence(written.Select(c => KeyCode.Char(c)));
    }

    [GeneratedRegex(@"^\*\*(Generic|Index|Pager) menu\*\*")]
    private static partial Regex MenuHeader();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();
}
