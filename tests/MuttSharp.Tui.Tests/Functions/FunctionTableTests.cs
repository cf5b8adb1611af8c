using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Shell;
using MuttSharp.Tui.Tests.Support;

namespace MuttSharp.Tui.Tests.Functions;

public sealed class FunctionTableTests
{
    private static void Nothing(IMenuView view, FunctionCall call)
    {
    }

    [Fact]
    public void A_generic_handler_serves_menus_that_inherit_generic_but_not_the_pager()
    {
        var table = new FunctionTable();
        table.Register<IMenuView>(KeyMenu.Generic, "help", Nothing);
        Assert.True(table.TryGet(KeyMenu.Index, "help", new FakeMenu(), out _));
        Assert.False(table.TryGet(KeyMenu.Pager, "help", new FakeMenu(KeyMenu.Pager), out _));
    }

    [Fact]
    public async Task A_menus_own_handler_wins_over_generic()
    {
        var table = new FunctionTable();
        string? ran = null;
        table.Register<IMenuView>(KeyMenu.Generic, "exit", (_, _) => ran = "generic");
        table.Register<IMenuView>(KeyMenu.Index, "exit", (_, _) => ran = "index");
        var view = new FakeMenu();
        Assert.True(table.TryGet(KeyMenu.Index, "exit", view, out var found));
        await found(new FunctionCall("exit", KeyMenu.Index, view, new RecordingShell(), false));
        Assert.Equal("index", ran);
    }

    [Fact]
    public void A_handler_serves_only_views_of_its_type()
    {
        var table = new FunctionTable();
        table.Register<OtherFakeMenu>(KeyMenu.Generic, "exit", (_, _) => { });
        Assert.False(table.TryGet(KeyMenu.Index, "exit", new FakeMenu(), out _));
        Assert.True(table.TryGet(KeyMenu.Index, "exit", new OtherFakeMenu(), out _));
    }

    [Fact]
    public void A_name_the_menu_does_not_have_is_refused()
    {
        var table = new FunctionTable();
        var error = Assert.Throws<ArgumentException>(() => table.Register<IMenuView>(KeyMenu.Pager, "limit", Nothing));
        Assert.StartsWith("limit: no such function in the pager menu", error.Message);
    }
}
