using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Input;
using MuttSharp.Tui.Shell;
using MuttSharp.Tui.Tests.Support;

namespace MuttSharp.Tui.Tests.Input;

public sealed class KeyDispatcherTests
{
    private readonly RecordingShell shell = new();
    private readonly FunctionTable table = new();
    private readonly List<string> ran = [];
    private readonly FakeMenu view = new();


    public KeyDispatcherTests()
    {
        foreach (string f in new[] { "next-entry", "previous-entry", "first-entry", "next-undeleted", "limit", "delete-message", "group-reply" })
            table.Register<IMenuView>(f is "next-entry" or "first-entry" or "previous-entry" ? KeyMenu.Generic : KeyMenu.Index, f,
                (_, call) => ran.Add(call.TagPrefix ? ";" + call.Function : call.Function));
    }

    private KeyDispatcher Dispatcher(KeyMapSet? maps = null) =>
        new(maps ?? shell.Keys, KeyMenu.Index, TimeSpan.Zero, table, shell.Input);

    private void Type(KeyDispatcher d, string keys)
    {
        shell.Input.Enqueue(KeySequence.Parse(keys).Keys.Select(KeyEvent.Typed));
        while (shell.Input.TryDequeue(out var e))
            d.Dispatch(e, view, shell);
    }

    [Fact]
    public void A_bound_key_runs_its_handler()
    {
        var d = Dispatcher();
        Type(d, "j");
        Assert.Equal(["next-undeleted"], ran);
    }

    [Fact]
    public void Generic_functions_run_from_the_index()
    {
        var d = Dispatcher();
        Type(d, "J");
        Assert.Equal(["next-entry"], ran);
    }

    [Fact]
    public void The_vim_gg_waits_for_its_second_key()
    {
        var d = Dispatcher();
        Assert.Equal(KeyOutcome.Pending, d.Dispatch(KeyEvent.Typed(KeyCode.Char('g')), view, shell));
        Assert.Empty(ran);
        d.Dispatch(KeyEvent.Typed(KeyCode.Char('g')), view, shell);
        Assert.Equal(["first-entry"], ran);
    }

    [Fact]
    public void A_macro_is_typed_through_the_same_queue()
    {
        var maps = KeyProfiles.Build(KeyProfiles.Mutt);
        maps.BindMacro(KeyMenu.Index, KeySequence.Parse("X"), "jj<limit>", null);
        var d = Dispatcher(maps);
        Type(d, "X");
        Assert.Equal(["next-undeleted", "next-undeleted", "limit"], ran);
    }

    [Fact]
    public void A_macro_that_types_itself_is_stopped_and_input_flushed()
    {
        var maps = KeyProfiles.Build(KeyProfiles.Mutt);
        maps.BindMacro(KeyMenu.Index, KeySequence.Parse("X"), "X", null);
        var d = Dispatcher(maps);
        Type(d, "Xj");
        Assert.Contains(KeyMatch.MacroLoopMessage, shell.Errors);
        Assert.Empty(ran);
    }

    [Fact]
    public void An_unbound_key_says_how_to_get_help()
    {
        var d = Dispatcher();
        Type(d, "<F9>");
        Assert.Equal(["Key is not bound.  Press '?' for help."], shell.Errors);
    }

    [Fact]
    public void A_function_without_a_handler_here_is_reported_not_ignored()
    {
        var d = Dispatcher();
        Type(d, "r");
        Assert.Equal(["<reply> is not available in the index menu."], shell.Errors);
    }

    [Fact]
    public void Tag_prefix_applies_to_the_next_function_only()
    {
        var d = Dispatcher();
        Type(d, ";dd");
        Type(d, "dd");
        Assert.Equal([";delete-message", "delete-message"], ran);
    }

    [Fact]
    public void Tag_prefix_is_refused_when_nothing_is_tagged()
    {
        var d = Dispatcher();
        d.TagPrefixRefusal = () => "No tagged messages.";
        Type(d, ";dd");
        Assert.Equal(["No tagged messages."], shell.Errors);
        Assert.Equal(["delete-message"], ran);
    }

    [Fact]
    public void A_failing_handler_becomes_an_error_message()
    {
        table.Register<IMenuView>(KeyMenu.Index, "limit", (_, _) => throw new InvalidOperationException("boom"));
        var d = Dispatcher();
        Type(d, "l");
        Assert.Equal(["limit: boom"], shell.Errors);
    }

    [Fact]
    public void An_expired_prefix_runs_what_generic_binds()
    {
        var maps = KeyProfiles.Build(KeyProfiles.Mutt);
        maps.TryBindFunction(KeyMenu.Index, KeySequence.Parse("zz"), "limit");
        maps.TryBindFunction(KeyMenu.Generic, KeySequence.Parse("z"), "next-entry");
        var d = Dispatcher(maps);
        Type(d, "z");
        Assert.Empty(ran);
        d.Expire(view, shell);
        Assert.Equal(["next-entry"], ran);
    }
}
