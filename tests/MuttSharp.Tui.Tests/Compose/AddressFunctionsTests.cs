using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Compose;
using MuttSharp.Tui.Pager;
using MuttSharp.Tui.Tests.Support;
using static MuttSharp.Tui.Tests.Compose.ComposeFunctionsTests;

namespace MuttSharp.Tui.Tests.Compose;

/// <summary>create-alias and query on a headless terminal, with a real query command.</summary>
public sealed class AddressFunctionsTests
{
    private const string Muttrc = """
        set editor="true"
        set abort_unmodified=no
        set record=""
        set alias_file="~/aliases"

        """;

    [Fact]
    public async Task CreateAliasFromThePagerAppendsMuttsLineAndTheAliasIsLive()
    {
        using var h = await StartAsync(Muttrc);
        Register(h);
        var sender = h.Reader.Index.Session!.Current!.Summary.From[0];
        string local = sender.Address[..sender.Address.IndexOf('@')];

        h.Type("<enter>");
        await UntilAsync(h, () => h.Shell.Top is PagerView);
        h.Type("a");
        await UntilAsync(h, () => h.BottomLine == $"Alias as: {local}");
        h.Type("<enter>");
        await UntilAsync(h, () => h.BottomLine == $"Address: {sender.Address}");
        h.Type("<enter>");
        await UntilAsync(h, () => h.BottomLine.StartsWith("Personal name:"));
        h.Type("<enter>");
        await UntilAsync(h, () => h.BottomLine.EndsWith("Accept? ([yes]/no):") || h.BottomLine.Contains("Accept?"));
        h.Type("y");
        await UntilAsync(h, () => h.BottomLine.StartsWith("Save to file:"));
        h.Type("<enter>");
        await UntilAsync(h, () => h.BottomLine.Contains("Alias added."));

        string line = File.ReadAllText(Path.Combine(h.Root, "aliases"));
        Assert.StartsWith($"alias {Core.Compose.AliasFile.FixName(local)} ", line);
        Assert.EndsWith($"<{sender.Address}>\n", line);
        Assert.Contains(sender.Address, h.Reader.Config.FindAlias(Core.Compose.AliasFile.FixName(local))!.Addresses);
    }

    [Fact]
    public async Task AnAliasNameInUseIsRefused()
    {
        using var h = await StartAsync(Muttrc + "alias bob bob@example.org\n");
        Register(h);

        h.Type("a");
        await UntilAsync(h, () => h.BottomLine.StartsWith("Alias as:"));
        h.Type("\\Cubob<enter>");
        await UntilAsync(h, () => h.BottomLine.Contains("You already have an alias defined with that name!"));
        Assert.False(File.Exists(Path.Combine(h.Root, "aliases")));
    }

    [Fact]
    public async Task QueryListsTheCommandsResultsAndMailGoesToTheTaggedOnes()
    {
        using var h = await StartAsync(Muttrc);
        string script = Path.Combine(h.Root, "query.sh");
        File.WriteAllText(script, "printf 'Looked up %s\\njane@example.org\\tJane Doe\\twork\\nbob@example.org\\tBob\\t\\n' \"$1\"\n");
        await h.Reader.Config.ExecuteAsync($"set query_command=\"sh {script} '%s'\"");
        Register(h);

        h.Type("Q");
        await UntilAsync(h, () => h.BottomLine.StartsWith("Query:"));
        h.Type("doe; rm<enter>");
        await UntilAsync(h, () => h.Shell.Top is QueryView);
        var menu = (QueryView)h.Shell.Top!;
        Assert.Contains("Jane Doe", h.Screen);
        Assert.Contains("Looked up doe; rm", h.Screen);
        h.Type("jt");
        await UntilAsync(h, () => menu.Entries.Count(e => e.Tagged) == 1);
        h.Type("m");
        await UntilAsync(h, () => h.BottomLine.StartsWith("To:"));
        h.Type("<enter>");
        await UntilAsync(h, () => h.BottomLine.StartsWith("Subject:"));
        h.Type("Hi<enter>");
        await UntilAsync(h, () => h.Shell.Top is ComposeView);

        Assert.Equal(["bob@example.org"], ((ComposeView)h.Shell.Top!).Draft.Recipients());
    }

    [Fact]
    public async Task QueryAppendAddsToTheListAndQueryReplacesIt()
    {
        using var h = await StartAsync(Muttrc);
        string script = Path.Combine(h.Root, "query.sh");
        File.WriteAllText(script, "printf 'Looked up %s\\n%s@example.org\\t\\t\\n' \"$1\" \"$1\"\n");
        await h.Reader.Config.ExecuteAsync($"set query_command=\"sh {script} %s\"");
        Register(h);

        h.Type("Qamy<enter>");
        await UntilAsync(h, () => h.Shell.Top is QueryView);
        var menu = (QueryView)h.Shell.Top!;
        h.Type("Abob<enter>");
        await UntilAsync(h, () => menu.Entries.Count == 2);
        Assert.Equal([(1, "amy@example.org"), (2, "bob@example.org")], menu.Entries.Select(e => (e.Number, e.Address)));
        h.Type("Qcat<enter>");
        await UntilAsync(h, () => menu.Entries.Count == 1);
        Assert.Equal("cat@example.org", menu.Entries[0].Address);
        Assert.Equal("Looked up cat", menu.Message);
    }

    [Fact]
    public async Task QueryWithoutACommandSaysSo()
    {
        using var h = await StartAsync(Muttrc);
        Register(h);

        h.Type("Q");
        await UntilAsync(h, () => h.BottomLine.Contains("Query command not defined."));
    }

    [Fact]
    public async Task ControlTInTheToPromptCompletesTheWordFromTheOneResult()
    {
        using var h = await StartAsync(Muttrc);
        await SetQueryAsync(h, "printf 'Searched %s\\njane@example.org\\tJane Doe\\t\\n' \"$1\"");
        Register(h);

        h.Type("m");
        await UntilAsync(h, () => h.BottomLine.StartsWith("To:"));
        h.Type("bob@example.org, jan\\Ct");
        await UntilAsync(h, () => h.BottomLine == "To: bob@example.org, \"Jane Doe\" <jane@example.org>");
        h.Type("<enter>Hi<enter>");
        await UntilAsync(h, () => h.Shell.Top is ComposeView);

        Assert.Equal(["bob@example.org", "jane@example.org"], ((ComposeView)h.Shell.Top!).Draft.Recipients());
    }

    [Fact]
    public async Task ControlTWithSeveralResultsOpensTheQueryMenuAndTheTaggedOnesComplete()
    {
        using var h = await StartAsync(Muttrc);
        await SetQueryAsync(h, "printf 'Searched %s\\namy@example.org\\tAmy\\t\\nbob@example.org\\tBob\\t\\ncat@example.org\\tCat\\t\\n' \"$1\"");
        Register(h);

        h.Type("m");
        await UntilAsync(h, () => h.BottomLine.StartsWith("To:"));
        h.Type("example");
        // The prompt's handler waits for the pick: keys go straight to the shell from here on.
        Feed(h, "\\Ct");
        await PumpUntilAsync(h, () => h.Shell.Top is QueryView);
        Assert.Contains("Searched example", h.Screen);
        Feed(h, "tjjt<enter>");
        await PumpUntilAsync(h, () => h.Shell.IsPrompting && h.BottomLine.StartsWith("To:"));

        Assert.Equal("To: \"Amy\" <amy@example.org>, \"Cat\" <cat@example.org>", h.BottomLine);
    }

    [Fact]
    public async Task LeavingTheQueryMenuKeepsTheWordTyped()
    {
        using var h = await StartAsync(Muttrc);
        await SetQueryAsync(h, "printf 'x\\namy@example.org\\t\\t\\nbob@example.org\\t\\t\\n'");
        Register(h);

        h.Type("m");
        await UntilAsync(h, () => h.BottomLine.StartsWith("To:"));
        h.Type("someone");
        Feed(h, "\\Ct");
        await PumpUntilAsync(h, () => h.Shell.Top is QueryView);
        Feed(h, "q");
        await PumpUntilAsync(h, () => h.Shell.IsPrompting);

        Assert.Equal("To: someone", h.BottomLine);
    }

    [Fact]
    public async Task ControlTInTheComposeMenusCcFieldCompletesToo()
    {
        using var h = await StartAsync(Muttrc + "set fast_reply include=no\n");
        await SetQueryAsync(h, "printf 'x\\ncarol@example.org\\tCarol\\t\\n'");
        Register(h);

        h.Type("r");
        await UntilAsync(h, () => h.Shell.Top is ComposeView);
        h.Type("c");
        await UntilAsync(h, () => h.BottomLine.StartsWith("Cc:"));
        h.Type("car\\Ct");
        await UntilAsync(h, () => h.BottomLine == "Cc: \"Carol\" <carol@example.org>");
        h.Type("<enter>");
        await UntilAsync(h, () => ((ComposeView)h.Shell.Top!).Draft.Cc.Count == 1);
    }

    [Fact]
    public async Task ControlTWithoutAQueryCommandSaysSoAndKeepsTheLine()
    {
        var shell = new RecordingShell();

        string line = await AddressFunctions.CompleteQueryAsync(shell, "bob, ja", 7);

        Assert.Equal("bob, ja", line);
        Assert.Equal(["Query command not defined."], shell.Errors);
    }

    private static async Task SetQueryAsync(ReaderHarness h, string script)
    {
        string file = Path.Combine(h.Root, "query.sh");
        File.WriteAllText(file, script + "\n");
        Assert.True(await h.Reader.Config.ExecuteAsync($"set query_command=\"sh {file} '%s'\""));
    }

    private static void Feed(ReaderHarness h, string keys) =>
        h.Shell.Feed(KeySequence.Parse(keys).Keys.Select(KeyEvent.Typed));

    // Runs the loop's queued work (the handler's continuations) until the condition holds.
    private static async Task PumpUntilAsync(ReaderHarness h, Func<bool> condition)
    {
        for (int i = 0; i < 400 && !condition(); i++)
        {
            h.App.TimedEvents!.RunTimers();
            await Task.Delay(10);
            h.App.LayoutAndDraw();
        }
        Assert.True(condition(), h.Screen);
    }
}
