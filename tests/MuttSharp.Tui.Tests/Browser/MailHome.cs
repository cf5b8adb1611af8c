using MuttSharp.Core.Config;
using MuttSharp.Core.Maildir;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Time;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace MuttSharp.Tui.Tests.Browser;

/// <summary>A home directory with Maildirs under <c>~/Mail</c>, its muttrc configuration, and a headless screen to draw views on.</summary>
internal sealed class MailHome : IDisposable
{
    public MailHome()
    {
        Home = Directory.CreateTempSubdirectory("muttsharp-tui-").FullName;
        Mail = Path.Combine(Home, "Mail");
        Directory.CreateDirectory(Mail);
        Config = new MuttConfig(new MuttEnvironment(name => name == "HOME" ? Home : null, Home, "host.example", "me", "Me", "/bin/sh"));
    }

    public string Home { get; }

    public string Mail { get; }

    public MuttConfig Config { get; }

    /// <summary>Creates a Maildir under ~/Mail with files named <c>new/1.a.h</c>, <c>cur/2.a.h:2,S</c>...</summary>
    public string Maildir(string name, params string[] files)
    {
        string path = Path.Combine(Mail, name);
        MaildirWriter.EnsureMaildir(path);
        foreach (string file in files)
            File.WriteAllText(Path.Combine(path, file), "Subject: x\n\nbody\n");
        return path;
    }

    public async Task Set(params string[] lines)
    {
        foreach (string line in lines)
            Assert.True(await Config.ExecuteAsync(line), line);
    }

    /// <summary>Draws <paramref name="view"/> alone on a headless <paramref name="width"/>×<paramref name="height"/> screen and returns the screen's text.</summary>
    public static string Draw(View view, int width, int height)
    {
        using IApplication app = Application.Create(new VirtualTimeProvider()).Init(DriverRegistry.Names.ANSI);
        app.Driver!.SetScreenSize(width, height);
        using var top = new Runnable();
        top.Add(view);
        var session = app.Begin(top);
        app.LayoutAndDraw();
        string screen = app.Driver.ToString()!;
        app.End(session!);
        top.Remove(view);
        return screen;
    }

    public void Dispose() => Directory.Delete(Home, recursive: true);
}
