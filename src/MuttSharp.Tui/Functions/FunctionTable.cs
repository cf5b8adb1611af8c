using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Shell;

namespace MuttSharp.Tui.Functions;

/// <summary>
/// Mutt function name to handler, per menu and kind of view: the one place keys end up. Each feature
/// registers its own functions from its own file (<c>IndexFunctions.Register(table)</c>,
/// <c>PagerFunctions.Register(table)</c>, ...), so adding a feature never edits the shell. A name must be one of
/// the menu's functions in Core's <see cref="KeyFunctions"/>. A handler registered for a view type serves only
/// views of that type, so <c>generic</c>'s moves can be registered once for every list-like menu, and a menu
/// that inherits <c>generic</c> finds <c>generic</c>'s handlers after its own.
/// </summary>
public sealed class FunctionTable
{
    private readonly Dictionary<(KeyMenu Menu, string Function), List<(Type View, FunctionHandler Handler)>> handlers = [];

    /// <summary>Registers the handler of <paramref name="function"/> in <paramref name="menu"/> for views of type <typeparamref name="TView"/>.</summary>
    /// <exception cref="ArgumentException">The menu has no function of that name.</exception>
    public void Register<TView>(KeyMenu menu, string function, Func<TView, FunctionCall, Task> handler)
        where TView : IMenuView
    {
        if (!KeyFunctions.TryFind(menu, function, out _))
            throw new ArgumentException($"{function}: no such function in the {KeyMenus.NameOf(menu)} menu", nameof(function));
        if (!handlers.TryGetValue((menu, function), out var list))
            handlers[(menu, function)] = list = [];
        // A later registration for the same view type replaces the earlier one.
        list.RemoveAll(h => h.View == typeof(TView));
        list.Insert(0, (typeof(TView), call => handler((TView)call.View, call)));
    }

    /// <summary>Registers a handler that completes at once.</summary>
    public void Register<TView>(KeyMenu menu, string function, Action<TView, FunctionCall> handler)
        where TView : IMenuView =>
        Register<TView>(menu, function, (view, call) =>
        {
            handler(view, call);
            return Task.CompletedTask;
        });

    /// <summary>
    /// The handler for <paramref name="function"/> in <paramref name="menu"/> that serves <paramref name="view"/>:
    /// the menu's own, else <c>generic</c>'s when the menu inherits it.
    /// </summary>
    public bool TryGet(KeyMenu menu, string function, IMenuView view, out FunctionHandler handler)
    {
        if (Find(menu, function, view) is { } own)
        {
            handler = own;
            return true;
        }
        if (menu != KeyMenu.Generic && KeyMenus.InheritsGeneric(menu) && Find(KeyMenu.Generic, function, view) is { } inherited)
        {
            handler = inherited;
            return true;
        }
        handler = null!;
        return false;
    }

    private FunctionHandler? Find(KeyMenu menu, string function, IMenuView view) =>
        handlers.TryGetValue((menu, function), out var list)
            ? list.Find(h => h.View.IsInstanceOfType(view)).Handler
            : null;
}
