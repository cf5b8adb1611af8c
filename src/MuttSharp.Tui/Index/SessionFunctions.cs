using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Reading.Session;
using MuttSharp.Tui.Browser;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Prompts;

namespace MuttSharp.Tui.Index;

/// <summary>
/// The index functions that change the folder or what is shown of it, each one row: delete (and undo the last deletion), tag, flag,
/// limit, search, sort, save and copy, pipe, print, sync, toggle-write, the list of mailboxes with new mail. Questions governed by quad-options
/// (<c>$delete</c>, <c>$print</c>, <c>$confirmappend</c>, ...) are asked only when the session says so.
/// </summary>
public static class SessionFunctions
{
    // Functions acting on a scope: the current message (or the tagged ones after ';'), its thread or subthread.
    private static readonly (string Function, Func<ReaderSession, bool, MessageScope> Scope, Func<ReaderSession, MessageScope, Task<SessionResult>> Run)[] Scoped =
    [
        ("delete-message", Current, (s, m) => s.DeleteAsync(m)),
        ("undelete-message", Current, (s, m) => s.DeleteAsync(m, delete: false)),
        ("delete-thread", (s, t) => t ? MessageScope.Tagged : MessageScope.Thread, (s, m) => s.DeleteAsync(m)),
        ("undelete-thread", (s, t) => t ? MessageScope.Tagged : MessageScope.Thread, (s, m) => s.DeleteAsync(m, delete: false)),
        ("delete-subthread", (s, t) => t ? MessageScope.Tagged : MessageScope.Subthread, (s, m) => s.DeleteAsync(m)),
        ("undelete-subthread", (s, t) => t ? MessageScope.Tagged : MessageScope.Subthread, (s, m) => s.DeleteAsync(m, delete: false)),
        ("tag-entry", (_, _) => MessageScope.Current, (s, m) => s.TagAsync(m)),
        ("tag-thread", (_, _) => MessageScope.Thread, (s, m) => s.TagAsync(m)),
        ("tag-subthread", (_, _) => MessageScope.Subthread, (s, m) => s.TagAsync(m)),
        ("flag-message", Current, (s, m) => s.ToggleFlagAsync(m)),
        ("toggle-new", Current, (s, m) => s.ToggleNewAsync(m)),
        ("read-thread", Current, (s, _) => s.ReadThreadAsync()),
        ("read-subthread", Current, (s, _) => s.ReadThreadAsync(subthread: true)),
    ];

    // Functions that ask for a pattern first.
    private static readonly (string Function, string Prompt, Func<ReaderSession, string, Task<SessionResult>> Run)[] WithPattern =
    [
        ("limit", "Limit to messages matching: ", (s, p) => s.LimitAsync(p)),
        ("search", "Search for: ", (s, p) => s.SearchAsync(p)),
        ("search-reverse", "Reverse search for: ", (s, p) => s.SearchAsync(p, reverse: true)),
        ("delete-pattern", "Delete messages matching: ", (s, p) => s.DeleteAsync(MessageScope.Matching(p))),
        ("undelete-pattern", "Undelete messages matching: ", (s, p) => s.DeleteAsync(MessageScope.Matching(p), delete: false)),
        ("tag-pattern", "Tag messages matching: ", (s, p) => s.TagAsync(MessageScope.Matching(p), tag: true)),
        ("untag-pattern", "Untag messages matching: ", (s, p) => s.TagAsync(MessageScope.Matching(p), tag: false)),
    ];

    private static readonly (string Function, SaveMode Mode, string Verb)[] Saves =
    [
        ("save-message", SaveMode.Save, "Save"),
        ("copy-message", SaveMode.Copy, "Copy"),
        ("decode-save", SaveMode.DecodeSave, "Decode-save"),
        ("decode-copy", SaveMode.DecodeCopy, "Decode-copy"),
    ];

    /// <summary>Registers the session's functions in the index.</summary>
    public static void Register(FunctionTable table)
    {
        foreach (var (function, scope, run) in Scoped)
            table.Register<IndexView>(KeyMenu.Index, function, (view, call) => RunAsync(view, call, s => run(s, scope(s, call.TagPrefix))));
        // Mutt's generic tag-entry is the index's tag-message.
        table.Register<IndexView>(KeyMenu.Generic, "tag-entry", (view, call) => RunAsync(view, call, s => s.TagAsync(MessageScope.Current)));
        foreach (var (function, prompt, run) in WithPattern)
            table.Register<IndexView>(KeyMenu.Index, function, (view, call) => PatternAsync(view, call, prompt, run));
        // search is generic in Mutt's tables; the index answers it with message patterns.
        foreach (string function in new[] { "search", "search-reverse" })
        {
            var (_, prompt, run) = WithPattern.First(w => w.Function == function);
            table.Register<IndexView>(KeyMenu.Generic, function, (view, call) => PatternAsync(view, call, prompt, run));
        }
        table.Register<IndexView>(KeyMenu.Generic, "search-next", (view, call) => RunAsync(view, call, s => s.SearchNextAsync()));
        table.Register<IndexView>(KeyMenu.Generic, "search-opposite", (view, call) => RunAsync(view, call, s => s.SearchNextAsync(opposite: true)));
        table.Register<IndexView>(KeyMenu.Index, "show-limit", (view, call) => IndexFunctions.Apply(view, call, s => s.ShowLimit()));
        table.Register<IndexView>(KeyMenu.Index, "toggle-write", (view, call) => IndexFunctions.Apply(view, call, s => s.ToggleWrite()));
        table.Register<IndexView>(KeyMenu.Index, "undelete-last", (view, call) => IndexFunctions.Apply(view, call, s => s.UndeleteLast()));
        table.Register<IndexView>(KeyMenu.Index, "buffy-list", BuffyList);
        table.Register<IndexView>(KeyMenu.Index, "set-flag", (view, call) => FlagAsync(view, call, set: true));
        table.Register<IndexView>(KeyMenu.Index, "clear-flag", (view, call) => FlagAsync(view, call, set: false));
        table.Register<IndexView>(KeyMenu.Index, "sort-mailbox", (view, call) => SortAsync(view, call, reverse: false));
        table.Register<IndexView>(KeyMenu.Index, "sort-reverse", (view, call) => SortAsync(view, call, reverse: true));
        foreach (var (function, mode, verb) in Saves)
            table.Register<IndexView>(KeyMenu.Index, function, (view, call) => SaveAsync(view, call, mode, verb));
        table.Register<IndexView>(KeyMenu.Index, "pipe-message", PipeAsync);
        table.Register<IndexView>(KeyMenu.Index, "print-message", PrintAsync);
        table.Register<IndexView>(KeyMenu.Index, "sync-mailbox", SyncAsync);
        ThreadEditFunctions.Register(table);
    }

    private static MessageScope Current(ReaderSession s, bool tagPrefix) => s.ScopeFor(tagPrefix);

    /// <summary>Runs an asynchronous session operation and shows its outcome.</summary>
    internal static async Task RunAsync(IndexView view, FunctionCall call, Func<ReaderSession, Task<SessionResult>> operation)
    {
        if (view.Session is not { } session)
        {
            call.Shell.Error("No mailbox is open.");
            return;
        }
        IndexFunctions.Show(call, await operation(session));
        view.Refresh();
    }

    /// <summary>Asks a session question when its quad-option says to; true to go on.</summary>
    internal static async Task<bool> ConfirmAsync(FunctionCall call, SessionQuestion? question) =>
        question is null || (question.NeedsAsking ? await call.Shell.AskQuadAsync(question.Prompt, question.Option) == true : question.DefaultAnswer);

    private static async Task PatternAsync(IndexView view, FunctionCall call, string prompt, Func<ReaderSession, string, Task<SessionResult>> run)
    {
        if (view.Session is null)
        {
            call.Shell.Error("No mailbox is open.");
            return;
        }
        string? pattern = await call.Shell.AskAsync(new PromptRequest(prompt, History: PromptHistoryKind.Pattern));
        if (string.IsNullOrEmpty(pattern))
            return;
        await RunAsync(view, call, s => run(s, pattern));
    }

    private static async Task FlagAsync(IndexView view, FunctionCall call, bool set)
    {
        if (view.Session is null)
            return;
        var key = await call.Shell.AskKeyAsync(SessionFlags.Prompt(set));
        if (key is not { Key.CodePoint: > 0 } typed)
            return;
        if (!SessionFlags.TryParse((char)typed.Key.CodePoint, out var flag))
        {
            call.Shell.Error("Invalid flag.");
            return;
        }
        await RunAsync(view, call, s => s.SetFlagAsync(s.ScopeFor(call.TagPrefix), flag, set));
    }

    private static async Task SortAsync(IndexView view, FunctionCall call, bool reverse)
    {
        if (view.Session is null)
            return;
        var key = await call.Shell.AskKeyAsync(SortPrompt.Text(reverse));
        if (key is not { Key.CodePoint: > 0 } typed)
            return;
        if (!SortPrompt.TryParse((char)typed.Key.CodePoint, out var method))
        {
            call.Shell.Error("Invalid sort method.");
            return;
        }
        await RunAsync(view, call, s => s.SortAsync(method, reverse));
    }

    private static async Task SaveAsync(IndexView view, FunctionCall call, SaveMode mode, string verb)
    {
        if (view.Session is not { } session)
            return;
        var scope = session.ScopeFor(call.TagPrefix);
        bool several = !scope.IsSingle;
        string? folder = await call.Shell.AskAsync(new PromptRequest(
            $"{verb} {(several ? "tagged messages" : "message")} to mailbox: ",
            session.DefaultSaveFolder(), PromptHistoryKind.Mailbox, BrowserFunctions.CompleteFolder(session.Config)));
        if (string.IsNullOrWhiteSpace(folder))
            return;
        var target = session.PlanSave(folder, several);
        if (!await ConfirmAsync(call, target.Question))
            return;
        await RunAsync(view, call, s => s.SaveAsync(scope, target, mode));
    }

    private static async Task PipeAsync(IndexView view, FunctionCall call)
    {
        if (view.Session is not { } session)
            return;
        string? command = await call.Shell.AskAsync(new PromptRequest("Pipe to command: ", History: PromptHistoryKind.Shell));
        if (string.IsNullOrWhiteSpace(command))
            return;
        var scope = session.ScopeFor(call.TagPrefix);
        SessionResult result = SessionResult.None;
        await call.Shell.SuspendAsync(async ct =>
        {
            result = await session.PipeAsync(scope, command, ct);
            return result.IsError ? 1 : 0;
        });
        IndexFunctions.Show(call, result);
        view.Refresh();
    }

    private static async Task PrintAsync(IndexView view, FunctionCall call)
    {
        if (view.Session is not { } session)
            return;
        var scope = session.ScopeFor(call.TagPrefix);
        if (!await ConfirmAsync(call, session.PrintQuestion(scope)))
            return;
        SessionResult result = SessionResult.None;
        await call.Shell.SuspendAsync(async ct =>
        {
            result = await session.PrintAsync(scope, ct);
            return result.IsError ? 1 : 0;
        }, waitForKey: false);
        IndexFunctions.Show(call, result);
        view.Refresh();
    }

    // Mutt's buffy-list (.): the "mailboxes" that have new mail, by their short names.
    private static void BuffyList(IndexView view, FunctionCall call)
    {
        var config = call.Shell.Config;
        var names = (view.Session?.Mailboxes?.All ?? []).Where(m => m.New > 0).Select(m => config.PrettyPath(m.Path)).ToList();
        call.Shell.Message(names.Count == 0 ? "No mailboxes have new mail." : "New mail in " + string.Join(", ", names));
    }

    private static async Task SyncAsync(IndexView view, FunctionCall call)
    {
        if (view.Session is not { } session)
            return;
        bool purge = await ConfirmAsync(call, session.PurgeQuestion());
        await RunAsync(view, call, s => s.SyncAsync(purge));
    }
}
