using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Shell;
using Terminal.Gui.ViewBase;

namespace MuttSharp.Tui.Tests.Support;

/// <summary>A menu view that draws nothing, for key and function tests.</summary>
internal class FakeMenu(KeyMenu menu = KeyMenu.Index) : IMenuView
{
    public KeyMenu Menu => menu;
    public View View { get; } = new();
    public string StatusLine(int width) => "";
}

internal sealed class OtherFakeMenu() : FakeMenu(KeyMenu.Index);
