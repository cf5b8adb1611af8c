using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Help;
using MuttSharp.Tui.Prompts;
using MuttSharp.Tui.Shell;

namespace MuttSharp.Tui.Functions;

/// <summary>
/// Functions of the shell itself, for every menu that inherits <c>generic</c>: help, redraw, <c>:</c>
/// muttrc commands, the shell escape, and leaving the help screen.
/// </summary>
public static class ShellFunctions
{
    /// <summary>Registers the shell's functions; <paramref name="configChanged"/> runs after a <c>:</c> command.</summary>
    public static void Register(FunctionTable table, Action<IReaderShell> configChanged)
    {
        table.Register<IMenuView>(KeyMenu.Generic, "help", (view, call) =>
        {
            if (view is HelpView)
                return;
            var palette = call.Shell is ReaderShell shell ? shell.Palette : Drawing.ColorPalette.Plain;
            call.Shell.Open(new HelpView(view.Menu, HelpText.For(view.Menu, call.Shell.Keys), palette));
        });
        table.Register<HelpView>(KeyMenu.Generic, "exit", (view, call) => call.Shell.Close(view));
        table.Register<IMenuView>(KeyMenu.Generic, "refresh", (_, call) => call.Shell.Redraw());
        table.Register<IMenuView>(KeyMenu.Generic, "enter-command", (_, call) => EnterCommandAsync(call, configChanged));
        table.Register<IMenuView>(KeyMenu.Generic, "shell-escape", (_, call) => ShellEscapeAsync(call));
    }

    private static async Task EnterCommandAsync(FunctionCall call, Action<IReaderShell> configChanged)
    {
        string? line = await call.Shell.AskAsync(new PromptRequest(":", History: PromptHistoryKind.Command));
        if (string.IsNullOrWhiteSpace(line))
            return;
        var config = call.Shell.Config;
        int errors = config.Errors.Count;
        int messages = config.Messages.Count;
        await config.ExecuteAsync(line);
        configChanged(call.Shell);
        if (config.Errors.Count > errors)
            call.Shell.Error(config.Errors[^1].Message);
        else if (config.Messages.Count > messages)
            call.Shell.Message(config.Messages[^1]);
    }

    // Mutt's "!": an empty command runs the interactive shell.
    private static async Task ShellEscapeAsync(FunctionCall call)
    {
        string? command = await call.Shell.AskAsync(new PromptRequest("Shell command: ", History: PromptHistoryKind.Shell));
        if (command is null)
            return;
        if (command.Trim().Length == 0)
            command = Environment.GetEnvironmentVariable("SHELL") is { Length: > 0 } s ? s : "/bin/sh";
        await call.Shell.RunExternalAsync(command);
        call.Shell.Redraw();
    }
}
