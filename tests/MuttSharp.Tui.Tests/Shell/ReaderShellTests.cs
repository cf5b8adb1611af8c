using MuttSharp.Tui.Help;
using MuttSharp.Tui.Tests.Support;

namespace MuttSharp.Tui.Tests.Shell;

public sealed class ReaderShellTests
{
    [Fact]
    public async Task The_screen_is_help_line_index_status_line_and_bottom_line()
    {
        using var h = await ReaderHarness.StartAsync(messages: 30);
        var lines = h.Lines;
        Assert.StartsWith("q:Quit  dd:Del  u:Undel  s:Save", lines[0]);
        Assert.Contains("[Msgs:30", lines[^2]);
        Assert.Equal("", lines[^1].Trim());
        Assert.Equal(17, lines.Skip(1).Take(17).Count(l => l.Trim().Length > 0));
    }

    [Fact]
    public async Task Unset_help_gives_the_top_line_to_the_index()
    {
        using var h = await ReaderHarness.StartAsync(muttrc: "unset help\n");
        Assert.StartsWith("   1", h.Lines[0]);
    }

    [Fact]
    public async Task An_unbound_key_is_reported_on_the_bottom_line_and_cleared_by_the_next_key()
    {
        using var h = await ReaderHarness.StartAsync();
        h.Type("<F12>");
        Assert.Equal("Key is not bound.  Press '?' for help.", h.BottomLine);
        h.Type("j");
        Assert.Equal("", h.BottomLine);
    }

    [Fact]
    public async Task Colon_runs_a_muttrc_command_live()
    {
        using var h = await ReaderHarness.StartAsync();
        h.Type(":set arrow_cursor");
        Assert.Equal(":set arrow_cursor", h.BottomLine);
        h.Type("<enter>");
        Assert.True(h.Reader.Index.ArrowCursor);
        Assert.StartsWith("->", h.Lines[1]);
    }

    [Fact]
    public async Task A_bad_command_shows_Mutts_error()
    {
        using var h = await ReaderHarness.StartAsync();
        h.Type(":set frobnicate=1<enter>");
        Assert.Equal("frobnicate: unknown variable", h.BottomLine);
    }

    [Fact]
    public async Task A_binding_made_with_colon_takes_effect_at_once()
    {
        using var h = await ReaderHarness.StartAsync();
        h.Type(":bind index X last-entry<enter>");
        h.Type("X");
        Assert.Equal(29, h.Reader.Index.CursorRow);
    }

    [Fact]
    public async Task A_macro_types_into_the_prompt_it_opens()
    {
        using var h = await ReaderHarness.StartAsync(muttrc: "macro index X \":set menu_scroll<enter>j\"\n");
        h.Type("X");
        Assert.True(h.Reader.Config.GetBool("menu_scroll"));
        Assert.Equal(1, h.Reader.Index.CursorRow);
    }

    [Fact]
    public async Task The_line_editor_keys_work_on_the_bottom_line()
    {
        using var h = await ReaderHarness.StartAsync();
        h.Type(@":abc\Cax\Ce\Cb\Cd");
        Assert.Equal(":xab", h.BottomLine);
        h.Type(@"\Cb\Cu");
        Assert.Equal(":b", h.BottomLine);
        h.Type(@"\Cg");
        Assert.Equal("", h.BottomLine);
        Assert.False(h.Shell.IsPrompting);
    }

    [Fact]
    public async Task Up_recalls_the_previous_command()
    {
        using var h = await ReaderHarness.StartAsync();
        h.Type(":set arrow_cursor<enter>");
        h.Type(":<up>");
        Assert.Equal(":set arrow_cursor", h.BottomLine);
    }

    [Fact]
    public async Task Quit_asks_as_the_quit_variable_says()
    {
        using var h = await ReaderHarness.StartAsync(muttrc: "set quit=ask-no\n");
        bool quit = false;
        h.Shell.Quitting += (_, _) => quit = true;
        h.Type("q");
        Assert.Equal("Quit MuttSharp? (yes/[no]):", h.BottomLine);
        h.Type("<enter>");
        Assert.False(quit);
        h.Type("qy");
        Assert.True(quit);
    }

    [Fact]
    public async Task Help_lists_the_bindings_in_force_and_q_comes_back()
    {
        using var h = await ReaderHarness.StartAsync(muttrc: "bind index X last-entry\n");
        h.Type("?");
        var help = Assert.IsType<HelpView>(h.Shell.Top);
        Assert.Contains(help.Lines, l => l.StartsWith("X ", StringComparison.Ordinal) && l.Contains("last-entry"));
        Assert.StartsWith("index bindings:", h.Lines[1]);
        Assert.Contains("Help for index", h.Lines[^2]);
        h.Type("q");
        Assert.Same(h.Reader.Index, h.Shell.Top);
    }

    [Fact]
    public async Task The_shell_escape_hands_the_command_to_the_terminal()
    {
        using var h = await ReaderHarness.StartAsync();
        string? ran = null;
        h.Shell.ExternalRunner = job =>
        {
            ran = job.CommandLine;
            return Task.FromResult(0);
        };
        h.Type("!echo hi<enter>");
        Assert.Equal("echo hi", ran);
    }

    [Fact]
    public async Task A_smaller_terminal_redraws_with_the_status_line_at_its_new_bottom()
    {
        using var h = await ReaderHarness.StartAsync();
        h.App.Driver!.SetScreenSize(60, 10);
        var lines = h.Lines;
        Assert.Equal(10, lines.Length);
        Assert.Contains("[Msgs:30", lines[^2]);
    }

    [Fact]
    public async Task Escape_sequences_in_headers_never_reach_the_terminal()
    {
        using var h = await ReaderHarness.StartAsync(messages: 3, prepare: folder =>
        {
            File.WriteAllText(Path.Combine(folder, "new", "1700000000.hostile.host"),
                "From: \u001b]0;pwned\u0007Evil <e@x>\nSubject: \u001b[2J\u001b[31mred\u009b1mX\u202Ereversed\nDate: Mon, 1 Jan 2024 00:00:00 +0000\n\nbody\n");
        });
        string ansi = h.App.Driver!.ToAnsi();
        Assert.DoesNotContain("\u001b]0;", ansi);
        Assert.DoesNotContain("\u001b[2J", ansi);
        Assert.DoesNotContain('\u202E', ansi);
        Assert.Contains(h.Lines, l => l.Contains("red") && l.Contains("reversed"));
    }
}
