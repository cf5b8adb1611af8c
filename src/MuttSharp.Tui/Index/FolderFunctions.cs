using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Reading.Session;
using MuttSharp.Core.Reading.Session.Browsing;
using MuttSharp.Tui.Browser;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Prompts;
using MuttSharp.Tui.Shell;

namespace MuttSharp.Tui.Index;

/// <summary>
/// Leaving a folder: <c>quit</c> (<c>$quit</c>, then <c>$move</c> and <c>$delete</c>, <c>$mark_old</c>),
/// <c>exit</c> without saving, <c>change-folder</c> (<c>c</c>, or read-only with <c>Esc c</c>; <c>?</c> at its
/// prompt browses <c>$folder</c>) and <c>browse-mailboxes</c> (<c>y</c>), which close the folder as quitting
/// does before opening the next.
/// </summary>
public static class FolderFunctions
{
    /// <summary>Registers the folder functions; <paramref name="reader"/> opens the next folder.</summary>
    public static void Register(FunctionTable table, Reader reader)
    {
        table.Register<IndexView>(KeyMenu.Index, "quit", (view, call) => QuitAsync(view, call, withoutSaving: false));
        table.Register<IndexView>(KeyMenu.Index, "exit", (view, call) => QuitAsync(view, call, withoutSaving: true));
        table.Register<IndexView>(KeyMenu.Index, "change-folder", (view, call) => ChangeFolderAsync(view, call, reader, readOnly: false));
        table.Register<IndexView>(KeyMenu.Index, "change-folder-readonly", (view, call) => ChangeFolderAsync(view, call, reader, readOnly: true));
        table.Register<IndexView>(KeyMenu.Index, "browse-mailboxes", (view, call) => BrowseAsync(view, call, reader, mailboxes: true, readOnly: false));
        table.Register<IndexView>(KeyMenu.Index, "browse-mailboxes-readonly", (view, call) => BrowseAsync(view, call, reader, mailboxes: true, readOnly: true));
    }

    // The folder browser: the "mailboxes" list (y) or the $folder directory ('?' at the folder prompt); the chosen folder is opened.
    private static async Task BrowseAsync(IndexView view, FunctionCall call, Reader reader, bool mailboxes, bool readOnly)
    {
        var browser = new FolderBrowser(call.Shell.Config, view.Session?.Mailboxes) { OpenFolder = view.Session?.Path };
        var listed = mailboxes ? await browser.ListMailboxesAsync() : await browser.ListDirectoryAsync();
        IndexFunctions.Show(call, listed);
        BrowserFunctions.Open(call.Shell, new BrowserView(browser, BrowserFunctions.PaletteOf(call.Shell))
        {
            Scrolling = view.Scrolling,
            Chosen = async path =>
            {
                if (view.Session is { } current && !await CloseAsync(view, call, current))
                    return;
                await reader.OpenFolderAsync(path, readOnly);
            },
        });
    }

    private static async Task QuitAsync(IndexView view, FunctionCall call, bool withoutSaving)
    {
        if (view.Session is not { } session)
        {
            if (await call.Shell.AskQuadAsync(withoutSaving ? "Exit MuttSharp without saving?" : "Quit MuttSharp?", call.Shell.Config.GetQuad("quit")) == true)
                call.Shell.Quit();
            return;
        }
        if (!await SessionFunctions.ConfirmAsync(call, session.QuitQuestion(withoutSaving)))
            return;
        if (!withoutSaving && !await CloseAsync(view, call, session))
            return;
        call.Shell.Quit();
    }

    // Mutt's close: ask $move and $delete in order, then write; false when writing failed (the reader stays).
    private static async Task<bool> CloseAsync(IndexView view, FunctionCall call, ReaderSession session)
    {
        var plan = session.PlanQuit();
        bool move = await Answer(call, plan.Move);
        bool purge = await Answer(call, plan.Purge);
        var result = await session.CloseAsync(move, purge);
        IndexFunctions.Show(call, result);
        view.Refresh();
        return !result.IsError;
    }

    private static async Task<bool> Answer(FunctionCall call, SessionQuestion? question) =>
        question is not null && await SessionFunctions.ConfirmAsync(call, question);

    private static async Task ChangeFolderAsync(IndexView view, FunctionCall call, Reader reader, bool readOnly)
    {
        var session = view.Session;
        string? folder = await call.Shell.AskAsync(new PromptRequest(
            readOnly ? "Open mailbox in read-only mode: " : "Open mailbox: ", "", PromptHistoryKind.Mailbox,
            BrowserFunctions.CompleteFolder(call.Shell.Config)));
        if (string.IsNullOrWhiteSpace(folder))
            return;
        if (folder.Trim() == "?")
        {
            await BrowseAsync(view, call, reader, mailboxes: false, readOnly);
            return;
        }
        if (session is not null && !await CloseAsync(view, call, session))
            return;
        await reader.OpenFolderAsync(folder.Trim(), readOnly);
    }
}
