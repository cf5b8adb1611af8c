using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Functions;

namespace MuttSharp.Tui.Tests.Functions;

public sealed class FunctionTableTests
{
    private static readonly FunctionHandler Nothing = _ => Task.CompletedTask;

    [Fact]
    public void A_generic_handler_serves_menus_that_inherit_generic_but_not_the_pager()
    {
        var table = new FunctionTable();
        table.Register(KeyMenu.Generic, "help", Nothing);
        Assert.True(table.TryGet(KeyMenu.Index, "help", out _));
        Assert.False(table.TryGet(KeyMenu.Pager, "help", out _));
    }

    [Fact]
    public void A_menus_own_handler_wins_over_generic()
    {
        var table = new FunctionTable();
        FunctionHandler own = _ => Task.CompletedTask;
        table.Register(KeyMenu.Generic, "exit", Nothing);
        table.Register(KeyMenu.Index, "exit", own);
        Assert.True(table.TryGet(KeyMenu.Index, "exit", out var found));
        Assert.Same(own, found);
    }

    [Fact]
    public void A_name_the_menu_does_not_have_is_refused()
    {
        var table = new FunctionTable();
        var error = Assert.Throws<ArgumentException>(() => table.Register(KeyMenu.Pager, "limit", Nothing));
        Assert.StartsWith("limit: no such function in the pager menu", error.Message);
    }

    [Fact]
    public void Registered_lists_own_and_inherited_names()
    {
        var table = new FunctionTable();
        table.Register(KeyMenu.Generic, "help", Nothing);
        table.Register(KeyMenu.Index, "limit", Nothing);
        Assert.Equal(["help", "limit"], table.Registered(KeyMenu.Index).Order());
    }
}
