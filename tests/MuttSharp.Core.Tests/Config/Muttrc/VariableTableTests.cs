using System.Text.RegularExpressions;
using MuttSharp.Core.Config.Variables;

namespace MuttSharp.Core.Tests.Config.Muttrc;

public sealed class VariableTableTests
{
    [Fact]
    public void Every_variable_mutt_2_2_documents_is_there_with_a_description_plus_muttsharps_own()
    {
        var table = VariableTable.Default;

        Assert.Equal(418 + 3, table.All.Count);
        Assert.Equal(table.All.Count, table.All.Select(definition => definition.Name).Distinct().Count());
        Assert.All(table.All, definition => Assert.False(string.IsNullOrWhiteSpace(definition.Description), definition.Name));
        Assert.Equal(["abort_noattach", "abort_noattach_regexp"], table.All.Take(2).Select(definition => definition.Name));
        Assert.Equal(["theme", "keymap", "key_timeout"], table.All.TakeLast(3).Select(definition => definition.Name));
        Assert.Equal(197, table.All.Count(definition => definition.Type == VariableType.Boolean));
        Assert.Equal(27, table.All.Count(definition => definition.Type == VariableType.Quad));
        Assert.Equal(8, table.All.Count(definition => definition.Type == VariableType.Sort));
    }

    [Theory]
    [InlineData("edit_hdrs", "edit_headers")]
    [InlineData("hdr_format", "index_format")]
    [InlineData("xterm_set_titles", "ts_enabled")]
    [InlineData("pgp_self_encrypt_as", "pgp_default_key")]
    [InlineData("envelope_from", "use_envelope_from")]
    public void Synonyms_resolve_to_the_variable_they_stand_for(string synonym, string name)
    {
        Assert.True(VariableTable.Default.TryFind(synonym, out var definition));
        Assert.Equal(name, definition.Name);
    }

    [Fact]
    public void Sort_variables_know_their_method_sets()
    {
        Assert.Equal("messages", Find("sort").SortMethods);
        Assert.Equal("aux", Find("sort_aux").SortMethods);
        Assert.Equal("sidebar", Find("sidebar_sort_method").SortMethods);
        Assert.Equal("keys", Find("pgp_sort_keys").SortMethods);
    }

    [Fact]
    public void A_malformed_table_row_is_refused_with_its_line()
    {
        var error = Assert.Throws<InvalidDataException>(() => VariableTable.Parse("good\tbool\tyes\tn\tok\nbad\tnosuchtype\tx\tn\tdesc\n"));

        Assert.Contains("line 2", error.Message);
    }

    [Fact]
    public void The_documentation_lists_exactly_the_variables_not_acted_on_yet()
    {
        string doc = File.ReadAllText(RepositoryFile("docs/muttrc.md"));
        int start = doc.IndexOf("### Variables accepted and shown but not acted on yet", StringComparison.Ordinal);
        int end = doc.IndexOf("\n## ", start, StringComparison.Ordinal);
        string section = doc[start..end];
        string listed = section[section.LastIndexOf("\n\n", section.Length - 3, StringComparison.Ordinal)..];

        var documented = Regex.Matches(listed, "`([a-z0-9_]+)`").Select(match => match.Groups[1].Value).Order().ToList();
        var table = VariableTable.Default.All.Where(definition => !definition.Acted).Select(definition => definition.Name).Order().ToList();

        Assert.Equal(table, documented);
    }

    private static VariableDefinition Find(string name)
    {
        Assert.True(VariableTable.Default.TryFind(name, out var definition));
        return definition;
    }

    private static string RepositoryFile(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MuttSharp.sln")))
                return Path.Combine(directory.FullName, name);
        }
        throw new FileNotFoundException("repository root not found above " + AppContext.BaseDirectory);
    }
}
