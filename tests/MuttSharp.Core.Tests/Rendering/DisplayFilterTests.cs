using MuttSharp.Core.Config;
using MuttSharp.Core.Rendering;

namespace MuttSharp.Core.Tests.Rendering;

public sealed class DisplayFilterTests
{
    private const string Message = "From: Alice <a@x>\nSubject: Hi\n\nhello bob\n> quoted\n";

    [Fact]
    public async Task The_decoded_weeded_text_goes_through_the_command_and_its_output_is_shown()
    {
        var text = await RenderHelper.RenderAsync(Message, RenderSettings.Default with { Ignore = ["from"] });

        var result = await new DisplayFilter("tr a-z A-Z").ApplyAsync(text, 80);

        Assert.Null(result.Error);
        Assert.Equal(["SUBJECT: HI", "", "HELLO BOB", "> QUOTED"], result.Text.LayoutText(80));
        Assert.Equal([LineKind.Header, LineKind.Body, LineKind.Body, LineKind.Quoted], result.Text.Lines.Select(l => l.Kind));
    }

    [Fact]
    public async Task The_command_sees_the_screen_width_in_COLUMNS()
    {
        var text = await RenderHelper.RenderAsync("x: y\n\nbody\n");

        var result = await new DisplayFilter("cat >/dev/null; echo; echo \"$COLUMNS\"").ApplyAsync(text, 61);

        Assert.Equal("61", result.Text.Lines[^1].Text);
    }

    [Fact]
    public async Task A_missing_command_says_so_and_leaves_the_text_unfiltered()
    {
        var text = await RenderHelper.RenderAsync(Message);

        var result = await new DisplayFilter("no-such-filter-anywhere --x").ApplyAsync(text, 80);

        Assert.Same(text, result.Text);
        Assert.StartsWith("display_filter no-such-filter-anywhere --x: ", result.Error);
        Assert.Contains("not found", result.Error);
    }

    [Fact]
    public async Task A_failing_command_gives_its_exit_status_and_the_unfiltered_text()
    {
        var text = await RenderHelper.RenderAsync(Message);

        var result = await new DisplayFilter("cat >/dev/null; exit 3").ApplyAsync(text, 80);

        Assert.Same(text, result.Text);
        Assert.Equal("display_filter cat >/dev/null; exit 3: exit status 3", result.Error);
    }

    [Fact]
    public async Task A_command_over_command_time_limit_is_killed()
    {
        var text = await RenderHelper.RenderAsync(Message);
        var filter = new DisplayFilter("exec sleep 30") { CommandTimeLimit = TimeSpan.FromMilliseconds(200) };

        var result = await filter.ApplyAsync(text, 80);

        Assert.Same(text, result.Text);
        Assert.EndsWith("(command_time_limit)", result.Error);
    }

    [Fact]
    public async Task Escapes_in_the_output_are_stripped_unless_allow_ansi_keeps_their_colours()
    {
        const string Command = "cat >/dev/null; printf 'a\\033[31mred\\033[0m\\033]0;t\\007\\033[2J\\n'";
        var plain = await RenderHelper.RenderAsync("\nx\n");
        var ansi = await RenderHelper.RenderAsync("\nx\n", RenderSettings.Default with { AllowAnsi = true });

        var stripped = await new DisplayFilter(Command).ApplyAsync(plain, 80);
        var coloured = await new DisplayFilter(Command).ApplyAsync(ansi, 80);

        Assert.Equal("ared", stripped.Text.Lines.Single().Text);
        Assert.Null(stripped.Text.Lines.Single().Styles);
        Assert.Equal("ared", coloured.Text.Lines.Single().Text);
        Assert.Equal(1, Assert.Single(coloured.Text.Lines.Single().Styles!).Start);
    }

    [Fact]
    public async Task Message_data_reaches_the_command_only_on_its_standard_input()
    {
        string marker = Path.Combine(Path.GetTempPath(), "muttsharp-filter-" + Guid.NewGuid().ToString("N"));
        var text = await RenderHelper.RenderAsync($"Subject: $(touch {marker})\n\n`touch {marker}`\n");

        var result = await new DisplayFilter("cat").ApplyAsync(text, 80);

        Assert.Null(result.Error);
        Assert.Equal($"Subject: $(touch {marker})", result.Text.Lines[0].Text);
        Assert.False(File.Exists(marker));
    }

    [Fact]
    public void It_is_made_only_when_display_filter_is_set()
    {
        var config = new MuttConfig();
        Assert.Null(DisplayFilter.FromConfig(config));

        Assert.True(config.TrySetVariable("display_filter", "fmt -w 60", out _));

        Assert.Equal("fmt -w 60", DisplayFilter.FromConfig(config)!.Command);
    }
}
