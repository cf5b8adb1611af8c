namespace MuttSharp.Core.Tests.Config.Muttrc;

/// <summary>Reading files: continuation lines, sourcing, loops, guards, and where errors are said to be.</summary>
public sealed class MuttrcInterpreterTests : IDisposable
{
    private readonly MuttrcTestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task A_backslash_continues_a_line_and_errors_name_its_last_line_as_mutt_does()
    {
        var config = await _bed.LoadAsync("set wrap=\\\n7\nset \\\n  bogus=1\n");

        Assert.Equal(7, config.GetNumber("wrap"));
        Assert.Equal(["Error in ~/muttrc, line 4: bogus: unknown variable", "source: errors in ~/muttrc"], MuttrcTestBed.ErrorLines(config, _bed.Home));
    }

    [Fact]
    public async Task Crlf_line_ends_are_accepted()
    {
        var config = await _bed.LoadAsync("set wrap=7\r\nset beep=no\r\n");

        Assert.Empty(config.Errors);
        Assert.Equal(7, config.GetNumber("wrap"));
        Assert.False(config.GetBool("beep"));
    }

    [Fact]
    public async Task Source_reads_files_with_paths_expanded_and_a_sourced_files_errors_name_that_file()
    {
        _bed.Write(".mutt/colors", "set wrap=11\nset oops\n");
        var config = await _bed.LoadAsync("source ~/.mutt/colors\nset beep=no\n");

        Assert.Equal(11, config.GetNumber("wrap"));
        Assert.False(config.GetBool("beep"));
        Assert.Equal(
            [
                "Error in ~/.mutt/colors, line 2: oops: unknown variable",
                "Error in ~/muttrc, line 1: source: errors in ~/.mutt/colors",
                "source: errors in ~/muttrc",
            ],
            MuttrcTestBed.ErrorLines(config, _bed.Home));
    }

    [Fact]
    public async Task Source_of_a_missing_file_says_so()
    {
        var config = await _bed.LoadAsync("source ~/nonexistent.rc\n");

        Assert.Equal(["Error in ~/muttrc, line 1: ~/nonexistent.rc: No such file or directory", "source: errors in ~/muttrc"], MuttrcTestBed.ErrorLines(config, _bed.Home));
    }

    [Fact]
    public async Task Source_of_a_command_ending_in_a_pipe_reads_its_output()
    {
        var config = await _bed.LoadAsync("source \"printf 'set wrap=33\\\\nset my_x=piped\\\\n'|\"\n");

        Assert.Empty(config.Errors);
        Assert.Equal(33, config.GetNumber("wrap"));
        Assert.Equal("piped", config.GetUserVariable("my_x"));
    }

    [Fact]
    public async Task A_file_that_sources_itself_is_stopped_with_an_error_instead_of_looping()
    {
        _bed.Write("b.rc", "set wrap=2\nsource ~/muttrc\n");
        var config = await _bed.LoadAsync("set wrap=1\nsource ~/b.rc\nset beep=no\n");

        Assert.Equal(2, config.GetNumber("wrap"));
        Assert.False(config.GetBool("beep"));
        Assert.Equal("Error in ~/b.rc, line 2: source: ~/muttrc is already being read (source loop)", MuttrcTestBed.ErrorLines(config, _bed.Home)[0]);
    }

    [Fact]
    public async Task Relative_source_paths_are_relative_to_the_working_directory_which_cd_changes()
    {
        _bed.Write("conf/extra.rc", "set wrap=44\n");
        var config = await _bed.LoadAsync("cd ~/conf\nsource extra.rc\n");

        Assert.Empty(config.Errors);
        Assert.Equal(44, config.GetNumber("wrap"));
        Assert.Equal(Path.Combine(_bed.Home, "conf"), config.Environment.WorkingDirectory);
    }

    [Fact]
    public async Task Finish_stops_the_current_file_only()
    {
        _bed.Write("part.rc", "set wrap=1\nfinish\nset wrap=2\n");
        var config = await _bed.LoadAsync("source ~/part.rc\nset beep=no\n");

        Assert.Empty(config.Errors);
        Assert.Equal(1, config.GetNumber("wrap"));
        Assert.False(config.GetBool("beep"));
    }

    [Fact]
    public async Task Ifdef_and_ifndef_run_their_command_by_whether_the_symbol_is_known()
    {
        var config = await _bed.LoadAsync("""
            ifdef sidebar_visible "set my_a=yes"
            ifdef no_such_thing "set my_b=yes"
            ifndef no_such_thing 'set my_c=yes'
            ifdef color 'set my_d=yes'
            ifdef folder-hook 'set my_e=yes'
            ifdef folder 'set bogus'
            """);

        Assert.Equal("yes", config.GetUserVariable("my_a"));
        Assert.Null(config.GetUserVariable("my_b"));
        Assert.Equal("yes", config.GetUserVariable("my_c"));
        Assert.Equal("yes", config.GetUserVariable("my_d"));
        Assert.Equal("yes", config.GetUserVariable("my_e"));
        Assert.Equal(["Error in ~/muttrc, line 6: bogus: unknown variable", "source: errors in ~/muttrc"], MuttrcTestBed.ErrorLines(config, _bed.Home));
    }

    [Fact]
    public async Task An_unbalanced_quote_is_an_error_naming_where_it_starts_and_the_command_is_not_run()
    {
        var config = await _bed.LoadAsync("set wrap=5\nset index_format=\"%s %d\nset beep=no\n");

        Assert.Equal(["Error in ~/muttrc, line 2: set: unbalanced quote: \"%s %d", "source: errors in ~/muttrc"], MuttrcTestBed.ErrorLines(config, _bed.Home));
        Assert.Equal("%4C %Z %{%b %d} %-15.15L (%?l?%4l&%4c?) %s", config.GetString("index_format"));
        Assert.False(config.GetBool("beep"));
    }

    [Fact]
    public async Task Mismatched_backticks_are_an_error()
    {
        var config = await _bed.LoadAsync("set my_a=`echo x\n");

        Assert.Equal(["Error in ~/muttrc, line 1: mismatched backticks", "source: errors in ~/muttrc"], MuttrcTestBed.ErrorLines(config, _bed.Home));
        Assert.Null(config.GetUserVariable("my_a"));
    }

    [Fact]
    public async Task Commands_given_like_minus_e_are_labelled_command_line()
    {
        var config = _bed.NewConfig();

        Assert.True(await config.ExecuteAsync("set wrap=3"));
        Assert.False(await config.ExecuteAsync("set bogus"));

        Assert.Equal(3, config.GetNumber("wrap"));
        Assert.Equal(["Error in command line: bogus: unknown variable"], config.Errors.Select(error => error.ToString()));
    }

    [Fact]
    public async Task Unknown_commands_are_reported_and_the_next_line_still_loads()
    {
        var config = await _bed.LoadAsync("frobnicate now\nunbind index j\nset wrap=1\n");

        Assert.Equal(
            ["Error in ~/muttrc, line 1: frobnicate: unknown command", "Error in ~/muttrc, line 2: unbind: unknown command", "source: errors in ~/muttrc"],
            MuttrcTestBed.ErrorLines(config, _bed.Home));
        Assert.Equal(1, config.GetNumber("wrap"));
    }
}
