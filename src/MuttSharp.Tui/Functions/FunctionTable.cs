using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Shell;

namespace MuttSharp.Tui.Functions;

/// <summary>
/// Mutt function name to handler, per menu: the one place keys end up. Each feature registers its own
/// functions from its own file (<c>IndexFunctions.Register(table, ...)</c>, <c>PagerFunctions.Register</c>,
/// ...), so adding a feature never edits the shell. A name must be one of the menu's functions in Core's
/// <see cref="KeyFunctions"/>; a menu that inherits <c>generic</c> also finds <c>generic</c>'s handlers.
/// </summary>
public sealed class FunctionTable
{
    private readonly Dictionary<(KeyMenu Menu, string Function), FunctionHandler> handlers = [];

    /// <summary>Registers (or replaces) the handler of <paramref name="function"/> in <paramref name="menu"/>.</summary>
    /// <exception cref="ArgumentException">The menu has no function of that name.</exception>
    public void Register(KeyMenu menu, string function, FunctionHandler handler)
    {
        if (!KeyFunctions.TryFind(menu, function, out var found) || found.Menu != menu && menu != KeyMenu.Generic && !KeyMenus.InheritsGeneric(menu))
            throw new ArgumentException($"{function}: no such function in the {KeyMenus.NameOf(menu)} menu", nameof(function));
        handlers[(menu, function)] = handler;
    }

    /// <summary>Registers a handler that works on the menu's view of type <typeparamref name="TView"/>.</summary>
    public void Register<TView>(KeyMenu menu, string function, Func<TView, FunctionCall, Task> handler)
        where TView : IMenuView =>
        Register(menu, function, call => call.View is TView view ? handler(view, call) : Task.CompletedTask);

    /// <summary>Registers a handler that completes at once.</summary>
    public void Register<TView>(KeyMenu menu, string function, Action<TView, FunctionCall> handler)
        where TView : IMenuView =>
        Register<TView>(menu, function, (view, call) =>
        {
            handler(view, call);
            return Task.CompletedTask;
        });

    /// <summary>
    /// The handler for <paramref name="function"/> in <paramref name="menu"/>: the menu's own, else
    /// <c>generic</c>'s when the menu inherits it.
    /// </summary>
    public bool TryGet(KeyMenu menu, string function, out FunctionHandler handler)
    {
        if (handlers.TryGetValue((menu, function), out handler!))
            return true;
        return KeyMenus.InheritsGeneric(menu) && handlers.TryGetValue((KeyMenu.Generic, function), out handler!);
    }

    /// <summary>The functions with a handler in <paramref name="menu"/> (its own and inherited), for help screens.</summary>
    public IEnumerable<string> Registered(KeyMenu menu) =>
        handlers.Keys.Where(k => k.Menu == menu || k.Menu == KeyMenu.Generic && KeyMenus.InheritsGeneric(menu))
            .Select(k => k.Function).Distinct();
}
