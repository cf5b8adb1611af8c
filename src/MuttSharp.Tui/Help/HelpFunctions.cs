using System.Globalization;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Shell;

namespace MuttSharp.Tui.Help;

/// <summary>
/// Mutt's <c>what-key</c>, for every menu: each key pressed is named as a <c>bind</c> line writes it, with its
/// code in octal and decimal, until <c>^G</c> (or Esc) ends it. What to write in a muttrc for a key is then known.
/// </summary>
public static class HelpFunctions
{
    private const string Prompt = "Enter keys (^G to abort): ";
    private static readonly KeyCode Abort = KeyCode.Ctrl('G');

    /// <summary>Registers <c>what-key</c>.</summary>
    public static void Register(FunctionTable table) =>
        table.Register<IMenuView>(KeyMenu.Generic, "what-key", (_, call) => WhatKeyAsync(call.Shell));

    /// <summary>How <c>what-key</c> shows <paramref name="key"/>: <c>Char = ^D, Octal = 4, Decimal = 4</c>.</summary>
    public static string Describe(KeyCode key) => key.IsChar
        ? $"Char = {key}, Octal = {Convert.ToString(key.CodePoint, 8)}, Decimal = {key.CodePoint.ToString(CultureInfo.InvariantCulture)}"
        : $"Char = {key}";

    // Each key's description stays on the message line while the next key is awaited, as in Mutt.
    private static async Task WhatKeyAsync(IReaderShell shell)
    {
        string prompt = Prompt;
        while (await shell.AskKeyAsync(prompt) is { IsFunction: false } typed && typed.Key != Abort)
            prompt = Describe(typed.Key);
    }
}
