using MuttSharp.Core.Config.Variables;

namespace MuttSharp.Core.Tests.Config.Muttrc;

public sealed class SetCommandTests : IDisposable
{
    private readonly MuttrcTestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task One_set_line_assigns_several_variables_of_every_type()
    {
        var config = await _bed.LoadAsync("set beep=no quit=ask-no wrap = 72 sort=reverse-threads mbox_type=maildir from=\"a@b.c (Ann)\" mask=\"^[a-z]\" signature=~/sig\n");

        Assert.Empty(config.Errors);
        Assert.False(config.GetBool("beep"));
        Assert.Equal(QuadOption.AskNo, config.GetQuad("quit"));
        Assert.Equal(72, config.GetNumber("wrap"));
        Assert.Equal(new SortOrder("threads", true, false), config.GetSort("sort"));
        Assert.Equal("Maildir", config.GetString("mbox_type"));
        Assert.Equal("Ann <a@b.c>", config.GetString("from"));
        Assert.Matches(config.GetRegex("mask")!, "abc");
        Assert.Equal(Path.Combine(_bed.Home, "sig"), config.GetPath("signature"));
    }

    [Fact]
    public async Task Prefixes_and_unset_toggle_reset_work_on_booleans_and_quads()
    {
        var config = await _bed.LoadAsync("""
            set nobeep invhelp
            unset markers
            toggle tilde
            set quit=no
            toggle quit
            set copy=ask-yes
            set invcopy
            set wrap=5
            set &wrap
            unset delete
            set noquit=yes
            """);

        Assert.Empty(config.Errors);
        Assert.False(config.GetBool("beep"));
        Assert.False(config.GetBool("help"));
        Assert.False(config.GetBool("markers"));
        Assert.True(config.GetBool("tilde"));
        Assert.Equal(QuadOption.Yes, config.GetQuad("quit"));
        Assert.Equal(QuadOption.AskNo, config.GetQuad("copy"));
        Assert.Equal(0, config.GetNumber("wrap"));
        Assert.Equal(QuadOption.No, config.GetQuad("delete"));
    }

    [Fact]
    public async Task Unset_or_no_prefix_on_a_number_sort_or_regex_only_queries_as_in_mutt()
    {
        var config = await _bed.LoadAsync("set wrap=5 sort=threads mask=foo\nunset wrap sort mask\nset nowrap invsort\n");

        Assert.Empty(config.Errors);
        Assert.Equal(5, config.GetNumber("wrap"));
        Assert.Equal("threads", config.GetSort("sort").Method);
        Assert.Equal("foo", config.GetString("mask"));
        Assert.Contains("wrap=5", config.Messages);
    }

    [Fact]
    public async Task Unset_clears_a_string_and_reset_all_restores_every_default()
    {
        var config = await _bed.LoadAsync("unset index_format\nset my_a=1\nunset my_a\n");
        Assert.Equal("", config.GetString("index_format"));
        Assert.Null(config.GetUserVariable("my_a"));

        await config.ExecuteAsync("set wrap=3 beep=no; reset all");
        Assert.Equal(0, config.GetNumber("wrap"));
        Assert.True(config.GetBool("beep"));
        Assert.Equal("%4C %Z %{%b %d} %-15.15L (%?l?%4l&%4c?) %s", config.GetString("index_format"));
    }

    [Fact]
    public async Task Neomutt_append_and_subtract()
    {
        var config = await _bed.LoadAsync("set wrap=70\nset wrap+=8\nset wrap -= 2\nset index_format=\"%s\"\nset index_format+=\" %d\"\nset my_x=a\nset my_x+=b\n");

        Assert.Empty(config.Errors);
        Assert.Equal(76, config.GetNumber("wrap"));
        Assert.Equal("%s %d", config.GetString("index_format"));
        Assert.Equal("ab", config.GetUserVariable("my_x"));
    }

    [Fact]
    public async Task Synonyms_set_the_variable_they_stand_for()
    {
        var config = await _bed.LoadAsync("set edit_hdrs hdr_format=\"%s\" forw_format=\"Fwd: %s\"\n");

        Assert.True(config.GetBool("edit_headers"));
        Assert.Equal("%s", config.GetString("index_format"));
        Assert.Equal("edit_hdrs is set", config.QueryVariable("edit_hdrs"));
        Assert.Equal("forward_format=\"Fwd: %s\"", config.QueryVariable("forw_format"));
    }

    [Theory]
    [InlineData("set nosuch=3", "such: unknown variable")]
    [InlineData("set bogus", "bogus: unknown variable")]
    [InlineData("set pager_context=abc", "abc: invalid value (format error)")]
    [InlineData("set pager_context=-40000", "-40000: invalid value (number overflow)")]
    [InlineData("set sort=bogus", "bogus: unknown sorting method")]
    [InlineData("set sort=reverse-reverse-date", "reverse-date: unknown sorting method")]
    [InlineData("set sort_alias=last-reverse-alias", "reverse-alias: unknown sorting method")]
    [InlineData("set quit=maybe", "maybe: invalid value")]
    [InlineData("set beep=3", "Usage: set variable=yes|no")]
    [InlineData("set nobeep=yes", "Usage: set variable=yes|no")]
    [InlineData("set mbox_type=foo", "foo: invalid mailbox type")]
    [InlineData("set &wrap=5", "value is illegal with reset")]
    [InlineData("reset nowrap", "prefix is illegal with reset")]
    [InlineData("set my_undefined", "my_undefined: unknown variable")]
    [InlineData("set wrap+5", "wrap+5: unknown variable")]
    [InlineData("set beep+=yes", "Usage: set variable=yes|no")]
    public async Task Bad_assignments_are_reported_with_file_line_and_mutts_words(string line, string message)
    {
        var config = await _bed.LoadAsync($"# comment\n{line}\nset wrap=9\n");

        Assert.Equal([$"Error in ~/muttrc, line 2: {message}", "source: errors in ~/muttrc"], MuttrcTestBed.ErrorLines(config, _bed.Home));
        Assert.Equal(9, config.GetNumber("wrap"));
    }

    [Fact]
    public async Task A_bad_value_leaves_the_variable_unchanged()
    {
        var config = await _bed.LoadAsync("set pager_context=3\nset pager_context=x\nset mask=\"(\"\n");

        Assert.Equal(3, config.GetNumber("pager_context"));
        Assert.Equal("!^\\.[^.]", config.GetString("mask"));
        Assert.StartsWith("Error in ~/muttrc, line 3: (: invalid regular expression", MuttrcTestBed.ErrorLines(config, _bed.Home)[1]);
    }

    [Fact]
    public async Task An_error_skips_the_rest_of_its_line_but_not_the_file()
    {
        var config = await _bed.LoadAsync("set wrap=1 ; bogus-command ; set wrap=2\nset beep=no\n");

        Assert.Equal(["Error in ~/muttrc, line 1: bogus-command: unknown command", "source: errors in ~/muttrc"], MuttrcTestBed.ErrorLines(config, _bed.Home));
        Assert.Equal(1, config.GetNumber("wrap"));
        Assert.False(config.GetBool("beep"));
    }
}
