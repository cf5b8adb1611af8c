using System.Text;
using MuttSharp.Core.Rendering;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Pager;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Time;
using Terminal.Gui.Views;

namespace MuttSharp.Tui.Tests.Pager;

/// <summary>A pager on a headless screen, with the pager's functions registered and a recording shell.</summary>
internal sealed class PagerHarness : IDisposable
{
    private readonly IApplication app;
    private readonly Runnable top;
    private readonly SessionToken? session;
    private readonly FunctionTable table = new();

    private PagerHarness(IApplication app, Runnable top, PagerView view)
    {
        this.app = app;
        this.top = top;
        View = view;
        session = app.Begin(top);
        PagerFunctions.Register(table);
        MuttSharp.Tui.Attachments.AttachmentFunctions.Register(table);
    }

    public PagerView View { get; }

    public ScriptedShell Shell { get; } = new();

    public static async Task<PagerHarness> OpenAsync(string raw, int columns = 40, int rows = 10, PagerSettings? settings = null, RenderSettings? render = null,
        MuttSharp.Tui.Attachments.AttachmentContext? attachments = null, DisplayFilter? filter = null)
    {
        render ??= RenderSettings.Default;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(raw.Replace("\r\n", "\n").Replace("\n", "\r\n")));
        var message = await MessageParsing.LoadAsync(stream, render.Limits);
        var view = await PagerView.CreateAsync(message, new MessageRenderer(render), settings ?? PagerSettings.Default, filter, columns);
        view.Attachments = attachments;
        var app = Application.Create(new VirtualTimeProvider()).Init(DriverRegistry.Names.ANSI);
        app.Driver!.SetScreenSize(columns, rows);
        var top = new Runnable();
        top.Add(view);
        return new PagerHarness(app, top, view);
    }

    /// <summary>Runs a pager function as a key bound to it would.</summary>
    public Task RunAsync(string function) => RunAsync(View, function);

    /// <summary>Runs a function of <paramref name="menu"/>'s key map on it, as a key bound to it would.</summary>
    public async Task RunAsync(MuttSharp.Tui.Shell.IMenuView menu, string function)
    {
        Assert.True(table.TryGet(menu.Menu, function, menu, out var handler), function);
        await handler(new FunctionCall(function, menu.Menu, menu, Shell, false));
    }

    /// <summary>Puts <paramref name="menu"/> on the screen in place of the pager.</summary>
    public void Show(global::Terminal.Gui.ViewBase.View menu)
    {
        top.RemoveAll();
        top.Add(menu);
    }

    /// <summary>The screen as text, one string per row, trailing blanks removed.</summary>
    public string[] Screen()
    {
        app.LayoutAndDraw();
        return app.Driver!.ToString()!.Split('\n').Select(l => l.TrimEnd()).ToArray();
    }

    public string Ansi()
    {
        app.LayoutAndDraw();
        return app.Driver!.ToAnsi();
    }

    public void Dispose()
    {
        app.End(session!);
        top.Dispose();
        app.Dispose();
    }
}
