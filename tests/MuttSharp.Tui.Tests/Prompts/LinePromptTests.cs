using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Prompts;

namespace MuttSharp.Tui.Tests.Prompts;

public sealed class LinePromptTests
{
    private readonly PromptHistory history = new();

    private LinePrompt Prompt(string initial = "", Func<string, string?>? complete = null, PromptHistoryKind kind = PromptHistoryKind.Pattern) =>
        new(new PromptRequest("Limit: ", initial, kind, complete), KeyProfiles.Build(KeyProfiles.Mutt), history, TimeSpan.Zero);

    private static PromptState Type(LinePrompt prompt, string keys)
    {
        var state = PromptState.Editing;
        foreach (var key in KeySequence.Parse(keys).Keys)
            state = prompt.Feed(KeyEvent.Typed(key));
        return state;
    }

    [Theory]
    [InlineData("hello world", @"\Ca", "hello world", 0)]
    [InlineData("hello world", @"\Ca\Ce", "hello world", 11)]
    [InlineData("hello world", @"\Cb\Cb\Ck", "hello wor", 9)]
    [InlineData("hello world", @"\Ca\Cd", "ello world", 0)]
    [InlineData("hello world", @"\Cw", "hello ", 6)]
    [InlineData("hello world", @"\Cb\Cb\Cu", "ld", 0)]
    [InlineData("hello world", "<backspace><backspace>", "hello wor", 9)]
    [InlineData("hello world", @"<left><left>X", "hello worXld", 10)]
    [InlineData("hello world", @"\Ca\Cf\CfX", "heXllo world", 3)]
    public void Mutts_editor_keys_edit_the_line(string initial, string keys, string text, int cursor)
    {
        var prompt = Prompt(initial);
        Assert.Equal(PromptState.Editing, Type(prompt, keys));
        Assert.Equal(text, prompt.Editor.Text);
        Assert.Equal(cursor, prompt.Editor.Cursor);
    }

    [Fact]
    public void Enter_accepts_and_remembers_the_line()
    {
        var prompt = Prompt();
        Assert.Equal(PromptState.Accepted, Type(prompt, "~N<enter>"));
        Assert.Equal("~N", prompt.Editor.Text);
        Assert.Equal(["~N"], history[PromptHistoryKind.Pattern]);
    }

    [Fact]
    public void Control_G_cancels()
    {
        Assert.Equal(PromptState.Cancelled, Type(Prompt("x"), @"\Cg"));
    }

    [Fact]
    public void A_lone_escape_cancels_when_the_timeout_runs_out()
    {
        var prompt = Prompt("x");
        Assert.Equal(PromptState.Editing, Type(prompt, "<esc>"));
        Assert.Equal(PromptState.Cancelled, prompt.Expire());
    }

    [Fact]
    public void Escape_then_a_letter_runs_the_word_function()
    {
        var prompt = Prompt("hello world");
        Type(prompt, "<esc>b<esc>u");
        Assert.Equal("hello WORLD", prompt.Editor.Text);
    }

    [Fact]
    public void Up_and_down_walk_the_history_of_the_same_kind_and_come_back_to_the_draft()
    {
        history.Add(PromptHistoryKind.Pattern, "~F");
        history.Add(PromptHistoryKind.Pattern, "~N");
        history.Add(PromptHistoryKind.Mailbox, "=sent");
        var prompt = Prompt("dra");
        Type(prompt, "<up>");
        Assert.Equal("~N", prompt.Editor.Text);
        Type(prompt, "<up><up>");
        Assert.Equal("~F", prompt.Editor.Text);
        Type(prompt, "<down><down>");
        Assert.Equal("dra", prompt.Editor.Text);
    }

    [Fact]
    public void Tab_runs_the_completion_hook()
    {
        var prompt = Prompt("=in", complete: s => s == "=in" ? "=inbox" : null);
        Type(prompt, "<tab>");
        Assert.Equal("=inbox", prompt.Editor.Text);
        Type(prompt, "<tab>");
        Assert.True(prompt.CompletionFailed);
    }

    [Fact]
    public void Quote_char_types_the_next_key_literally()
    {
        var prompt = Prompt();
        Type(prompt, @"a\Cv\Cub");
        Assert.Equal("ab", prompt.Editor.Text);
        Assert.Equal(PromptState.Editing, prompt.State);
    }
}
