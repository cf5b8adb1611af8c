using System.Collections.Immutable;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Shell;

namespace MuttSharp.Tui.Functions;

/// <summary>One invocation of a Mutt function, as a handler receives it.</summary>
/// <param name="Function">The function's name (<c>next-entry</c>).</param>
/// <param name="Menu">The menu it was invoked in.</param>
/// <param name="View">The menu view that had the keyboard (an <c>IndexView</c>, a pager, ...).</param>
/// <param name="Shell">The reader's screen: messages, prompts, other menus.</param>
/// <param name="TagPrefix">True after <c>tag-prefix</c> (<c>;</c>): apply to every tagged message.</param>
public sealed record FunctionCall(string Function, KeyMenu Menu, IMenuView View, IReaderShell Shell, bool TagPrefix)
{
    /// <summary>The keys that ran the function (empty when a macro or <c>exec</c> named it); <c>jump</c> starts from its digit.</summary>
    public ImmutableArray<KeyCode> Keys { get; init; } = [];
}
