using MimeKit;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Rendering;
using MuttSharp.Tui.Compose;
using MuttSharp.Tui.Input;
using MuttSharp.Tui.Pager;
using MuttSharp.Tui.Shell;
using MuttSharp.Tui.Tests.Compose;
using MuttSharp.Tui.Tests.Support;

namespace MuttSharp.Tui.Tests.Functions;

/// <summary>
/// The audit of the reader's functions: every function a key runs in the index or the pager, in either
/// profile, and every reading function issue 5 names, has a handler; a pager function handed to the index
/// has one there. The exceptions are listed, each with its reason.
/// </summary>
public sealed class BoundFunctionsTests
{
    // Bound by default, but belonging to features the reader leaves out on purpose.
    private static readonly Dictionary<string, string> Elsewhere = new()
    {
        ["autocrypt-acct-menu"] = "Autocrypt: MuttSharp has no crypto",
        ["check-traditional-pgp"] = "PGP: MuttSharp has no crypto",
        ["extract-keys"] = "PGP: MuttSharp has no crypto",
        ["forget-passphrase"] = "PGP/S-MIME: MuttSharp has no crypto",
        ["mail-key"] = "PGP: MuttSharp has no crypto",
        ["background-compose-menu"] = "background editing sessions are not offered: the editor runs in the foreground",
        ["fetch-mail"] = "POP: MuttSharp reads local Maildir and mbox only",
        ["list-action"] = "the mailing-list menu (List-Post, List-Unsubscribe, ...) is not built",
    };

    // The issue's Functions paragraph, by Mutt's names: each must run in the index (and in the pager where Mutt has it there).
    private static readonly string[] IssueFunctions =
    [
        "next-entry", "previous-entry", "next-page", "previous-page", "half-down", "half-up", "next-thread", "previous-thread",
        "next-subthread", "previous-subthread", "next-new", "previous-new", "next-unread", "previous-unread", "jump",
        "search", "search-reverse", "search-next", "limit", "show-limit", "tag-entry", "tag-pattern", "untag-pattern",
        "delete-message", "undelete-message", "delete-pattern", "undelete-pattern", "delete-thread", "undelete-thread",
        "delete-subthread", "undelete-subthread", "flag-message", "set-flag", "clear-flag", "toggle-new", "read-thread",
        "collapse-thread", "collapse-all", "sort-mailbox", "sort-reverse", "save-message", "copy-message", "decode-save",
        "pipe-message", "print-message", "sync-mailbox", "quit", "exit", "change-folder", "change-folder-readonly",
        "toggle-write", "refresh", "help", "shell-escape", "enter-command", "undelete-last", "what-key",
    ];

    [Fact]
    public async Task Every_function_bound_in_the_index_or_pager_or_named_by_the_issue_has_a_handler()
    {
        using var h = await StartAsync();
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (menu, view) in Views(h))
        {
            var functions = KeyProfiles.Names.SelectMany(profile => BoundFunctions(KeyProfiles.Build(profile), menu))
                .Concat(IssueFunctions.Where(f => KeyFunctions.TryFind(menu, f, out _)));
            foreach (string function in functions.Distinct())
            {
                if (!Elsewhere.ContainsKey(function) && !Runs(h, menu, function, view))
                    missing.Add($"{KeyMenus.NameOf(menu)} {function}");
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public async Task Every_pager_function_handed_to_the_index_runs_there()
    {
        using var h = await StartAsync();
        var index = Views(h)[KeyMenu.Index];

        var lost = PagerFunctions.ForwardedToIndex
            .Where(f => !h.Reader.Functions.TryGet(KeyMenu.Index, f.Index, index, out _))
            .Select(f => f.Pager);

        Assert.Empty(lost);
    }

    private static async Task<ReaderHarness> StartAsync()
    {
        var h = await ReaderHarness.StartAsync(messages: 2);
        ComposeFunctions.Register(h.Reader.Functions, _ => new ComposeFunctionsTests.RecordingSubmitter());
        return h;
    }

    private static Dictionary<KeyMenu, IMenuView> Views(ReaderHarness h) => new()
    {
        [KeyMenu.Index] = h.Reader.Index,
        [KeyMenu.Pager] = new PagerView(new MimeMessage(), new MessageRenderer(RenderSettings.Default),
            new MessageText([], RenderSettings.Default), PagerSettings.Default),
    };

    // The key dispatcher runs tag-prefix itself; everything else goes through the function table.
    private static bool Runs(ReaderHarness h, KeyMenu menu, string function, IMenuView view) =>
        function == KeyDispatcher.TagPrefixFunction || h.Reader.Functions.TryGet(menu, function, view, out _);

    // The menu's own bindings and, when it falls back to generic, generic's that it does not hide.
    private static IEnumerable<string> BoundFunctions(KeyMapSet maps, KeyMenu menu)
    {
        var own = maps[menu];
        var bindings = own.Bindings.AsEnumerable();
        if (KeyMenus.InheritsGeneric(menu))
            bindings = bindings.Concat(maps[KeyMenu.Generic].Bindings.Where(b => own.Find(b.Keys) is null && !own.IsPrefix(b.Keys)));
        return bindings.Where(b => !b.IsMacro && !b.IsNoop && b.Function is not null).Select(b => b.Function!);
    }
}
