using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Reading.Session;
using MuttSharp.Core.Reading.Session.Browsing;
using MuttSharp.Core.Rendering.Attachments;
using MuttSharp.Tui.Attachments;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Index;
using MuttSharp.Tui.Prompts;
using MuttSharp.Tui.Shell;

namespace MuttSharp.Tui.Browser;

/// <summary>
/// The browser menu's functions over a <see cref="BrowserView"/>: choosing an entry (a directory is
/// entered, a mailbox opened), <c>change-dir</c>, <c>toggle-mailboxes</c>, <c>enter-mask</c>,
/// <c>sort</c>, <c>select-new</c>, <c>check-new</c>, <c>buffy-list</c>, <c>display-filename</c>,
/// <c>descend-directory</c>, <c>create-mailbox</c>, <c>rename-mailbox</c>, <c>delete-mailbox</c>,
/// <c>view-file</c>, <c>tag-entry</c> (choosing files only) and <c>exit</c>.
/// </summary>
public static class BrowserFunctions
{
    // The browser's sort prompt: key, $sort_browser method.
    private static readonly (char Key, string Method)[] SortKeys = [('d', "date"), ('a', "alpha"), ('z', "size"), ('c', "count"), ('u', "unread"), ('n', "unsorted")];

    /// <summary>Registers the browser's functions.</summary>
    public static void Register(FunctionTable table)
    {
        table.Register<BrowserView>(KeyMenu.Generic, "select-entry", (view, call) => ChooseAsync(view, call, view.CursorRow));
        table.Register<BrowserView>(KeyMenu.Browser, "descend-directory", (view, call) => ChooseAsync(view, call, view.CursorRow, descendOnly: true));
        table.Register<BrowserView>(KeyMenu.Generic, "exit", ExitAsync);
        table.Register<BrowserView>(KeyMenu.Generic, "tag-entry", Tag);
        table.Register<BrowserView>(KeyMenu.Browser, "change-dir", ChangeDirectoryAsync);
        table.Register<BrowserView>(KeyMenu.Browser, "toggle-mailboxes", ToggleMailboxesAsync);
        table.Register<BrowserView>(KeyMenu.Browser, "enter-mask", EnterMaskAsync);
        table.Register<BrowserView>(KeyMenu.Browser, "sort", (view, call) => SortAsync(view, call, reverse: false));
        table.Register<BrowserView>(KeyMenu.Browser, "sort-reverse", (view, call) => SortAsync(view, call, reverse: true));
        table.Register<BrowserView>(KeyMenu.Browser, "select-new", SelectNewAsync);
        table.Register<BrowserView>(KeyMenu.Browser, "check-new", async (view, call) =>
        {
            int row = view.CursorRow;
            IndexFunctions.Show(call, await view.Browser.CheckNewAsync());
            view.Reload(row);
        });
        table.Register<BrowserView>(KeyMenu.Browser, "buffy-list", BuffyList);
        table.Register<BrowserView>(KeyMenu.Browser, "create-mailbox", CreateMailboxAsync);
        table.Register<BrowserView>(KeyMenu.Browser, "rename-mailbox", RenameMailboxAsync);
        table.Register<BrowserView>(KeyMenu.Browser, "delete-mailbox", DeleteMailboxAsync);
        table.Register<BrowserView>(KeyMenu.Browser, "view-file", ViewFileAsync);
        table.Register<BrowserView>(KeyMenu.Browser, "display-filename", (view, call) =>
        {
            if (view.Rows > 0)
                call.Shell.Message(view.Browser.Items[view.CursorRow].Path);
        });
    }

    /// <summary>
    /// The prompt's tab completion of folder names (<c>+</c>, <c>=</c>, <c>~</c>), for <c>change-folder</c>,
    /// <c>save-message</c> and <c>change-dir</c>: the completed line, or null when nothing completes.
    /// </summary>
    public static Func<string, string?> CompleteFolder(MuttConfig config) => line =>
        FolderCompletion.Complete(config, line) is { } completion && completion.Text != line ? completion.Text : null;

    /// <summary>
    /// Opens <paramref name="view"/> on <paramref name="shell"/>, its <c>tag-prefix</c> refused as Mutt's browser
    /// refuses it (no tagging outside the file chooser, nothing to apply it to with no tags).
    /// </summary>
    public static void Open(IReaderShell shell, BrowserView view)
    {
        if (shell is ReaderShell reader)
            reader.DispatcherFor(KeyMenu.Browser).TagPrefixRefusal = view.Browser.RefuseTagPrefix;
        shell.Open(view);
    }

    /// <summary>The colours of the reader's screen, plain for a shell that has none.</summary>
    internal static Drawing.ColorPalette PaletteOf(IReaderShell shell) => shell is ReaderShell reader ? reader.Palette : Drawing.ColorPalette.Plain;

    /// <summary>
    /// Mutt's file chooser (<c>?</c> at compose's <c>Attach file</c> prompt): the working directory listed,
    /// entries tagged with <c>t</c>, and the tagged files (or the one chosen) handed to <paramref name="chosen"/>.
    /// </summary>
    public static async Task BrowseFilesAsync(FunctionCall call, Func<IReadOnlyList<string>, Task> chosen)
    {
        var config = call.Shell.Config;
        var browser = new FolderBrowser(config) { SelectsFiles = true };
        var listed = await browser.ListDirectoryAsync(config.Environment.WorkingDirectory);
        IndexFunctions.Show(call, listed);
        if (listed.IsError)
            return;
        Open(call.Shell, new BrowserView(browser, PaletteOf(call.Shell)) { ChosenFiles = chosen });
    }

    // Mutt's tag-entry in the file chooser: toggles the entry (then on to the next with $resolve); after tag-prefix, untags all.
    private static void Tag(BrowserView view, FunctionCall call)
    {
        if (call.TagPrefix)
        {
            view.Browser.UntagAll();
            view.SetNeedsDraw();
            return;
        }
        var result = view.Browser.Tag(view.CursorRow);
        IndexFunctions.Show(call, result);
        if (!result.IsError && view.Browser.Config.GetBool("resolve") && view.CursorRow < view.Rows - 1)
            view.MoveTo(view.CursorRow + 1);
        view.SetNeedsDraw();
    }

    // Leaving the file chooser with entries tagged still hands them on, as Mutt's does.
    private static async Task ExitAsync(BrowserView view, FunctionCall call)
    {
        call.Shell.Close(view);
        if (view.Browser.TaggedCount > 0 && view.ChosenFiles is { } chosen)
            await chosen(view.Browser.ChosenFiles(null));
    }

    private static async Task ChooseAsync(BrowserView view, FunctionCall call, int row, bool descendOnly = false)
    {
        if (view.Rows == 0)
        {
            call.Shell.Error("No files match the file mask");
            return;
        }
        var item = view.Browser.Items[row];
        if (descendOnly && item.Entry.Kind != Core.Config.Format.BrowserEntryKind.Directory)
        {
            call.Shell.Error($"{item.Entry.Name} is not a directory.");
            return;
        }
        if (descendOnly && item.IsMailbox)
        {
            IndexFunctions.Show(call, await view.Browser.ListDirectoryAsync(item.Path));
            view.Reload();
            return;
        }
        var selection = await view.Browser.SelectAsync(row);
        if (selection.Files.Count > 0)
        {
            call.Shell.Close(view);
            if (view.ChosenFiles is { } files)
                await files(selection.Files);
            return;
        }
        if (selection.MailboxPath is { } path)
        {
            call.Shell.Close(view);
            if (view.Chosen is { } chosen)
                await chosen(path);
            return;
        }
        IndexFunctions.Show(call, selection.Result);
        view.Reload();
    }

    private static async Task ChangeDirectoryAsync(BrowserView view, FunctionCall call)
    {
        string? answer = await call.Shell.AskAsync(new PromptRequest("Chdir to: ", view.Browser.Directory is { } d ? view.Browser.Config.PrettyPath(d) + "/" : "",
            PromptHistoryKind.File, CompleteFolder(view.Browser.Config)));
        if (string.IsNullOrWhiteSpace(answer))
            return;
        IndexFunctions.Show(call, await view.Browser.ListDirectoryAsync(answer));
        view.Reload();
    }

    private static async Task ToggleMailboxesAsync(BrowserView view, FunctionCall call)
    {
        var result = view.Browser.Directory is null
            ? await view.Browser.ListDirectoryAsync()
            : await view.Browser.ListMailboxesAsync();
        IndexFunctions.Show(call, result);
        view.Reload();
    }

    private static async Task EnterMaskAsync(BrowserView view, FunctionCall call)
    {
        string? mask = await call.Shell.AskAsync(new PromptRequest("File Mask: ", view.Browser.Config.GetString("mask")));
        if (mask is null)
            return;
        if (!view.Browser.Config.TrySetVariable("mask", mask, out string? error))
        {
            call.Shell.Error(error ?? "Error in mask.");
            return;
        }
        await RelistAsync(view, call);
    }

    private static async Task SortAsync(BrowserView view, FunctionCall call, bool reverse)
    {
        string? answer = await call.Shell.AskAsync(new PromptRequest(
            (reverse ? "Reverse sort" : "Sort") + " (d)ate, (a)lpha, si(z)e, (c)ount, (u)nread, or do(n)'t sort? "));
        if (string.IsNullOrEmpty(answer))
            return;
        int found = Array.FindIndex(SortKeys, k => k.Key == char.ToLowerInvariant(answer[0]));
        if (found < 0)
        {
            call.Shell.Error("Invalid sort key.");
            return;
        }
        string variable = view.Browser.Directory is null ? "sort_browser_mailboxes" : "sort_browser";
        view.Browser.Config.TrySetVariable(variable, (reverse ? "reverse-" : "") + SortKeys[found].Method, out _);
        await RelistAsync(view, call);
    }

    private static async Task SelectNewAsync(BrowserView view, FunctionCall call)
    {
        int row = -1;
        for (int i = 0; i < view.Rows && row < 0; i++)
        {
            if (view.Browser.Items[i].Entry.HasNewMail)
                row = i;
        }
        if (row < 0)
        {
            call.Shell.Error("No mailboxes have new mail.");
            return;
        }
        await ChooseAsync(view, call, row);
    }

    private static void BuffyList(BrowserView view, FunctionCall call)
    {
        var names = view.Browser.Items.Where(i => i.Entry.HasNewMail).Select(i => view.Browser.Config.PrettyPath(i.Path)).ToList();
        if (names.Count == 0)
            call.Shell.Message("No mailboxes have new mail.");
        else
            call.Shell.Message("New mail in " + string.Join(", ", names));
    }

    private static async Task CreateMailboxAsync(BrowserView view, FunctionCall call)
    {
        string? name = await call.Shell.AskAsync(new PromptRequest("Create mailbox: ", "", PromptHistoryKind.File, CompleteFolder(view.Browser.Config)));
        if (string.IsNullOrWhiteSpace(name))
            return;
        IndexFunctions.Show(call, await view.Browser.CreateMailboxAsync(name));
        view.Reload(view.CursorRow);
    }

    private static async Task RenameMailboxAsync(BrowserView view, FunctionCall call)
    {
        int row = view.CursorRow;
        if (Refused(view, call, row))
            return;
        string current = view.Browser.RenameProposal(row);
        string? name = await call.Shell.AskAsync(new PromptRequest($"Rename mailbox {current} to: ", current, PromptHistoryKind.File, CompleteFolder(view.Browser.Config)));
        if (string.IsNullOrWhiteSpace(name))
            return;
        IndexFunctions.Show(call, await view.Browser.RenameMailboxAsync(row, name));
        view.Reload(row);
    }

    private static async Task DeleteMailboxAsync(BrowserView view, FunctionCall call)
    {
        int row = view.CursorRow;
        if (Refused(view, call, row))
            return;
        var question = view.Browser.DeleteQuestion(row);
        if (await call.Shell.AskYesNoAsync(question.Prompt, question.DefaultAnswer) != true)
        {
            call.Shell.Message("Mailbox not deleted.");
            return;
        }
        IndexFunctions.Show(call, await view.Browser.DeleteMailboxAsync(row));
        view.Reload(row);
    }

    // Mutt checks before it asks anything: the entry must be a mailbox, and not the open folder.
    private static bool Refused(BrowserView view, FunctionCall call, int row)
    {
        if (view.Browser.RefuseChange(row) is not { } refused)
            return false;
        IndexFunctions.Show(call, refused);
        return true;
    }

    // Mutt's view-file: the file viewed as an attachment of the type its name gives (or, unknown, its content:
    // text or binary), so through the mailcap when an entry fits, else as text, a binary file only announced.
    private static async Task ViewFileAsync(BrowserView view, FunctionCall call)
    {
        var result = view.Browser.ViewFile(view.CursorRow, out string? path);
        if (path is null)
        {
            IndexFunctions.Show(call, result);
            return;
        }
        var context = AttachmentContext.FromConfig(view.Browser.Config, PaletteOf(call.Shell));
        try
        {
            // Read whole, as the pager keeps the part after this returns; message_size_limit bounds what is read.
            long limit = context.Render.Limits.MessageSizeLimit;
            if (new FileInfo(path).Length > limit)
            {
                call.Shell.Error($"{view.Browser.Config.PrettyPath(path)} is larger than message_size_limit ({limit} bytes): not shown.");
                return;
            }
            var part = await AsPartAsync(path, new MemoryStream(await File.ReadAllBytesAsync(path)));
            await AttachmentFunctions.ViewPartAsync(call.Shell, part, context);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            IndexFunctions.Show(call, SessionResult.Error($"{view.Browser.Config.PrettyPath(path)}: {e.Message}"));
        }
    }

    // As Mutt makes a file into an attachment: the type mime.types gives its name, else text/plain when it reads as text.
    private static async Task<MimeKit.MimePart> AsPartAsync(string path, Stream stream)
    {
        string type = MimeKit.MimeTypes.GetMimeType(path);
        if (type == "application/octet-stream" && !await BinaryContent.IsBinaryAsync(stream))
            type = "text/plain";
        stream.Position = 0;
        var contentType = MimeKit.ContentType.Parse(type);
        var part = contentType.MediaType == "text" ? new MimeKit.TextPart(contentType.MediaSubtype) : new MimeKit.MimePart(contentType.MediaType, contentType.MediaSubtype);
        // The name goes on the type, not in a Content-Disposition: the pager shows the file as the body, not as an attachment.
        part.ContentType.Name = Path.GetFileName(path);
        part.Content = new MimeKit.MimeContent(stream);
        return part;
    }

    private static async Task RelistAsync(BrowserView view, FunctionCall call)
    {
        int row = view.CursorRow;
        IndexFunctions.Show(call, await view.Browser.RelistAsync());
        view.Reload(row);
    }
}
