using MimeKit;
using MuttSharp.Core.Compose;
using MuttSharp.Core.Config.Format;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Index;
using MuttSharp.Tui.Prompts;
using MuttSharp.Tui.Shell;

namespace MuttSharp.Tui.Compose;

/// <summary>
/// The address book as Mutt's keys reach it: <c>create-alias</c> (<c>a</c>, from the index, the pager and the
/// query menu) and <c>query</c> (<c>Q</c>) through <c>$query_command</c> into the query menu, where <c>m</c>
/// or Enter mails the tagged results (or the current one), <c>a</c> makes an alias of one, <c>Q</c> asks again
/// and <c>A</c> adds to the list; and <c>complete-query</c> (<c>^T</c>) in the address prompts.
/// </summary>
public static class AddressFunctions
{
    /// <summary>Registers the functions; the pager reaches the index's through its message functions.</summary>
    public static void Register(FunctionTable table)
    {
        table.Register<IndexView>(KeyMenu.Index, "create-alias", (view, call) => ComposeFunctions.GuardAsync(call, () => CreateAliasAsync(call.Shell, Sender(view))));
        table.Register<IndexView>(KeyMenu.Index, "query", (_, call) => ComposeFunctions.GuardAsync(call, () => QueryAsync(call.Shell, null)));
        table.Register<QueryView>(KeyMenu.Query, "query", (view, call) => ComposeFunctions.GuardAsync(call, () => QueryAsync(call.Shell, (view, false))));
        table.Register<QueryView>(KeyMenu.Query, "query-append", (view, call) => ComposeFunctions.GuardAsync(call, () => QueryAsync(call.Shell, (view, true))));
        table.Register<QueryView>(KeyMenu.Query, "create-alias", (view, call) => ComposeFunctions.GuardAsync(call, () =>
            CreateAliasAsync(call.Shell, view.Current is { } entry ? new MailboxAddress(entry.Name, entry.Address) : null)));
        table.Register<QueryView>(KeyMenu.Query, "mail", (view, call) => ComposeFunctions.GuardAsync(call, () => MailChosenAsync(view, call)));
        table.Register<QueryView>(KeyMenu.Generic, "select-entry", (view, call) => ComposeFunctions.GuardAsync(call, () => MailChosenAsync(view, call)));
        table.Register<QueryView>(KeyMenu.Generic, "tag-entry", (view, _) => view.ToggleTag());
        table.Register<QueryView>(KeyMenu.Generic, "exit", (view, call) =>
        {
            call.Shell.Close(view);
            view.Picked?.Invoke(null);
        });
    }

    /// <summary>
    /// Mutt's <c>complete-query</c> (<c>^T</c>) on an address prompt's <paramref name="line"/>: <c>$query_command</c>
    /// is asked about the word before <paramref name="cursor"/>; one result replaces it at once, several open the
    /// query menu to pick from (tagging with <c>t</c> picks several). Returns the line to ask again with.
    /// </summary>
    internal static async Task<string> CompleteQueryAsync(IReaderShell shell, string line, int cursor)
    {
        var config = shell.Config;
        string command = config.GetPath("query_command");
        if (command.Length == 0)
        {
            shell.Error("Query command not defined.");
            return line;
        }
        shell.Message("Waiting for response...");
        var result = await AddressQuery.RunAsync(command, AddressCompletion.QueryWord(line, cursor).Word);
        if (result.Error is { } error)
        {
            shell.Error(error);
            return line;
        }
        shell.Message(result.Message);
        if (result.Entries.Count <= 1)
            return result.Entries.Count == 0 ? line : AddressCompletion.ReplaceQueryWord(line, cursor, result.Entries);
        var picked = new TaskCompletionSource<IReadOnlyList<QueryEntry>?>();
        shell.Open(new QueryView(result.Entries, result.Message, config.GetString("query_format"), ComposeFunctions.Palette(shell)) { Picked = chosen => picked.TrySetResult(chosen) });
        var chosen = await picked.Task;
        return chosen is { Count: > 0 } ? AddressCompletion.ReplaceQueryWord(line, cursor, chosen) : line;
    }

    private static MailboxAddress? Sender(IndexView view) =>
        view.Session?.Current?.Summary.From.FirstOrDefault() is { } from ? new MailboxAddress(from.Name, from.Address) : null;

    /// <summary>Mutt's create-alias dialogue: name, address, personal name, confirmation, then the file to append to.</summary>
    private static async Task CreateAliasAsync(IReaderShell shell, MailboxAddress? from)
    {
        var config = shell.Config;
        string name = (await shell.AskAsync(new PromptRequest("Alias as: ", AliasFile.DefaultName(from))))?.Trim() ?? "";
        if (name.Length == 0)
            return;
        if (config.FindAlias(name) is not null)
        {
            shell.Error("You already have an alias defined with that name!");
            return;
        }
        string fixedName = AliasFile.FixName(name);
        if (fixedName != name && await shell.AskYesNoAsync("Warning: This alias name may not work.  Fix it?", true) == true)
            name = fixedName;
        InternetAddressList? addresses = null;
        string initial = from?.Address ?? "";
        while (addresses is null)
        {
            string text = await shell.AskAsync(new PromptRequest("Address: ", initial)) ?? "";
            if (text.Trim().Length == 0)
                return;
            if (!HeaderInput.TryValidate("Address", text, out string error) || !InternetAddressList.TryParse(text, out addresses) || addresses.Count == 0)
            {
                shell.Error(error.Length > 0 ? error : $"Bad address syntax: {text}");
                addresses = null;
                initial = text.ReplaceLineEndings(" ");
            }
        }
        if (addresses is [MailboxAddress single])
        {
            string? personal = await shell.AskAsync(new PromptRequest("Personal name: ", string.IsNullOrEmpty(single.Name) ? from?.Name ?? "" : single.Name));
            if (personal is null || !HeaderInput.TryValidate("Personal name", personal, out _))
                return;
            single.Name = personal.Trim();
        }
        if (await shell.AskYesNoAsync($"[{name} = {addresses}] Accept?", true) != true)
            return;
        string? file = await shell.AskAsync(new PromptRequest("Save to file: ", shell.Config.PrettyPath(config.GetPath("alias_file")), PromptHistoryKind.File));
        if (string.IsNullOrWhiteSpace(file))
            return;
        await AliasFile.AppendAsync(config, config.ExpandPath(file.Trim()), name, addresses);
        shell.Message("Alias added.");
    }

    /// <summary>Asks for the query, runs <c>$query_command</c>, and opens the query menu or refreshes <paramref name="menu"/>.</summary>
    private static async Task QueryAsync(IReaderShell shell, (QueryView View, bool Append)? menu)
    {
        var config = shell.Config;
        string command = config.GetPath("query_command");
        if (command.Length == 0)
        {
            shell.Error("Query command not defined.");
            return;
        }
        string? text = await shell.AskAsync(new PromptRequest("Query: "));
        if (string.IsNullOrWhiteSpace(text))
            return;
        shell.Message("Waiting for response...");
        var result = await AddressQuery.RunAsync(command, text.Trim());
        if (result.Error is { } error)
        {
            shell.Error(error);
            return;
        }
        if (menu is { View: var view, Append: var append })
        {
            view.SetEntries(result.Entries, result.Message, append);
        }
        else if (result.Entries.Count == 0)
        {
            shell.Message("No matches found.");
            return;
        }
        else
        {
            shell.Open(new QueryView(result.Entries, result.Message, config.GetString("query_format"), ComposeFunctions.Palette(shell)));
        }
        shell.Message(result.Message);
    }

    // Mailing the chosen entries, or, in a menu opened by ^T, handing them to the address prompt.
    private static async Task MailChosenAsync(QueryView view, FunctionCall call)
    {
        var chosen = view.Chosen;
        if (chosen.Count == 0)
            return;
        call.Shell.Close(view);
        if (view.Picked is { } picked)
            picked(chosen);
        else
            await ComposeFunctions.MailToAsync(call, new InternetAddressList(chosen.Select(e => new MailboxAddress(e.Name, e.Address))));
    }
}
