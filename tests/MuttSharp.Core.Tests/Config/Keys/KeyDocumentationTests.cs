using System.Text;
using MuttSharp.Core.Config.Keys;

namespace MuttSharp.Core.Tests.Config.Keys;

/// <summary>
/// docs/keys.md carries the key tables of both profiles; this keeps them equal to the data.
/// Set MUTTSHARP_UPDATE_DOCS=1 to rewrite the generated part after changing the tables.
/// </summary>
public sealed class KeyDocumentationTests
{
    private const string Begin = "<!-- BEGIN GENERATED KEY TABLES -->";
    private const string End = "<!-- END GENERATED KEY TABLES -->";

    [Fact]
    public void TheKeyTablesInTheDocumentationMatchTheData()
    {
        string path = Path.Combine(RepositoryFiles.Root, "docs", "keys.md");
        string doc = File.ReadAllText(path);
        int from = doc.IndexOf(Begin, StringComparison.Ordinal);
        int to = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, "docs/keys.md lacks the generated-tables markers");
        string generated = Generate();
        string current = doc[(from + Begin.Length)..to];
        if (current != generated && Environment.GetEnvironmentVariable("MUTTSHARP_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, doc[..(from + Begin.Length)] + generated + doc[to..]);
            return;
        }
        Assert.Equal(generated, current);
    }

    private static string Generate()
    {
        var mutt = KeyProfiles.Build(KeyProfiles.Mutt);
        var vim = KeyProfiles.Build(KeyProfiles.Vim);
        var sb = new StringBuilder("\n");
        foreach (var menu in KeyMenus.All)
        {
            sb.Append("\n### ").Append(KeyMenus.NameOf(menu)).Append("\n\n");
            sb.Append("| function | mutt | vim | what it does |\n|---|---|---|---|\n");
            var names = KeyFunctions.For(menu).Select(f => f.Name).ToList();
            if (KeyMenus.InheritsGeneric(menu))
            {
                // Generic functions this menu binds keys to itself (the index's x exit, ...).
                names.AddRange(mutt[menu].Bindings.Concat(vim[menu].Bindings)
                    .Select(b => b.Function).OfType<string>()
                    .Where(f => f != KeyBinding.Noop && !names.Contains(f)).Distinct().Order(StringComparer.Ordinal));
            }
            foreach (string name in names)
            {
                sb.Append("| `").Append(name).Append("` | ")
                    .Append(Keys(mutt[menu], name)).Append(" | ")
                    .Append(Keys(vim[menu], name)).Append(" | ")
                    .Append(KeyFunctions.Describe(name)).Append(" |\n");
            }
        }
        return sb.Append('\n').ToString();
    }

    private static string Keys(KeyMap map, string function) =>
        string.Join(" ", map.KeysFor(function).Select(k => "`" + Escape(k.ToString()) + "`"));

    private static string Escape(string keys) => keys.Replace("|", "\\|", StringComparison.Ordinal);
}
